// Dev tooling for the iCall sandbox: never ships in the n8n package.
import { chatbotHandlers } from './chatbot';
import { planHandlers } from './plans';
import { recordingHandlers } from './recordings';
import { taskHandlers } from './tasks';
import type { HandlerTable } from './types';
import { workflowHandlers } from './workflow';
import { workflowTaskHandlers } from './workflowTasks';

/**
 * Every endpoint the sandbox serves, by contract endpoint id. Contract endpoints without a handler
 * (the chatbot family, for now) answer 404 "not modeled by the sandbox yet".
 *
 * Extension point: a family is a `HandlerTable` keyed by its contract ids (state in `state/`, rows
 * built from contract names), spread in here, as the workflow tables are. Nothing else changes.
 */
export const endpointHandlers: HandlerTable = {
	...taskHandlers,
	...recordingHandlers,
	...planHandlers,
	...chatbotHandlers,
	...workflowHandlers,
	...workflowTaskHandlers,
};
