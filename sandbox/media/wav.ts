// Dev tooling for the iCall sandbox: never ships in the n8n package.
/* eslint-disable @n8n/community-nodes/no-restricted-imports */
import { crc32 } from 'node:zlib';

/** Telephone-quality audio: 8 kHz, mono, 16-bit PCM, like a call recording. */
const sampleRate = 8000;
const bytesPerSample = 2;
const headerBytes = 44;
const toneHz = 400;

/**
 * One buffer of whole tone periods (a 400 Hz period is exactly 20 samples at 8 kHz), so any amount
 * of audio is this block repeated: recordings of hundreds of MB stream without being built.
 */
const toneBlock = (() => {
	const samplesPerPeriod = sampleRate / toneHz;
	const samples = samplesPerPeriod * 1600;
	const block = Buffer.alloc(samples * bytesPerSample);
	for (let index = 0; index < samples; index++) {
		const value = Math.round(Math.sin((2 * Math.PI * index) / samplesPerPeriod) * 8000);
		block.writeInt16LE(value, index * bytesPerSample);
	}
	return block;
})();

/** Size in bytes of a WAV file holding `seconds` of audio. */
export function wavSizeForSeconds(seconds: number): number {
	return headerBytes + Math.max(1, Math.round(seconds * sampleRate)) * bytesPerSample;
}

/** Rounds a wanted file size to a valid WAV size (whole samples, at least one). */
export function validWavSize(bytes: number): number {
	const dataBytes = Math.max(bytesPerSample, bytes - headerBytes);
	return headerBytes + dataBytes - (dataBytes % bytesPerSample);
}

function wavHeader(totalBytes: number): Buffer {
	const dataBytes = totalBytes - headerBytes;
	const header = Buffer.alloc(headerBytes);
	header.write('RIFF', 0, 'ascii');
	header.writeUInt32LE(totalBytes - 8, 4);
	header.write('WAVE', 8, 'ascii');
	header.write('fmt ', 12, 'ascii');
	header.writeUInt32LE(16, 16);
	header.writeUInt16LE(1, 20); // PCM
	header.writeUInt16LE(1, 22); // mono
	header.writeUInt32LE(sampleRate, 24);
	header.writeUInt32LE(sampleRate * bytesPerSample, 28);
	header.writeUInt16LE(bytesPerSample, 32);
	header.writeUInt16LE(bytesPerSample * 8, 34);
	header.write('data', 36, 'ascii');
	header.writeUInt32LE(dataBytes, 40);
	return header;
}

/** The bytes of a WAV file of exactly `totalBytes` (a valid size), in chunks of at most ~64 KB. */
export function* wavChunks(totalBytes: number): Generator<Buffer> {
	yield wavHeader(totalBytes);
	let remaining = totalBytes - headerBytes;
	while (remaining > 0) {
		const chunk = remaining >= toneBlock.length ? toneBlock : toneBlock.subarray(0, remaining);
		remaining -= chunk.length;
		yield chunk;
	}
}

export function wavBuffer(totalBytes: number): Buffer {
	return Buffer.concat([...wavChunks(totalBytes)]);
}

const crcBySize = new Map<number, number>();

/** CRC-32 of the WAV of a size: computed once per size, since the content depends only on it. */
export function wavCrc32(totalBytes: number): number {
	let crc = crcBySize.get(totalBytes);
	if (crc === undefined) {
		crc = 0;
		for (const chunk of wavChunks(totalBytes)) crc = crc32(chunk, crc);
		crcBySize.set(totalBytes, crc);
	}
	return crc;
}
