// Dev tooling for the iCall sandbox: never ships in the n8n package.
import { conventions } from '../contract';

/** AIRudder runs on UTC+8 (the workflow family says so explicitly); classic times are modeled alike. */
const utcPlus8Ms = 8 * 3_600_000;

/** Formats a virtual timestamp with the contract's classic format ("yyyy-MM-dd HH:mm:ss"), in UTC+8. */
export function formatClassicTime(ms: number): string {
	const shifted = new Date(ms + utcPlus8Ms);
	const two = (n: number) => String(n).padStart(2, '0');
	const parts: Record<string, string> = {
		yyyy: String(shifted.getUTCFullYear()),
		MM: two(shifted.getUTCMonth() + 1),
		dd: two(shifted.getUTCDate()),
		HH: two(shifted.getUTCHours()),
		mm: two(shifted.getUTCMinutes()),
		ss: two(shifted.getUTCSeconds()),
	};
	return conventions.times.classic.format.replace(/yyyy|MM|dd|HH|mm|ss/g, (token) => parts[token]);
}

/** Parses a classic time (already validated) as UTC+8 into epoch milliseconds. */
export function parseClassicTime(text: string): number {
	const [date, time] = text.split(' ');
	const [year, month, day] = date.split('-').map(Number);
	const [hour, minute, second] = time.split(':').map(Number);
	return Date.UTC(year, month - 1, day, hour, minute, second) - utcPlus8Ms;
}
