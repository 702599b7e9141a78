// How many bytes a .docx (a zip) unpacks to, measured by actually inflating each entry with a hard cap, before the
// Word converter unpacks it: a 292 KB file can hold hundreds of MB of XML and would exhaust memory mid-batch.
// Declared sizes in the zip's directory can lie, so they are not trusted; the cap on inflation is what bounds the work.
// fflate, not node:zlib: the send page runs this same check in the browser.
import { Inflate } from 'fflate';

/** Most bytes a Word report may unpack to: its XML, styles and (dropped) pictures together. */
export const MAX_DOCX_UNPACKED_BYTES = 30_000_000;
/** Most entries a Word report's zip may hold. */
const MAX_ENTRIES = 2_000;

export class ZipTooLargeError extends Error {}

/**
 * Throws ZipTooLargeError when the zip in `bytes` unpacks to more than `limit` bytes or holds too many entries;
 * returns the unpacked size otherwise. A zip it cannot walk is left to the converter, which reports it as damaged.
 */
export function unpackedSize(bytes: Uint8Array, limit = MAX_DOCX_UNPACKED_BYTES): number {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const u16 = (at: number) => view.getUint16(at, true);
	const u32 = (at: number) => view.getUint32(at, true);
	let eocd = bytes.length - 22;
	while (eocd >= 0 && u32(eocd) !== 0x06054b50) eocd--;
	if (eocd < 0) return 0;
	const entries = u16(eocd + 10);
	if (entries > MAX_ENTRIES) throw new ZipTooLargeError(`${entries} entries`);
	let at = u32(eocd + 16);
	let total = 0;
	for (let i = 0; i < entries; i++) {
		if (at + 46 > bytes.length || u32(at) !== 0x02014b50) return total;
		const method = u16(at + 10);
		const compressed = u32(at + 20);
		const declared = u32(at + 24);
		const nameLength = u16(at + 28);
		const extraLength = u16(at + 30);
		const commentLength = u16(at + 32);
		const local = u32(at + 42);
		at += 46 + nameLength + extraLength + commentLength;
		if (declared > limit - total) throw new ZipTooLargeError(`${total + declared} bytes declared`);
		if (local + 30 > bytes.length || u32(local) !== 0x04034b50) continue;
		const start = local + 30 + u16(local + 26) + u16(local + 28);
		const data = bytes.subarray(start, Math.min(bytes.length, start + compressed));
		if (method === 0) total += data.length;
		else if (method === 8) {
			total += inflatedSize(data, limit - total);
		}
		if (total > limit) throw new ZipTooLargeError(`${total} bytes`);
	}
	return total;
}

/** Inflates raw DEFLATE data in small steps, counting its output and stopping as soon as it passes `room` bytes. */
function inflatedSize(data: Uint8Array, room: number): number {
	let size = 0;
	const inflate = new Inflate((chunk) => {
		size += chunk.length;
		if (size > room) throw new ZipTooLargeError(`more than ${room} bytes`);
	});
	// 4 KB of input inflates to at most about 4 MB, so memory stays bounded whatever the file claims.
	const STEP = 4096;
	try {
		for (let i = 0; i < data.length; i += STEP) inflate.push(data.subarray(i, i + STEP), i + STEP >= data.length);
	} catch (error) {
		if (error instanceof ZipTooLargeError) throw error;
		// A damaged entry is the converter's to report.
	}
	return size;
}
