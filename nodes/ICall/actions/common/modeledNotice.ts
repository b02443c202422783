import type { INodeProperties } from 'n8n-workflow';

import type { Endpoint } from '../../contract';
import { isModeled } from '../../contract';

/** Operations whose request format is modeled (M) tell the user so, and how to override it. */
export function modeledNotice(endpoint: Endpoint): INodeProperties[] {
	if (!isModeled(endpoint.tag)) return [];
	return [
		{
			displayName: `AIRudder has not published the exact request format of this operation, so it follows our model of the API. If your account expects other field names, add or overwrite them under ${endpoint.multipart ? 'Additional Form Fields' : 'Additional Body Fields / Additional Query Parameters'}, or call any path with "Custom API Call".`,
			name: 'modeledNotice',
			type: 'notice',
			default: '',
		},
	];
}
