/**
 * Whether a wall time names a moment that exists. A pattern such as `\d{2}` lets 31 February,
 * 25:61 and an offset of +99:99 through; Date.UTC would quietly roll them over into another day,
 * so a value is real only if every part survives the round trip.
 */
export function isRealWallTime(year: number, month: number, day: number, hour: number, minute: number, second: number): boolean {
	const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
	return (
		date.getUTCFullYear() === year &&
		date.getUTCMonth() === month - 1 &&
		date.getUTCDate() === day &&
		date.getUTCHours() === hour &&
		date.getUTCMinutes() === minute &&
		date.getUTCSeconds() === second
	);
}

/** Zones on Earth lie between UTC-12:00 and UTC+14:00; anything beyond ±14:00 is a typing slip. */
const MAX_OFFSET_MINUTES = 14 * 60;

/** Whether a UTC offset (hours and minutes as written, without the sign) is one a place can have. */
export function isRealOffset(hours: number, minutes: number): boolean {
	return minutes < 60 && hours * 60 + minutes <= MAX_OFFSET_MINUTES;
}
