import type { DocSection } from './types';

/** Items of the vendor's table of contents that are not endpoints or webhook events. */
export const docSections: DocSection[] = [
	{ title: 'Token Authentication and Obtain', what: 'app key + secret for a 24 h token',
		coverage: 'credential (login once, refreshed on 401)', tag: 'D' },
	{ title: 'Quick Start (Collection, Telemarketing & E-commerce, Info Check)', what: 'orientation pages',
		coverage: 'README', tag: 'D' },
	{ title: 'Error Codes', what: 'global error table (not readable)',
		coverage: 'vendor code and message shown in every error', tag: 'M' },
	{ title: 'API and callback data encryption (加解密对接 / 回调数据加解密对接)', what: 'optional AES of bodies',
		coverage: 'trigger option "Decrypt Body" (aes-128-ecb, aes-128-cbc, aes-256-cbc; base64/hex; PKCS#7)', tag: 'M' },
	{ title: 'Inbound Callback', what: 'inbound-call integration guide', coverage: 'trigger event inbound.call', tag: 'M' },
	{ title: 'Flex_Route', what: 'one unreadable page', coverage: 'not modeled: use Custom API Call', tag: 'M' },
	{ title: 'API_Store', what: 'one unreadable page', coverage: 'not modeled: use Custom API Call', tag: 'M' },
	{ title: 'DiDi custom marketing (DIDI营销定制)', what: "one customer's custom marketing API", coverage: 'out of scope', tag: 'D' },
];
