/**
 * What a text field (an ID, a name) holds once its expression is resolved. Expressions can give
 * any value; only text and numbers are text. Anything else used to go out as "undefined",
 * "null" or "[object Object]", which AIRudder takes as an ID that matches nothing.
 */
export type TextCheck = { ok: true; text: string | undefined } | { ok: false; reason: string };

const NOT_SET: TextCheck = { ok: true, text: undefined };

/** A short sight of the value in an error message: enough to recognise it, never a whole record. */
function preview(value: unknown): string {
	let shown: string;
	try {
		shown = JSON.stringify(value) ?? String(value);
	} catch {
		shown = Object.prototype.toString.call(value);
	}
	return shown.length > 40 ? `${shown.slice(0, 37)}...` : shown;
}

/** Whether a value is taken as text as it is (text, or a number that is one): the quick check before checkText. */
export function isText(value: unknown): boolean {
	return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)) || typeof value === 'bigint';
}

/**
 * Text trimmed, numbers as text; undefined, null and blank text are "not set" (text undefined),
 * so a required field is then refused as empty. Objects, lists, booleans and numbers that are
 * no numbers (NaN, Infinity) are refused with a reason that says what the field got.
 */
export function checkText(value: unknown): TextCheck {
	if (value === undefined || value === null) return NOT_SET;
	if (typeof value === 'string') {
		const text = value.trim();
		return text === '' ? NOT_SET : { ok: true, text };
	}
	if (typeof value === 'number') return Number.isFinite(value) ? { ok: true, text: String(value) } : { ok: false, reason: `is ${value}, not text or a number` };
	if (typeof value === 'bigint') return { ok: true, text: String(value) };
	if (Array.isArray(value)) return { ok: false, reason: `is a list (${preview(value)}), not text: pick one of its entries in the expression` };
	if (typeof value === 'object') return { ok: false, reason: `is an object (${preview(value)}), not text: pick one of its fields in the expression` };
	if (typeof value === 'boolean') return { ok: false, reason: `is a boolean (${String(value)}), not text` };
	return { ok: false, reason: `is a ${typeof value}, not text` };
}

/** Absent, or only spaces: a value of spaces is no value (a name, a template variable). */
export function isBlank(value: unknown): boolean {
	return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** A parameter or contract key in the words the editor would use: "caseId" -> "Case ID". */
export function keyInWords(key: string): string {
	return key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (first) => first.toUpperCase()).replace(/\bId\b/g, 'ID');
}
