import type { IExecuteFunctions, INodeExecutionData, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { endpoints } from '../../../api/contract/chatbot';
import { escapeHatchProperty, forOperation, modeledNotice } from '../../define';
import { getManyPerItem } from '../../engine';
import { pagingProperties } from '../../fields';

const endpoint = endpoints.wabaAccountGetMany;

const properties: INodeProperties[] = [...modeledNotice(endpoint), ...pagingProperties, escapeHatchProperty(endpoint)];

export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getMany',
	action: 'Get many WABA accounts',
	description: 'List the WhatsApp Business accounts linked to your AIRudder account',
};

export const description = forOperation('wabaAccount', 'getMany', properties);

export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return await getManyPerItem.call(this, items, endpoint);
}
