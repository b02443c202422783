// Dev only: the whole contract in one import, for the sandbox, the tests and the scripts. Shipped code
// imports the one contract file it needs, so no node loads another node's endpoints.
import { endpoints as callingEndpoints } from '../nodes/ICall/api/contract/calling';
import { endpoints as chatbotEndpoints } from '../nodes/ICall/api/contract/chatbot';
import type { Endpoint } from '../nodes/ICall/api/contract/types';
import { endpoints as workflowEndpoints } from '../nodes/ICall/api/contract/workflow';

export { callingEndpoints, chatbotEndpoints, workflowEndpoints };
export * from '../nodes/ICall/api/contract/types';
export * from '../nodes/ICall/api/contract/conventions';
export * from '../nodes/ICall/api/contract/calling';
export * from '../nodes/ICall/api/contract/workflow';
export * from '../nodes/ICall/api/contract/workflowRows';
export * from '../nodes/ICall/api/contract/chatbot';
export * from '../nodes/ICall/api/contract/chatbotModel';
export * from '../nodes/ICall/api/contract/events';
export * from './docSections';

/** Every endpoint of CONTRACT.md, keyed by a camelCase id of resource + operation. */
export const endpoints = { ...callingEndpoints, ...workflowEndpoints, ...chatbotEndpoints };

export type EndpointId = keyof typeof endpoints;

export const allEndpoints: Endpoint[] = Object.values(endpoints);
