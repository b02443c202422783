import { createHash, timingSafeEqual } from 'crypto';

/**
 * Compares two secrets without leaking, through timing, where they first differ or how long
 * the expected one is: both sides are hashed to the same length before the constant-time compare.
 */
export function constantTimeEqual(actual: string, expected: string): boolean {
	const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
	return timingSafeEqual(digest(actual), digest(expected));
}
