/** What to do when one contact list holds the same number more than once. */
export type DuplicatePolicy = 'refuse' | 'keepFirst';

export interface RepeatedNumber {
	/** Position of the repeat in the list. */
	position: number;
	/** Position of the first entry with the same number. */
	firstPosition: number;
	number: string;
}

/**
 * Finds every entry whose (already normalised) number appeared earlier in the same list: dialling
 * it twice would call the person twice in one task.
 */
export function findRepeatedNumbers(numbers: readonly string[]): RepeatedNumber[] {
	const first = new Map<string, number>();
	const repeats: RepeatedNumber[] = [];
	numbers.forEach((number, position) => {
		const earlier = first.get(number);
		if (earlier === undefined) first.set(number, position);
		else repeats.push({ position, firstPosition: earlier, number });
	});
	return repeats;
}

export function describeRepeat(repeat: RepeatedNumber, policy: DuplicatePolicy): string {
	const what = `${repeat.number} is already in this list (entry ${repeat.firstPosition})`;
	return policy === 'keepFirst' ? `${what}: left out, the first entry is dialled` : `${what}: remove the duplicate or set "Duplicate Numbers" to keep the first`;
}
