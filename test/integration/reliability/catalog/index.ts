// Test code never ships: every malformed input of the reliability catalog.
import { createCases } from './createCases';
import { readCases } from './readCases';
import { valueCases } from './valueCases';
import { workflowCases } from './workflowCases';
import type { MalformedInput } from './types';

export const malformedInputs: MalformedInput[] = [...createCases, ...readCases, ...workflowCases, ...valueCases];
export type { CatalogIds, MalformedInput } from './types';
