import type { ResourceModule } from '../define';
import { MODEL_DIFFERS_URL, defineOwnOperation, defineResource } from '../define';
import type { CheckStep } from './run';
import { runAccountCheck } from './run';

/** The Account resource of an action node: Check, which reads the given steps of that node's endpoints. */
export function accountResource(nodeName: string, steps: CheckStep[]): ResourceModule {
	const check = defineOwnOperation(
		{ resource: 'account', operation: 'check' },
		{
			name: 'Check',
			action: 'Check the account against the model',
			description: 'Read each list once (page size 1) and say where your account answers differently from what this node expects; reads only',
		},
		[
			{
				displayName: `Reads only (never creates, stops, sends or downloads anything): one request per list, then one per detail with an ID found there. Each item gives a read's status and the shape of its answer (keys and types, no values); the last item says "matches the model" or lists every difference, ready to paste into a public issue (see <a href="${MODEL_DIFFERS_URL}" target="_blank">Your account differs from the model?</a>).`,
				name: 'accountCheckNotice',
				type: 'notice',
				default: '',
			},
		],
		async function () {
			return await runAccountCheck(this, nodeName, steps);
		},
	);
	return defineResource('Account', [check]);
}
