/**
 * Number fields can carry text when an expression fills them. Each field says which written forms
 * it takes; anything else (a boolean, "1e1", "0x10", blank text) is NaN, so the field's own
 * check refuses it instead of Number() turning it quietly into 1, 10, 16 or 0.
 */
const TEXT_FORMS = {
	/** "500" */
	digits: /^\d+$/,
	/** "500", " 500 " */
	paddedDigits: /^\s*\d+\s*$/,
	/** "0.5", " 30 " */
	paddedDecimal: /^\s*\d+(\.\d+)?\s*$/,
	/** "-6.2607", " .5 ", "+106." (coordinates) */
	paddedSignedDecimal: /^\s*[+-]?(\d+(\.\d*)?|\.\d+)\s*$/,
} as const;

export type NumberTextForm = keyof typeof TEXT_FORMS;

/** A number as it is, text of the given form as its number, NaN for anything else. */
export function numberFrom(raw: unknown, form: NumberTextForm): number {
	if (typeof raw === 'number') return raw;
	return typeof raw === 'string' && TEXT_FORMS[form].test(raw) ? Number(raw) : Number.NaN;
}
