// Dev tooling for the iCall sandbox: never ships in the n8n package.
import { templateRow, wabaAccountRow } from '../contract';

export interface SandboxWabaAccount {
	id: string;
	name: string;
	phoneNumber: string;
}

export interface SandboxTemplate {
	id: string;
	accountId: string;
	name: string;
	languages: string[];
	/** Variable names the body needs; `{{name}}` placeholders in `body`. */
	variables: string[];
	category: string;
	body: string;
}

/** The WABA accounts every sandbox account sees (M: the vendor's row shape is unknown). */
export const sandboxWabaAccounts: SandboxWabaAccount[] = [
	{ id: 'waba-collection', name: 'Collection Reminders', phoneNumber: '+6221500100' },
	{ id: 'waba-shop', name: 'Shop Support', phoneNumber: '+6221500200' },
];

/** Approved templates; ids are numbers as text, like `info.id` of the D message model. */
export const sandboxTemplates: SandboxTemplate[] = [
	{ id: '35', accountId: 'waba-collection', name: 'opt_out_02_27_english', languages: ['en'], variables: ['name'], category: 'MARKETING',
		body: 'Hi {{name}}, reply STOP to stop these messages.' },
	{ id: '41', accountId: 'waba-collection', name: 'payment_reminder', languages: ['en', 'id'], variables: ['name', 'amount', 'due_date'],
		category: 'UTILITY', body: 'Hi {{name}}, your payment of {{amount}} is due on {{due_date}}.' },
	{ id: '52', accountId: 'waba-shop', name: 'order_shipped', languages: ['en'], variables: ['name', 'order'], category: 'UTILITY',
		body: 'Hi {{name}}, order {{order}} is on its way.' },
];

export function wabaAccountRowOf(account: SandboxWabaAccount): Record<string, unknown> {
	return {
		[wabaAccountRow.wabaAccountId]: account.id,
		[wabaAccountRow.name]: account.name,
		[wabaAccountRow.phoneNumber]: account.phoneNumber,
		[wabaAccountRow.status]: 'active',
	};
}

export function templateRowOf(template: SandboxTemplate): Record<string, unknown> {
	return {
		[templateRow.templateId]: template.id,
		[templateRow.name]: template.name,
		[templateRow.wabaAccountId]: template.accountId,
		[templateRow.languages]: template.languages,
		[templateRow.variables]: template.variables,
		[templateRow.category]: template.category,
		[templateRow.status]: 'APPROVED',
		[templateRow.content]: { body: template.body },
	};
}

/** The body with the receiver's variables filled in. */
export function renderTemplate(template: SandboxTemplate, variables: Record<string, string>): string {
	return template.body.replace(/\{\{(\w+)\}\}/g, (_, name: string) => variables[name] ?? '');
}
