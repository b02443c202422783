// Dev tooling for the iCall sandbox: never ships in the n8n package.

/** One file of a ZIP whose bytes are produced on demand and whose CRC-32 is known beforehand. */
export interface ZipEntry {
	name: string;
	size: number;
	crc32: number;
	chunks: () => Iterable<Buffer>;
}

const localHeaderBytes = 30;
const centralHeaderBytes = 46;
const endRecordBytes = 22;
// 2024-01-01 00:00:00 in MS-DOS format: a fixed stamp keeps archives byte-identical run to run.
const dosTime = 0;
const dosDate = ((2024 - 1980) << 9) | (1 << 5) | 1;

/** Exact archive size, so the answer can carry Content-Length. */
export function zipSize(entries: readonly ZipEntry[]): number {
	return entries.reduce(
		(total, entry) => total + localHeaderBytes + centralHeaderBytes + 2 * Buffer.byteLength(entry.name) + entry.size,
		endRecordBytes,
	);
}

/**
 * A ZIP of "stored" (uncompressed) entries, yielded piece by piece: recordings are already audio,
 * and with CRCs known up front the local headers are complete, so no data descriptors are needed
 * and the archive is never held in memory (benchmarks ask for ~200 MB). No ZIP64: entries and the
 * archive stay below 4 GB and 65 535 files.
 */
export function* zipChunks(entries: readonly ZipEntry[]): Generator<Buffer> {
	if (entries.length > 0xffff || zipSize(entries) > 0xffffffff) throw new Error('zip-stream: archive too large without ZIP64');
	const central: Buffer[] = [];
	let offset = 0;
	for (const entry of entries) {
		const name = Buffer.from(entry.name, 'utf8');
		const local = Buffer.alloc(localHeaderBytes);
		local.writeUInt32LE(0x04034b50, 0);
		writeCommonFields(local, 4, entry, name.length);
		yield Buffer.concat([local, name]);
		for (const chunk of entry.chunks()) yield chunk;

		const header = Buffer.alloc(centralHeaderBytes);
		header.writeUInt32LE(0x02014b50, 0);
		header.writeUInt16LE(20, 4); // made by: version 2.0
		writeCommonFields(header, 6, entry, name.length);
		header.writeUInt32LE(offset, 42); // where the local header starts
		central.push(header, name);
		offset += localHeaderBytes + name.length + entry.size;
	}
	const directory = Buffer.concat(central);
	const end = Buffer.alloc(endRecordBytes);
	end.writeUInt32LE(0x06054b50, 0);
	end.writeUInt16LE(entries.length, 8);
	end.writeUInt16LE(entries.length, 10);
	end.writeUInt32LE(directory.length, 12);
	end.writeUInt32LE(offset, 16);
	yield Buffer.concat([directory, end]);
}

/** Fields shared by local and central headers, from "version needed" to "extra field length". */
function writeCommonFields(buffer: Buffer, at: number, entry: ZipEntry, nameLength: number): void {
	buffer.writeUInt16LE(10, at); // version needed: 1.0 (stored)
	buffer.writeUInt16LE(0x0800, at + 2); // flags: names are UTF-8
	buffer.writeUInt16LE(0, at + 4); // method: stored
	buffer.writeUInt16LE(dosTime, at + 6);
	buffer.writeUInt16LE(dosDate, at + 8);
	buffer.writeUInt32LE(entry.crc32 >>> 0, at + 10);
	buffer.writeUInt32LE(entry.size, at + 14);
	buffer.writeUInt32LE(entry.size, at + 18);
	buffer.writeUInt16LE(nameLength, at + 22);
	buffer.writeUInt16LE(0, at + 24);
}
