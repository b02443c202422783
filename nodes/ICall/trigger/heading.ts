import type { INodeProperties } from 'n8n-workflow';

/**
 * The first two properties of both triggers: a notice on how results reach the workflow, then the
 * events to start it for. One definition, so the two nodes stay interchangeable in the editor.
 */
export function triggerHeading(
	notice: { name: string; text: string },
	{ defaultEvents, options, description }: { defaultEvents: string[] } & Required<Pick<INodeProperties, 'options' | 'description'>>,
): INodeProperties[] {
	return [
		{ displayName: notice.text, name: notice.name, type: 'notice', default: '' },
		{
			displayName: 'Events',
			name: 'events',
			type: 'multiOptions',
			required: true,
			default: [...defaultEvents],
			options,
			description,
		},
	];
}
