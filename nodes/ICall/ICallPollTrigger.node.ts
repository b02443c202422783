import type { INodeExecutionData, INodeType, INodeTypeDescription, IPollFunctions } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { pollOnce } from './polling/poll';
import { pollProperties } from './polling/settings';

/**
 * Call results for n8n instances AIRudder cannot reach: the same events and items as AIRudder
 * iCall Trigger, found by reading the API on n8n's poll times instead of receiving callbacks.
 */
export class ICallPollTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'AIRudder iCall (No URL Needed) Polling Trigger',
		name: 'iCallPollTrigger',
		icon: { light: 'file:icall.svg', dark: 'file:icall.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{ $parameter["events"].join(", ") }}',
		description: 'Starts the workflow when AIRudder iCall calls, tasks, plans or workflows finish, by polling: no public URL needed',
		defaults: { name: 'AIRudder iCall Polling Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'iCallApi', required: true }],
		properties: pollProperties,
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const { items } = await pollOnce(this, Date.now());
		return items.length > 0 ? [items] : null;
	}
}
