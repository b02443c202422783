// Dev only: the whole contract in one import, for the sandbox, the tests and the scripts: what ships
// (api/contract) and the dev data that does not (contractData: full rows, payloads, provenance, doc
// sections). Shipped code imports the one contract file it needs, so no node loads another node's
// endpoints. Where a dev row extends a shipped one, the dev row is the one exported here.
import { endpoints as callingEndpoints } from '../nodes/ICall/api/contract/calling';
import { endpoints as chatbotEndpoints } from '../nodes/ICall/api/contract/chatbot';
import type { Endpoint } from '../nodes/ICall/api/contract/types';
import { endpoints as workflowEndpoints } from '../nodes/ICall/api/contract/workflow';

export { callingEndpoints, chatbotEndpoints, workflowEndpoints };
export * from '../nodes/ICall/api/contract/types';
export * from '../nodes/ICall/api/contract/conventions';
export * from '../nodes/ICall/api/contract/events';
export { callRow, robotRow, strategyRow, taskListTypes } from '../nodes/ICall/api/contract/calling';
export { workflowStatuses } from '../nodes/ICall/api/contract/workflowRows';
export { chatbotLimits, locationEntry, mediaEntry } from '../nodes/ICall/api/contract/chatbotModel';
export * from './contractData/callingRows';
export * from './contractData/workflowRows';
export * from './contractData/chatbotRows';
export * from './contractData/docSections';
export * from './contractData/provenance';

/** Every endpoint of the contract, keyed by a camelCase id of resource + operation. */
export const endpoints = { ...callingEndpoints, ...workflowEndpoints, ...chatbotEndpoints };

export type EndpointId = keyof typeof endpoints;

export const allEndpoints: Endpoint[] = Object.values(endpoints);
