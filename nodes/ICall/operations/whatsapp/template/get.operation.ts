import type { IExecuteFunctions, INodeExecutionData, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { endpoints } from '../../../api/contract/chatbot';
import { escapeHatchProperty, forOperation, modeledNotice } from '../../define';
import { singlePerItem } from '../../engine';
import { readLocator } from '../../fields';
import { templateLocator } from '../pickers';

const endpoint = endpoints.templateGet;

const properties: INodeProperties[] = [...modeledNotice(endpoint), templateLocator, escapeHatchProperty(endpoint)];

export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get a template',
	description: 'Read one template: its content, languages and the variables it needs',
};

export const description = forOperation('template', 'get', properties);

export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return await singlePerItem.call(this, items, endpoint, (itemIndex) => ({ templateId: readLocator(this, templateLocator, itemIndex) }));
}
