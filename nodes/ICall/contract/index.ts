import { callingEndpoints } from './calling';
import { chatbotEndpoints } from './chatbot';
import type { Endpoint } from './types';
import { workflowEndpoints } from './workflow';

export * from './types';
export * from './contactEntry';
export * from './conventions';
export * from './calling';
export * from './workflow';
export * from './workflowRows';
export * from './chatbot';
export * from './chatbotModel';
export * from './events';
export * from './sections';

/** Every endpoint of CONTRACT.md, keyed by a camelCase id of resource + operation. */
export const endpoints = { ...callingEndpoints, ...workflowEndpoints, ...chatbotEndpoints };

export type EndpointId = keyof typeof endpoints;

export const allEndpoints: Endpoint[] = Object.values(endpoints);
