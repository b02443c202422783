import type { IDataObject } from 'n8n-workflow';

export interface ContactProblem {
	itemIndex: number;
	field: string;
	reason: string;
}

/**
 * The contacts of a list that can be sent, in order. Each contact's wire entry is built when it is
 * asked for, i.e. when its chunk is sent: 100 000 ready entries held until the last request made
 * the garbage collector copy them around while the node ran (tens of milliseconds a collection,
 * measured inside n8n), where entries built per chunk die young and cost nearly nothing.
 */
export interface ContactsRead {
	/** The input item of each contact. */
	sources: number[];
	/** The number of each contact, normalised, so equal numbers are equal text. */
	numbers: string[];
	/** Builds the wire entry of the contact at `position` (anew at every call). */
	entryAt(position: number): IDataObject;
	problems: ContactProblem[];
	/** Contacts typed into the node: the row of each one in the node's Contacts list (0-based). */
	rows?: number[];
}

/** A contact as the user finds it: "Contacts[3]" for a typed row, else its input item ("item 4"). */
export function contactAt(read: Pick<ContactsRead, 'rows' | 'sources'>, position: number): string {
	return read.rows ? `Contacts[${read.rows[position]}]` : `item ${read.sources[position]}`;
}

/** A contact's field as the user finds it: "Contacts[3].Phone Number" for a typed row, else the field. */
export function fieldAt(read: Pick<ContactsRead, 'rows' | 'sources'>, position: number, field: string): string {
	return read.rows ? `${contactAt(read, position)}.${field}` : field;
}

/** The contacts at the positions `keep` accepts, in order; their entries are still built on demand. */
export function keepContacts(read: ContactsRead, keep: (position: number) => boolean): ContactsRead {
	const positions: number[] = [];
	for (let position = 0; position < read.sources.length; position++) if (keep(position)) positions.push(position);
	if (positions.length === read.sources.length) return read;
	return {
		sources: positions.map((position) => read.sources[position]),
		numbers: positions.map((position) => read.numbers[position]),
		entryAt: (position) => read.entryAt(positions[position]),
		problems: read.problems,
		...(read.rows ? { rows: positions.map((position) => read.rows![position]) } : {}),
	};
}
