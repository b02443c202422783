import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { ContactList, Endpoint } from '../../contract';
import { asNodeError, errorItem } from './itemRunner';
import { dataAsItem, sendForItem } from './send';

export interface ChunkedContacts {
	wire: IDataObject[];
	sources: number[];
}

/**
 * Sends a contact list in chunks of at most `chunkSize`, one request per chunk, in order. Each
 * chunk gives one output item (its answer plus which contacts it carried), paired with the input
 * items of its contacts; no contact is dropped or sent twice. A failed chunk stops the run (or,
 * under "Continue On Fail", becomes that chunk's error item and the next chunk goes on).
 */
export async function sendInChunks(
	context: IExecuteFunctions,
	endpoint: Endpoint,
	list: ContactList,
	contacts: ChunkedContacts,
	chunkSize: number,
	fields: Record<string, unknown>,
): Promise<INodeExecutionData[]> {
	const size = Math.max(1, Math.floor(chunkSize));
	const chunks = Math.ceil(contacts.wire.length / size);
	const output: INodeExecutionData[] = [];
	for (let chunk = 0; chunk < chunks; chunk++) {
		const from = chunk * size;
		const wire = contacts.wire.slice(from, from + size);
		const sources = contacts.sources.slice(from, from + size);
		// Typed-in lists carry one input item for many contacts: pair each input item once.
		const inputItems = [...new Set(sources)];
		const pairedItem = inputItems.map((item) => ({ item }));
		const position = { chunk: chunk + 1, chunks, contacts: wire.length, firstContact: from + 1 };
		try {
			const { body } = await sendForItem.call(context, endpoint, { ...fields, [list.field]: wire }, sources[0]);
			output.push({ json: { ...dataAsItem(body), ...position }, pairedItem });
		} catch (error) {
			const nodeError = asNodeError(context, error, sources[0]);
			if (!context.continueOnFail()) {
				const sent = chunk === 0 ? 'none was sent' : `chunks 1 to ${chunk} were sent (see their answers in the execution log)`;
				throw new NodeOperationError(context.getNode(), `Chunk ${chunk + 1} of ${chunks} failed: ${nodeError.message}`, {
					itemIndex: sources[0],
					description: `Contacts ${from + 1} to ${from + wire.length} of ${contacts.wire.length}; ${sent}. ${nodeError.description ?? ''}`.trim(),
				});
			}
			const failed = errorItem(nodeError, inputItems);
			output.push({ ...failed, json: { ...failed.json, ...position } });
		}
	}
	return output;
}
