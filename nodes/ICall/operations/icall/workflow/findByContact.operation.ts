import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { endpoints } from '../../../api/contract/workflow';
import { defineOperationFields, escapeHatchProperty } from '../../define';
import { getManyPerItem } from '../../engine';
import { inputError, pagingProperties } from '../../fields';
import { contactKeyProperties, readContactKeys, readWorkflowTime } from '../../sharedFields';

const endpoint = endpoints.workflowFindByContact;

const timeHint = 'Sent in AIRudder time (UTC+8), converted from the zone of the date you give';

export const { option, description } = defineOperationFields(
	endpoint,
	{ name: 'Find by Contact', action: 'Find the workflows of a contact', description: 'Look up workflow IDs by case ID or phone number' },
	[
		...contactKeyProperties,
		{ displayName: 'Added After', name: 'startTime', type: 'dateTime', default: '', required: true, description: timeHint },
		{ displayName: 'Added Before', name: 'endTime', type: 'dateTime', default: '', required: true, description: timeHint },
		...pagingProperties,
		escapeHatchProperty(endpoint),
	],
);

/** The search range; AIRudder refuses one whose start is not before its end, so it is refused here first. */
function readAddedRange(context: IExecuteFunctions, itemIndex: number) {
	const startTime = readWorkflowTime(context, 'startTime', 'Added After', itemIndex);
	const endTime = readWorkflowTime(context, 'endTime', 'Added Before', itemIndex);
	// Both are in the one workflow offset (+08:00), so they compare as text.
	if (startTime && endTime && startTime >= endTime) {
		throw inputError(context, itemIndex, 'Added Before', `${endTime} is not after Added After ${startTime}`);
	}
	return { startTime, endTime };
}

export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return await getManyPerItem.call(this, items, endpoint, (itemIndex) => ({
		...readContactKeys(this, itemIndex),
		...readAddedRange(this, itemIndex),
	}));
}
