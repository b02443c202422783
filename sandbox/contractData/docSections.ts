// Dev only: the README coverage table's rows for the docs items that are neither endpoints nor events.
import type { Provenance } from '../../nodes/ICall/api/contract/types';

export interface DocSection {
	title: string;
	what: string;
	coverage: string;
	tag: Provenance;
}

/** Items of the vendor's table of contents that are not endpoints or webhook events. */
export const docSections: DocSection[] = [
	{ title: 'Token Authentication and Obtain', what: 'app key + secret for a 24 h token',
		coverage: 'credential (login once, refreshed on 401)', tag: 'D' },
	{ title: 'Quick Start (Collection, Telemarketing & E-commerce, Info Check)', what: 'orientation pages',
		coverage: 'README', tag: 'D' },
	{ title: 'Error Codes', what: 'global error table (not readable)',
		coverage: 'vendor code and message shown in every error', tag: 'M' },
	{ title: 'API data encryption (加解密对接)', what: 'optional AES-ECB of every request and answer, with a SHA-256 Signed header',
		coverage: 'credential "Encryption Key": every request sealed, every sealed answer opened and its Signed checked', tag: 'D (POST body form M)' },
	{ title: 'Callback data encryption (回调数据加解密对接)', what: 'the API scheme assumed for callbacks (no callback-encryption page has been read)',
		coverage: 'trigger switch "Encrypted Callbacks" with the Encryption Key of the AIRudder iCall Callback API credential', tag: 'M' },
	{ title: 'Inbound Callback', what: 'inbound-call integration guide', coverage: 'trigger event inbound.call', tag: 'M' },
	{ title: 'Flex_Route', what: 'one unreadable page', coverage: 'not modeled: use Custom API Call', tag: 'M' },
	{ title: 'API_Store', what: 'one unreadable page', coverage: 'not modeled: use Custom API Call', tag: 'M' },
	{ title: 'DiDi custom marketing (DIDI营销定制)', what: "one customer's custom marketing API", coverage: 'out of scope', tag: 'D' },
];
