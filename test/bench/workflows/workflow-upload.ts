// Dev tooling (benchmarks); never shipped in the n8n package.
// Contacts into workflows: our node's batched upload against one HTTP request per contact.
import { endpoints } from '../../../sandbox/contract';
import { codeNode, type CredentialRef } from './building-blocks';
import { driven, measuredHttpRequest, measuredICallNode, type DrivenWorkflow, withOurCredential } from './scenario-workflows';

/** The sandbox's two-call template; any template would do, contacts are only queued on a manual clock. */
export const BENCH_TEMPLATE_ID = '101';

/** One contact per item, like a spreadsheet row: phone, case ID and two robot variables. */
const contactItems = (count: number) =>
	codeNode(
		'Contacts',
		`return Array.from({ length: ${count} }, (_, i) => ({ json: { phone: '+62816' + String(i).padStart(7, '0'), loanId: 'WF-' + i, name: 'Customer ' + i, amount: String(150000 + i) } }));`,
		220,
	);

/** Workflow → Create from every item, split into workflows of 10 000, chunks of 1 000, `parallel` at a time. */
export function workflowUploadThroughOurNode(id: string, contacts: number, credential: CredentialRef, parallel: number): DrivenWorkflow {
	return driven(id, `bench: ${contacts} contacts into workflows, iCall node`, `bench-${id}`, [
		contactItems(contacts),
		measuredICallNode(
			id,
			{
				resource: 'workflow',
				operation: 'create',
				template: { __rl: true, mode: 'id', value: BENCH_TEMPLATE_ID },
				name: 'Bench wave',
				endTime: "={{ $now.plus(1, 'day').toISO() }}",
				contactsSource: 'items',
				phoneNumberField: 'phone',
				caseIdField: 'loanId',
				variablesFrom: 'otherFields',
				contactBatching: { splitOverLimit: true },
				requestOptions: { concurrency: parallel },
			},
			credential,
		),
	]);
}

/** Workflow Contact: Add as a user would do it with n8n's HTTP Request node: one POST per contact. */
export function workflowUploadThroughHttpRequest(id: string, contacts: number, credential: CredentialRef, baseUrl: string, workflowId: string): DrivenWorkflow {
	const { path, fields, contacts: list } = endpoints.workflowContactAdd;
	const e = list.entry;
	const body = `={{ { ${JSON.stringify(fields.workflowId.wire)}: ${JSON.stringify(workflowId)}, ${JSON.stringify(fields.details.wire)}: [{ ${JSON.stringify(e.number)}: $json.phone, ${JSON.stringify(e.caseId)}: $json.loanId, ${JSON.stringify(e.variables)}: { name: $json.name, amount: $json.amount } }] } }}`;
	return driven(id, `bench: ${contacts} contacts into a workflow, HTTP Request node`, `bench-${id}`, [
		contactItems(contacts),
		measuredHttpRequest(
			id,
			{ method: 'POST', url: `${baseUrl}${path}`, ...withOurCredential, sendBody: true, contentType: 'json', specifyBody: 'json', jsonBody: body, options: {} },
			credential,
		),
	]);
}
