import type { IExecuteFunctions, INodeExecutionData, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { endpoints } from '../../../api/contract/calling';
import { escapeHatchProperty, forOperation, modeledNotice } from '../../define';
import { singlePerItem } from '../../engine';
import { readText } from '../../sharedFields';

const endpoint = endpoints.callGet;

const properties: INodeProperties[] = [
	...modeledNotice(endpoint),
	{
		displayName: 'Call ID',
		name: 'callId',
		type: 'string',
		default: '',
		required: true,
		description: 'The CallID of a call, as in call results and the call webhook',
	},
	escapeHatchProperty(endpoint),
];

export const option: INodePropertyOptions = { name: 'Get', value: 'get', action: 'Get a call by ID', description: 'Call details and recording link by CallID' };

export const description = forOperation('call', 'get', properties);

export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	// Left unset when empty, so that an ID given in Additional Body Fields still counts.
	return await singlePerItem.call(this, items, endpoint, (itemIndex) => ({ callId: readText(this, 'callId', itemIndex, 'Call ID') }));
}
