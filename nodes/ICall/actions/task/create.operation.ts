import type { IExecuteFunctions, INodeExecutionData, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { endpoints } from '../../contract';
import { toClassicTime } from '../../helpers/time';
import { calleeProperties } from '../common/callees';
import { createdNameProperty, sipLineOption } from '../common/createFields';
import { createWithCallees } from '../common/createWithCallees';
import { forOperation } from '../common/display';
import { escapeHatchProperty } from '../common/escapeHatch';
import { readLocator, robotLocator } from '../common/locators';
import { modeledNotice } from '../common/modeledNotice';

const endpoint = endpoints.taskCreate;

const properties: INodeProperties[] = [
	...modeledNotice(endpoint),
	createdNameProperty('taskName', 'Task Name', 'e.g. Collection 2026-11-25 morning'),
	robotLocator,
	...calleeProperties,
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add field',
		default: {},
		options: [
			{
				displayName: 'Call Window End',
				name: 'endTime',
				type: 'dateTime',
				default: '',
				description: 'Sent as YYYY-MM-DD HH:mm:ss',
			},
			{
				displayName: 'Call Window Start',
				name: 'startTime',
				type: 'dateTime',
				default: '',
				description: 'Sent as YYYY-MM-DD HH:mm:ss',
			},
			{
				displayName: 'Robot Method',
				name: 'robotMethod',
				type: 'options',
				default: 'single',
				options: [
					{ name: 'Single Robot', value: 'single' },
					{ name: 'Robot Group', value: 'group' },
				],
			},
			sipLineOption,
		],
	},
	escapeHatchProperty(endpoint),
];

export const option: INodePropertyOptions = { name: 'Create', value: 'create', action: 'Create a calling task', description: 'Start a robot calling task for a list of numbers' };

export const description = forOperation('task', 'create', properties);

/** Reads the call-window fields and refuses a date that cannot be sent in the API's format. */
export function readCallWindow(context: IExecuteFunctions, itemIndex: number, fields: Record<string, unknown>) {
	const window: Record<string, string | undefined> = {};
	for (const [key, label] of [
		['startTime', 'Call Window Start'],
		['endTime', 'Call Window End'],
	] as const) {
		const raw = fields[key];
		window[key] = toClassicTime(raw);
		if (raw && !window[key]) {
			throw new NodeOperationError(context.getNode(), `Item ${itemIndex}, field "${label}": "${String(raw)}" is not a date and time`, {
				itemIndex,
			});
		}
	}
	return window;
}

export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return await createWithCallees.call(this, items, endpoint, (itemIndex) => {
		const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as Record<string, unknown>;
		return {
			taskName: this.getNodeParameter('taskName', itemIndex),
			robotId: readLocator(this, 'robot', itemIndex),
			sipLine: fields.sipLine,
			robotMethod: fields.robotMethod,
			...readCallWindow(this, itemIndex, fields),
		};
	});
}
