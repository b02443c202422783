// Dev tooling that never ships: used by the phone-plan generator at build time.

/**
 * Whether a numbering-plan pattern can match some number of a given length that starts with given
 * digits. libphonenumber decides the country of a shared calling code (+1, +7, +44...) by which
 * country's patterns accept the whole number; the generator needs the same answer for a prefix
 * (an area code), so it reads the patterns itself. They use a small part of regular expressions:
 * digits, `\d`, classes `[...]`, groups `(...)`/`(?:...)`, `|`, and the quantifiers `?`, `*`, `+`,
 * `{n}`, `{n,m}`. Anything else is refused loudly rather than read wrongly.
 */

type Node =
	| { kind: 'digits'; allowed: ReadonlySet<string> }
	| { kind: 'sequence'; parts: Node[] }
	| { kind: 'choice'; options: Node[] }
	| { kind: 'repeat'; node: Node; min: number; max: number };

const ANY_DIGIT: ReadonlySet<string> = new Set('0123456789');
const UNBOUNDED = Number.POSITIVE_INFINITY;

class PatternReader {
	private at = 0;

	constructor(private readonly text: string) {}

	read(): Node {
		const node = this.choice();
		if (this.at !== this.text.length) this.fail('unexpected character');
		return node;
	}

	private fail(why: string): never {
		throw new Error(`pattern ${JSON.stringify(this.text)} at ${this.at}: ${why}`);
	}

	private choice(): Node {
		const options = [this.sequence()];
		while (this.text[this.at] === '|') {
			this.at++;
			options.push(this.sequence());
		}
		return options.length === 1 ? options[0] : { kind: 'choice', options };
	}

	private sequence(): Node {
		const parts: Node[] = [];
		while (this.at < this.text.length && this.text[this.at] !== '|' && this.text[this.at] !== ')') parts.push(this.quantified(this.atom()));
		return { kind: 'sequence', parts };
	}

	private atom(): Node {
		const char = this.text[this.at++];
		if (char === '(') {
			if (this.text.startsWith('?:', this.at)) this.at += 2;
			const inner = this.choice();
			if (this.text[this.at++] !== ')') this.fail('unclosed group');
			return inner;
		}
		if (char === '[') return { kind: 'digits', allowed: this.digitClass() };
		if (char === '\\') {
			if (this.text[this.at++] !== 'd') this.fail('only \\d is understood');
			return { kind: 'digits', allowed: ANY_DIGIT };
		}
		if (char >= '0' && char <= '9') return { kind: 'digits', allowed: new Set(char) };
		return this.fail(`"${char}" is not understood`);
	}

	private digitClass(): ReadonlySet<string> {
		const allowed = new Set<string>();
		while (this.text[this.at] !== ']') {
			if (this.at >= this.text.length) this.fail('unclosed class');
			const from = this.text[this.at++];
			if (this.text[this.at] === '-' && this.text[this.at + 1] !== ']') {
				const to = this.text[this.at + 1];
				this.at += 2;
				for (let code = from.charCodeAt(0); code <= to.charCodeAt(0); code++) allowed.add(String.fromCharCode(code));
			} else if (from === '\\' && this.text[this.at] === 'd') {
				this.at++;
				for (const digit of ANY_DIGIT) allowed.add(digit);
			} else allowed.add(from);
		}
		this.at++;
		return allowed;
	}

	private quantified(node: Node): Node {
		const char = this.text[this.at];
		if (char === '?') return this.take(1, { kind: 'repeat', node, min: 0, max: 1 });
		if (char === '*') return this.take(1, { kind: 'repeat', node, min: 0, max: UNBOUNDED });
		if (char === '+') return this.take(1, { kind: 'repeat', node, min: 1, max: UNBOUNDED });
		const bounds = /^\{(\d+)(,(\d*))?\}/.exec(this.text.slice(this.at));
		if (!bounds) return node;
		const min = Number(bounds[1]);
		const max = bounds[2] === undefined ? min : bounds[3] === '' ? UNBOUNDED : Number(bounds[3]);
		return this.take(bounds[0].length, { kind: 'repeat', node, min, max });
	}

	private take(length: number, node: Node): Node {
		this.at += length;
		return node;
	}
}

/** Every number of digits a node can match, up to `limit`: what it reaches where no digit is fixed. */
function spans(node: Node, limit: number): Set<number> {
	const key = `${limit}`;
	const known = spanCache.get(node)?.get(key);
	if (known) return known;
	let found: Set<number>;
	switch (node.kind) {
		case 'digits':
			found = new Set([1]);
			break;
		case 'sequence':
			found = node.parts.reduce((sums, part) => addAll(sums, spans(part, limit), limit), new Set([0]));
			break;
		case 'choice':
			found = new Set(node.options.flatMap((option) => [...spans(option, limit)]));
			break;
		case 'repeat': {
			found = new Set(node.min === 0 ? [0] : []);
			let current = new Set([0]);
			for (let count = 1; count <= Math.min(node.max, limit) && current.size > 0; count++) {
				current = addAll(current, spans(node.node, limit), limit);
				if (count >= node.min) for (const sum of current) found.add(sum);
			}
		}
	}
	if (!spanCache.has(node)) spanCache.set(node, new Map());
	spanCache.get(node)!.set(key, found);
	return found;
}

const spanCache = new Map<Node, Map<string, Set<number>>>();

function addAll(left: ReadonlySet<number>, right: ReadonlySet<number>, limit: number): Set<number> {
	const sums = new Set<number>();
	for (const a of left) for (const b of right) if (a + b <= limit) sums.add(a + b);
	return sums;
}

/**
 * The positions a node can end at, from each of `starts`, in a number of `length` digits whose first
 * digits are `prefix` (the rest free). Tracking positions instead of strings keeps it small: a
 * number is at most 17 digits long. Past the prefix every digit is free, so only the lengths count.
 */
function reach(node: Node, starts: ReadonlySet<number>, prefix: string, length: number): Set<number> {
	const ends = new Set<number>();
	const fixed = [...starts].filter((at) => at < prefix.length);
	for (const at of starts) if (at >= prefix.length) for (const span of spans(node, length)) if (at + span <= length) ends.add(at + span);
	if (fixed.length === 0) return ends;
	const from = new Set(fixed);
	switch (node.kind) {
		case 'digits':
			for (const at of from) if (node.allowed.has(prefix[at])) ends.add(at + 1);
			break;
		case 'sequence':
			for (const at of node.parts.reduce((current, part) => reach(part, current, prefix, length), from)) ends.add(at);
			break;
		case 'choice':
			for (const option of node.options) for (const at of reach(option, from, prefix, length)) ends.add(at);
			break;
		case 'repeat': {
			let current: Set<number> = from;
			if (node.min === 0) for (const at of from) ends.add(at);
			for (let count = 1; count <= Math.min(node.max, length) && current.size > 0; count++) {
				current = reach(node.node, current, prefix, length);
				if (count >= node.min) for (const at of current) ends.add(at);
			}
		}
	}
	return ends;
}

const parsed = new Map<string, Node>();

function parse(pattern: string): Node {
	let node = parsed.get(pattern);
	if (!node) parsed.set(pattern, (node = new PatternReader(pattern).read()));
	return node;
}

/** Whether the whole of `pattern` matches some number of `length` digits that starts with `prefix`. */
export function matchesSomeNumber(pattern: string, prefix: string, length: number): boolean {
	if (prefix.length > length) return false;
	return reach(parse(pattern), new Set([0]), prefix, length).has(length);
}

/**
 * Whether `pattern`, matched at the start of a number only (libphonenumber's "leading digits"), can
 * agree with a number that starts with `prefix`: it matches a start of the prefix, or the prefix is
 * a start of something it matches.
 */
export function leadsSomeNumber(pattern: string, prefix: string, longest: number): boolean {
	const ends = reach(parse(pattern), new Set([0]), prefix, longest);
	return ends.size > 0;
}
