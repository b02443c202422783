import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { errorItem } from '../engine';
import type { ContactProblem } from './read';

/** How the contacts that cannot be sent are reported: one error that stops the node, or error items. */

/** The contacts that cannot be sent, said in one message: the first five in full, then how many more. */
export function describeProblems(problems: ContactProblem[]): string {
	const shown = problems.slice(0, 5).map((p) => `item ${p.itemIndex}, field "${p.field}": ${p.reason}`);
	const more = problems.length > 5 ? ` (and ${problems.length - 5} more)` : '';
	return `${problems.length} contact(s) cannot be sent: ${shown.join('; ')}${more}`;
}

/** Without Continue On Fail: the error that stops the node, under the first item with a problem. */
export function refuseProblems(context: IExecuteFunctions, problems: ContactProblem[]): NodeOperationError {
	return new NodeOperationError(context.getNode(), describeProblems(problems), { itemIndex: problems[0].itemIndex });
}

/** Under Continue On Fail: one error item per input item whose contacts cannot be sent, carrying every problem of that item. */
export function problemItems(context: IExecuteFunctions, problems: ContactProblem[]): INodeExecutionData[] {
	const byItem = new Map<number, ContactProblem[]>();
	for (const problem of problems) byItem.set(problem.itemIndex, [...(byItem.get(problem.itemIndex) ?? []), problem]);
	return [...byItem].map(([itemIndex, ofItem]) => errorItem(new NodeOperationError(context.getNode(), describeProblems(ofItem), { itemIndex }), itemIndex));
}
