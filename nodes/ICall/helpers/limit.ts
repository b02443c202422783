export type LimitCheck = { ok: true; limit: number } | { ok: false; reason: string };

/** A "Limit" must be a whole number of rows, at least 1 (0 would return nothing, -1 dropped a row). */
export function checkLimit(raw: unknown): LimitCheck {
	const limit = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
	if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1) {
		return { ok: false, reason: `must be a whole number of at least 1, got ${String(raw)} (or turn on "Return All")` };
	}
	return { ok: true, limit };
}
