import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/**
 * The one shape of a bad-input error: which item, which field (as the node shows it), what is
 * wrong. It is thrown before any request, so the item can become an error item under Continue On Fail.
 */
export function inputError(context: IExecuteFunctions, itemIndex: number, field: string, reason: string): NodeOperationError {
	return new NodeOperationError(context.getNode(), `Item ${itemIndex}, field "${field}": ${reason}`, { itemIndex });
}
