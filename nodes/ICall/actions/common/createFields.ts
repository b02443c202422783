import type { INodeProperties } from 'n8n-workflow';

/** The required name of a new task or plan. */
export function createdNameProperty(name: string, displayName: string, placeholder: string): INodeProperties {
	return { displayName, name, type: 'string', default: '', required: true, placeholder };
}

/** Tasks and plans both dial out over a chosen SIP line. */
export const sipLineOption: INodeProperties = {
	displayName: 'SIP Line',
	name: 'sipLine',
	type: 'string',
	default: '',
	description: 'The outbound line to call from',
};
