import { conventions } from '../contract';
import { PACKAGE_VERSION } from '../version';

/** Every request this package makes names it (`n8n-nodes-airudder/<version>`), the login and the credential test included. */
export function userAgentHeaders(): Record<string, string> {
	return { [conventions.userAgent.header]: `${conventions.userAgent.value}/${PACKAGE_VERSION}` };
}
