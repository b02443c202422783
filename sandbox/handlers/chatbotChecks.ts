// Dev tooling for the iCall sandbox: never ships in the n8n package.
import { chatbotValues, endpoints, locationEntry, mediaEntry } from '../contract';
import { SandboxError } from '../http/envelope';
import type { UploadStore } from '../media/uploads';
import type { SandboxTemplate } from '../state/chatbotCatalog';
import { sandboxTemplates, sandboxWabaAccounts } from '../state/chatbotCatalog';
import { chatbotErrorCodes } from '../state/chatbotErrors';

const { fields } = endpoints.messageSend;
const code = chatbotErrorCodes;

export function requireAccount(accountId: unknown, wire: string): string {
	const account = sandboxWabaAccounts.find((candidate) => candidate.id === accountId);
	if (!account) {
		const known = sandboxWabaAccounts.map((candidate) => candidate.id).join(', ');
		throw SandboxError.param(wire, `unknown WABA account "${String(accountId)}" (known: ${known})`, code.wabaAccountNotFound);
	}
	return account.id;
}

export function requireTemplate(templateId: unknown, wire: string, accountId?: string): SandboxTemplate {
	const template = sandboxTemplates.find((candidate) => candidate.id === String(templateId));
	if (!template || (accountId !== undefined && template.accountId !== accountId)) {
		const where = accountId ? ` on WABA account "${accountId}"` : '';
		throw SandboxError.param(wire, `no template "${String(templateId)}"${where}`, code.templateNotFound);
	}
	return template;
}

export function requireLanguage(template: SandboxTemplate, language: unknown, wire: string): string {
	if (!template.languages.includes(String(language))) {
		throw SandboxError.param(wire, `template ${template.id} is not approved in "${String(language)}" (it is in: ${template.languages.join(', ')})`, code.languageNotApproved);
	}
	return String(language);
}

/** Every variable the template needs must be a non-empty string. */
export function requireVariables(template: SandboxTemplate, variables: unknown, wire: string): Record<string, string> {
	const given = (typeof variables === 'object' && variables !== null && !Array.isArray(variables) ? variables : {}) as Record<string, unknown>;
	for (const name of template.variables) {
		const value = given[name];
		if (!(typeof value === 'string' && value !== '') && typeof value !== 'number') {
			throw SandboxError.param(`${wire}.${name}`, `is required by template ${template.id} (non-empty text or a number)`, code.templateVariableMissing);
		}
	}
	return Object.fromEntries(Object.entries(given).map(([name, value]) => [name, String(value)]));
}

function objectAt(value: unknown, wire: string): Record<string, unknown> {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) throw SandboxError.param(wire, 'is required (an object)', code.badMessage);
	return value as Record<string, unknown>;
}

function coordinate(value: unknown, wire: string, limit: number): number {
	if (typeof value !== 'number' || !Number.isFinite(value) || Math.abs(value) > limit) {
		throw SandboxError.param(wire, `must be a number between -${limit} and ${limit}, got ${JSON.stringify(value)}`, code.badMessage);
	}
	return value;
}

/** The content of message.send, checked like the vendor would: each type needs its own part. */
export function checkMessage(values: Record<string, unknown>, uploads: UploadStore): { type: string; text?: string; media?: Record<string, unknown>; location?: Record<string, unknown> } {
	const type = String(values.type);
	if (!(chatbotValues.messageTypes as readonly string[]).includes(type)) {
		throw SandboxError.param(fields.type.wire, `must be one of ${chatbotValues.messageTypes.join(', ')}, got "${type}"`, code.badMessage);
	}
	if (type === 'text') {
		if (typeof values.text !== 'string' || values.text.trim() === '') throw SandboxError.param(fields.text.wire, 'is required for a text message', code.badMessage);
		return { type, text: values.text };
	}
	if (type === 'location') {
		const location = objectAt(values.location, fields.location.wire);
		coordinate(location[locationEntry.latitude], `${fields.location.wire}.${locationEntry.latitude}`, 90);
		coordinate(location[locationEntry.longitude], `${fields.location.wire}.${locationEntry.longitude}`, 180);
		return { type, location };
	}
	const media = objectAt(values.media, fields.media.wire);
	const url = media[mediaEntry.url];
	const fileId = media[mediaEntry.fileId];
	if (fileId !== undefined) {
		if (!uploads.get(String(fileId))) throw SandboxError.param(`${fields.media.wire}.${mediaEntry.fileId}`, `no uploaded file "${String(fileId)}"`, code.fileNotFound);
	} else if (typeof url !== 'string' || !/^https?:\/\//.test(url)) {
		throw SandboxError.param(`${fields.media.wire}`, `a ${type} message needs ${mediaEntry.url} (http or https) or ${mediaEntry.fileId}`, code.badMessage);
	}
	return { type, media };
}
