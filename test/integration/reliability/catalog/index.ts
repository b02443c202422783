// Test code never ships: every malformed input of the reliability catalog.
import { createCases } from './createCases';
import { readCases } from './readCases';
import type { MalformedInput } from './types';

export const malformedInputs: MalformedInput[] = [...createCases, ...readCases];
export type { CatalogIds, MalformedInput } from './types';
