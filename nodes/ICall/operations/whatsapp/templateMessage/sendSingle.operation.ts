import type { IExecuteFunctions, INodeExecutionData, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { endpoints } from '../../../api/contract/chatbot';
import { checkPhoneNumber } from '../../contacts/entries';
import { escapeHatchProperty, forOperation, modeledNotice, parseJsonObject } from '../../define';
import { dataAsItem, requestFields, runPerItem, sendFields } from '../../engine';
import { isBlank } from '../../fields';
import { readRequestSettings } from '../../sharedFields';
import { checkTemplateOption, readTemplateChoice, requiredVariablesOnce, templateProperties } from './templateFields';

const endpoint = endpoints.templateMessageSendSingle;

const properties: INodeProperties[] = [
	...modeledNotice(endpoint),
	...templateProperties,
	{
		displayName: 'Phone Number',
		name: 'phoneNumber',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. +6281234567890',
		description: 'The WhatsApp number of the receiver, E.164 with a leading "+"',
	},
	{
		displayName: 'Variables (JSON)',
		name: 'variables',
		type: 'json',
		default: '{}',
		description: 'The values of the template variables, e.g. {"name": "Budi", "amount": "150000"}',
	},
	checkTemplateOption,
	escapeHatchProperty(endpoint),
];

export const option: INodePropertyOptions = {
	name: 'Send Single',
	value: 'sendSingle',
	action: 'Send a template message to one person',
	description: 'Sends an approved WhatsApp template to one real person, one message per input item',
};

export const description = forOperation('templateMessage', 'sendSingle', properties);

function stringValues(source: Record<string, unknown>): Record<string, string> {
	return Object.fromEntries(
		Object.entries(source)
			.filter(([, value]) => value !== undefined && value !== null)
			.map(([key, value]) => [key, typeof value === 'object' ? JSON.stringify(value) : String(value)]),
	);
}

export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	const fail = (itemIndex: number, message: string) => new NodeOperationError(this.getNode(), `Item ${itemIndex}: ${message}`, { itemIndex });
	const required = requiredVariablesOnce(this);
	return await runPerItem(
		this,
		items,
		readRequestSettings(this).concurrency,
		async (itemIndex, fields) => [dataAsItem((await sendFields.call(this, endpoint, fields, itemIndex)).body)],
		async (itemIndex: number) => {
			const choice = readTemplateChoice(this, itemIndex);
			const phone = checkPhoneNumber(this.getNodeParameter('phoneNumber', itemIndex, ''));
			if (!phone.ok) throw fail(itemIndex, `"Phone Number" ${phone.reason}`);
			const variables = stringValues(parseJsonObject(this, this.getNodeParameter('variables', itemIndex, '{}'), 'Variables (JSON)', itemIndex));
			if (this.getNodeParameter('checkTemplate', itemIndex, true)) {
				// A value of spaces shows as a gap in the message, so it counts as missing (as in the bulk send).
				const missing = (await required(choice, itemIndex)).filter((name) => isBlank(variables[name]));
				if (missing.length > 0) throw fail(itemIndex, `"Variables (JSON)" lacks ${missing.map((name) => `"${name}"`).join(', ')}, which template ${choice.templateId} needs`);
			}
			return requestFields(this, endpoint, { ...choice, callee: phone.number, variables }, itemIndex);
		},
	);
}
