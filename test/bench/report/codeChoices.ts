// Dev tooling (benchmarks); never shipped in the n8n package.
// Speed choices in the shipped code, and the ones given up for readability: printed in BENCHMARKS.md,
// so the code's comments say only why the code is as it is.

export interface CodeChoice {
	what: string;
	story: string;
}

export const contactPipelineChoices: CodeChoice[] = [
	{
		what: 'Wire entries are built per chunk (kept)',
		story:
			'A contact list keeps each contact\'s input item and normalised number, and builds its wire entry when its chunk is sent (`ContactsRead.entryAt`, `nodes/ICall/operations/contacts/read.ts`). ' +
			'With 100 000 ready entries held until the last request, every garbage collection while the node ran copied them (tens of milliseconds a collection, measured inside n8n); entries built per chunk die young and cost nearly nothing.',
	},
	{
		what: 'Duplicate numbers: a plain Map (simplified, not re-measured)',
		story:
			'The duplicate check compared the numbers as exact doubles in a hand-written open-addressing table (`Float64Array`), about twice as fast as a set of strings for 100 000 numbers and 7–9 ms of the workflow upload. ' +
			'It is now a `Map` from each number to its first position (`contacts/duplicates.ts`), which also finds where each repeat first appeared in the same pass.',
	},
	{
		what: 'A contact\'s variables: one path (simplified, not re-measured)',
		story:
			'The check used to look for clashing and unsendable variables without building them (a clean contact allocated nothing during the check) and a second path built them when the chunk was sent. ' +
			'Now one function (`contactVariables`, `contacts/entries.ts`) checks and builds them, at the check and again per chunk: one small object per contact more while 100 000 contacts are checked. ' +
			'Gone with it: the per-entry-shape cache of the keys a variable must not overwrite (one set per list read now) and the case-ID shortcut that skipped the text check for text and numbers.',
	},
	{
		what: 'Phone numbers (kept)',
		story:
			'A number already in E.164 is taken as it is, and the country code\'s length is read from character codes, so checking a clean number makes no new strings (100 000 contacts, 100 000 checks).',
	},
];
