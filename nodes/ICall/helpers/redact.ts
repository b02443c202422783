/**
 * Removes every secret from a text before it can reach an error, a log line or node output.
 * Secrets shorter than 4 characters are ignored: masking them would garble ordinary words.
 */
export function redactSecrets(text: string, secrets: Array<string | undefined>): string {
	let clean = text;
	for (const secret of secrets) {
		if (typeof secret !== 'string' || secret.length < 4) continue;
		clean = clean.split(secret).join('***');
	}
	return clean;
}
