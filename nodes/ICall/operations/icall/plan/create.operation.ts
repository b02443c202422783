import type { IExecuteFunctions, INodeExecutionData, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { endpoints } from '../../../api/contract/calling';
import { contactProperties } from '../../contacts/list';
import { createWithContacts } from '../../contacts/send';
import { escapeHatchProperty, forOperation, modeledNotice } from '../../define';
import { readLocator, strategyLocator } from '../../fields';
import { createdNameProperty, sipLineOption } from '../../sharedFields';
import { textValue } from '../../fields';

const endpoint = endpoints.planCreate;

const properties: INodeProperties[] = [
	...modeledNotice(endpoint),
	createdNameProperty('planName', 'Plan Name', 'e.g. Early-stage collection, 3 rounds'),
	strategyLocator,
	...contactProperties(endpoint.contacts),
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [sipLineOption],
	},
	escapeHatchProperty(endpoint),
];

export const option: INodePropertyOptions = { name: 'Create', value: 'create', action: 'Create a dialing plan', description: 'Start a multi-round plan that follows a strategy (dials real people)' };

export const description = forOperation('plan', 'create', properties);

/** A plan dials in rounds by its strategy; each round is a calling task. */
export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return await createWithContacts.call(this, items, endpoint, (itemIndex) => {
		const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as Record<string, unknown>;
		return {
			// Text even when an expression gives a number: AIRudder refuses a name that is not a string.
			planName: textValue(this, itemIndex, 'Plan Name', this.getNodeParameter('planName', itemIndex)),
			strategyId: readLocator(this, strategyLocator, itemIndex),
			sipLine: textValue(this, itemIndex, 'SIP Line', fields.sipLine),
		};
	});
}
