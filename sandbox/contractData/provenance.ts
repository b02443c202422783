// Dev only: how sure we are of each part of each endpoint, field by field. The node ships only the
// summary the editor's notice needs (`modeled` on each endpoint); a unit test derives that summary
// from the tags here, so the two cannot drift apart.
import type { ContactEntry, ModeledParts, Provenance } from '../../nodes/ICall/api/contract/types';
import { isModeled } from '../../nodes/ICall/api/contract/types';
import type { EndpointId } from '../contract';

export interface EndpointProvenance {
	path: Provenance;
	/** One tag per key of the endpoint's `fields`. */
	fields: Record<string, Provenance>;
	/** One tag per key of a contact in the endpoint's contact list. */
	contactEntry?: Partial<Record<keyof ContactEntry, Provenance>>;
	/** What the contact list's size limits rest on. */
	contactLimits?: Provenance;
	/** The field names of the answer beyond the envelope. */
	answer: Provenance;
}

/** The same tag for each of the keys. */
function tagged<K extends string>(tag: Provenance, ...keys: K[]): Record<K, Provenance> {
	return Object.fromEntries(keys.map((key) => [key, tag])) as Record<K, Provenance>;
}

/** An endpoint whose page could not be read: path, every field and the answer are our model. */
function modeledThroughout(...fieldKeys: string[]): EndpointProvenance {
	return { path: 'M', fields: tagged('M', ...fieldKeys), answer: 'M' };
}

/** Task and plan contacts: the vendor's worked example shows all but the case id. */
const classicEntry = { ...tagged('D', 'number', 'robotId', 'variables'), caseId: 'M' };
/** Workflow contacts: seen in client code, all but the case id. */
const workflowEntry = { ...tagged('C', 'number', 'variables'), caseId: 'M' };
const workflowLimits = 'C (10 000 per workflow), M (1 000 per request)';

export const endpointProvenance: Record<EndpointId, EndpointProvenance> = {
	taskCreate: {
		path: 'D',
		fields: {
			...tagged('D', 'taskName', 'robotId', 'sipLine', 'scheduleStartTime', 'scheduleEndTime', 'repeatInterval', 'repeatNumber', 'type', 'contacts'),
			robotMethod: 'C',
		},
		contactEntry: classicEntry,
		answer: 'M',
	},
	taskGetMany: { path: 'C', fields: tagged('C', 'size', 'page', 'type'), answer: 'M (rows passed through)' },
	taskGet: { path: 'C', fields: { taskId: 'C', ...tagged('M', 'page', 'size') }, answer: 'M (call rows)' },
	taskStop: { path: 'C', fields: tagged('C', 'action', 'taskId'), answer: 'C (envelope)' },
	taskCancelCall: { path: 'C', fields: tagged('C', 'taskId', 'calleeNumber'), answer: 'C (envelope)' },
	recordingGetCall: { path: 'C', fields: tagged('C', 'taskId', 'callee'), answer: 'M' },
	recordingGetTask: { path: 'C', fields: tagged('C', 'taskId'), answer: 'M' },
	robotGetMany: { path: 'C', fields: {}, answer: 'M' },
	callGet: modeledThroughout('callId'),
	strategyGetMany: modeledThroughout(),
	planCreate: {
		...modeledThroughout('planName', 'strategyId', 'sipLine', 'contacts'),
		contactEntry: tagged('M (shape follows task.create)', 'number', 'caseId', 'robotId', 'variables'),
	},
	planGetStatus: modeledThroughout('planId'),
	planGetRounds: modeledThroughout('planId'),
	planCancelCall: modeledThroughout('planId', 'calleeNumber'),
	planGetNumberRecordings: modeledThroughout('planId', 'callee'),

	workflowCreate: {
		path: 'D',
		fields: { ...tagged('D', 'templateId', 'templateName', 'name', 'workflowName', 'autoFinish', 'endTime'), details: 'C' },
		contactEntry: workflowEntry,
		contactLimits: workflowLimits,
		answer: 'C',
	},
	workflowTemplateGetMany: { ...modeledThroughout('page', 'size'), path: 'M (method D)' },
	workflowContactAdd: { path: 'C', fields: tagged('C', 'workflowId', 'details'), contactEntry: workflowEntry, contactLimits: workflowLimits, answer: 'C (envelope)' },
	workflowContactUpdate: { ...modeledThroughout('workflowId', 'details'), contactEntry: workflowEntry, contactLimits: workflowLimits },
	workflowContactCancel: modeledThroughout('workflowId', 'callee', 'caseId'),
	workflowStop: modeledThroughout('workflowId'),
	workflowGetMany: modeledThroughout('page', 'size', 'status'),
	workflowGetSubtasks: { ...modeledThroughout('workflowId'), answer: 'D (row fields, from the webhooks)' },
	workflowFindByContact: { path: 'D', fields: tagged('D', 'caseId', 'callee', 'startTime', 'endTime'), answer: 'M' },
	workflowTaskGetMany: modeledThroughout('workflowId', 'nodetaskId'),
	// The request body was not readable; the answer's workflow fields are documented, its call fields are not.
	workflowTaskGetDetails: { path: 'D', fields: tagged('M', 'taskId', 'page', 'size'), answer: 'M (call fields), D (workflow fields)' },
	workflowTaskGetDetailsInfoCheck: modeledThroughout('taskId', 'page', 'size'),
	workflowCallGet: modeledThroughout('callee', 'caseId', 'taskId', 'workflowId'),
	workflowCallGetById: modeledThroughout('callId'),
	workflowCallGetRecordings: modeledThroughout('workflowId', 'callee'),
	workflowVerifyApiNodePush: { path: 'D', fields: tagged('D', 'workflowId', 'nodeId', 'callee', 'caseId'), answer: 'M' },
	workflowWabaGetMany: modeledThroughout('workflowId'),
	workflowWabaGetDetails: modeledThroughout('wabaTaskId', 'page', 'size'),

	wabaAccountGetMany: modeledThroughout(),
	templateGetMany: modeledThroughout('wabaAccountId', 'page', 'size'),
	templateGet: modeledThroughout('templateId'),
	templateMessageSend: {
		...modeledThroughout('wabaAccountId', 'templateId', 'language', 'receivers'),
		contactEntry: tagged('M', 'number', 'caseId', 'variables'),
		contactLimits: 'M',
	},
	templateMessageSendSingle: modeledThroughout('wabaAccountId', 'templateId', 'language', 'callee', 'variables'),
	templateMessageGetResult: modeledThroughout('batchId'),
	conversationGetMany: modeledThroughout('wabaAccountId', 'startTime', 'endTime', 'page', 'size'),
	conversationEnd: modeledThroughout('conversationId'),
	conversationTransferResult: modeledThroughout('conversationId', 'result', 'seatId'),
	conversationReport: modeledThroughout('conversationId', 'report'),
	messageGetMany: modeledThroughout('conversationId', 'phase', 'page', 'size'),
	messageSend: modeledThroughout('conversationId', 'type', 'text', 'media', 'location'),
	messageMarkRead: modeledThroughout('conversationId', 'msgId'),
	fileUpload: modeledThroughout('file'),
	fileUploadMapThumbnail: modeledThroughout('file'),
};

/** How sure we are of the global conventions, by their path in api/contract/conventions.ts. */
export const conventionProvenance: Record<string, Provenance> = {
	baseUrl: 'D',
	auth: 'D',
	loginCarrier: 'C / M',
	authorization: 'D',
	userAgent: 'D',
	envelope: 'D (auth) / C (workflow)',
	tokenInvalid: 'D / M',
	tokenLifetimeHours: 'D',
	phoneNumber: 'C',
	'times.classic': 'D',
	'times.classicZone': 'M',
	'times.workflow': 'C',
	'callbacks.reply': 'M (any 2xx JSON is accepted: C)',
	'callbacks.signatureHeader': 'M',
	'callbacks.signatureStyles': 'M',
	'callbacks.retryIntervalSeconds': 'D',
	encryption: 'D (POST body form M)',
	taskName: 'D',
	workflowLimits: 'C / M',
};

/**
 * What the editor must call modeled, from the tags: a modeled path makes the whole operation so;
 * otherwise the request's fields all together, or the modeled keys one by one. The answer is said
 * only next to a modeled request.
 */
export function modeledPartsOf(provenance: EndpointProvenance): ModeledParts | undefined {
	if (isModeled(provenance.path)) return { path: true };
	const fieldTags = Object.entries(provenance.fields);
	const fields = fieldTags.filter(([, tag]) => isModeled(tag)).map(([key]) => key);
	const contactKeys = (Object.entries(provenance.contactEntry ?? {}) as Array<[keyof ContactEntry, Provenance]>)
		.filter(([, tag]) => isModeled(tag))
		.map(([key]) => key);
	const parts: ModeledParts = {};
	if (fieldTags.length > 0 && fields.length === fieldTags.length) parts.allFields = true;
	else {
		if (fields.length > 0) parts.fields = fields;
		if (contactKeys.length > 0) parts.contactKeys = contactKeys;
	}
	if (Object.keys(parts).length === 0) return undefined;
	if (isModeled(provenance.answer)) parts.answer = true;
	return parts;
}
