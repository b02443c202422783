import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { Endpoint } from '../../contract';
import type { Callee, CalleeEntryNames, CalleeProblem } from './callees';
import { calleesFromItems, calleesFromList, calleesToWire, describeProblems } from './callees';
import { asNodeError, errorItem, runPerItem } from './itemRunner';
import { readRequestSettings } from './requestSettings';
import { dataAsItem, sendForItem } from './send';

/** The endpoint's wire names for a callee entry; an endpoint that takes callees must spell all three. */
function calleeEntryNames(context: IExecuteFunctions, endpoint: Endpoint): CalleeEntryNames {
	const { number, caseId, variables } = endpoint.entry ?? {};
	if (!number || !caseId || !variables) {
		throw new NodeOperationError(context.getNode(), `Endpoint ${endpoint.path} has no callee entry names in the contract`);
	}
	return { number, caseId, variables };
}

type FieldReader = (itemIndex: number) => Record<string, unknown>;

function problemItems(context: IExecuteFunctions, problems: CalleeProblem[]): INodeExecutionData[] {
	return problems.map((problem) =>
		errorItem(new NodeOperationError(context.getNode(), describeProblems([problem]), { itemIndex: problem.itemIndex }), problem.itemIndex),
	);
}

/**
 * Creates a task or a plan. "From input items" turns all items into one request (a sheet of
 * 5 000 debtors becomes one task); "define below" sends one request per item. Every number is
 * checked before the first request; under "Continue On Fail" bad rows come out as error items.
 */
export async function createWithCallees(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
	endpoint: Endpoint,
	readFields: FieldReader,
): Promise<INodeExecutionData[]> {
	const entry = calleeEntryNames(this, endpoint);
	const continueOnFail = this.continueOnFail();
	if (this.getNodeParameter('calleesSource', 0) === 'items') {
		const { wire, sources, problems } = calleesFromItems(this, items, entry);
		if (problems.length > 0 && !continueOnFail) {
			throw new NodeOperationError(this.getNode(), describeProblems(problems), { itemIndex: problems[0].itemIndex });
		}
		const output = problemItems(this, problems);
		if (wire.length === 0) {
			if (continueOnFail) return output;
			throw new NodeOperationError(this.getNode(), 'There are no input items to take callees from', { itemIndex: 0 });
		}
		const values = { ...readFields(0), callees: wire };
		try {
			const { body } = await sendForItem.call(this, endpoint, values, 0);
			output.unshift({ json: dataAsItem(body), pairedItem: sources.map((item) => ({ item })) });
		} catch (error) {
			if (!continueOnFail) throw asNodeError(this, error, 0);
			output.unshift(errorItem(asNodeError(this, error, 0), sources));
		}
		return output;
	}

	const perItem: Array<{ callees: Callee[]; problems: CalleeProblem[] }> = items.map((_, itemIndex) =>
		calleesFromList(this, itemIndex),
	);
	const problems = perItem.flatMap((entryOfItem) => entryOfItem.problems);
	if (problems.length > 0 && !continueOnFail) {
		throw new NodeOperationError(this.getNode(), describeProblems(problems), { itemIndex: problems[0].itemIndex });
	}
	return await runPerItem(this, items, readRequestSettings(this).concurrency, async (itemIndex) => {
		const { callees, problems: itemProblems } = perItem[itemIndex];
		if (itemProblems.length > 0) throw new NodeOperationError(this.getNode(), describeProblems(itemProblems), { itemIndex });
		if (callees.length === 0) throw new NodeOperationError(this.getNode(), `Item ${itemIndex}: add at least one callee`, { itemIndex });
		const values = { ...readFields(itemIndex), callees: calleesToWire(callees, entry) };
		const { body } = await sendForItem.call(this, endpoint, values, itemIndex);
		return [dataAsItem(body)];
	});
}
