import type { IExecuteFunctions, INodeExecutionData, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { endpoints, taskListTypes } from '../../../api/contract/calling';
import { escapeHatchProperty, forOperation } from '../../define';
import { getManyPerItem } from '../../engine';
import { pagingProperties } from '../../fields';

const endpoint = endpoints.taskGetMany;

const properties: INodeProperties[] = [
	...pagingProperties,
	{
		displayName: 'Task Type',
		name: 'taskType',
		type: 'options',
		default: 'task',
		options: [
			{ name: 'Calling Tasks', value: 'task' },
			{ name: 'Plans (Modeled)', value: 'plan' },
		],
		description: 'Which kind of list AIRudder returns',
	},
	escapeHatchProperty(endpoint),
];

export const option: INodePropertyOptions = { name: 'Get Many', value: 'getMany', action: 'Get many tasks', description: 'List the tasks created in your account' };

export const description = forOperation('task', 'getMany', properties);

export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return await getManyPerItem.call(this, items, endpoint, (itemIndex) => ({
		type: taskListTypes[this.getNodeParameter('taskType', itemIndex) as keyof typeof taskListTypes],
	}));
}
