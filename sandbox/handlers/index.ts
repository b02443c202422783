// Dev tooling for the iCall sandbox: never ships in the n8n package.
import { chatbotHandlers } from './chatbot';
import { planHandlers } from './plans';
import { recordingHandlers } from './recordings';
import { taskHandlers } from './tasks';
import type { HandlerTable } from './types';

/**
 * Every endpoint the sandbox serves, by contract endpoint id. Contract endpoints without a handler
 * (the workflow and chatbot families, for now) answer 404 "not modeled by the sandbox yet".
 *
 * Extension point: to serve the workflow family, add `handlers/workflow.ts` exporting a
 * `HandlerTable` keyed by `workflowEndpoints` ids (state in `state/`, rows built from contract
 * names), and spread it in here. Nothing else in the server changes.
 */
export const endpointHandlers: HandlerTable = {
	...taskHandlers,
	...recordingHandlers,
	...planHandlers,
	...chatbotHandlers,
};
