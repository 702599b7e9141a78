// How many bytes a .docx (a zip) unpacks to, measured by actually inflating each entry with a hard cap, before the
// Word converter unpacks it: a 292 KB file can hold hundreds of MB of XML and would exhaust memory mid-batch.
// Declared sizes in the zip's directory can lie, so they are not trusted; the cap on inflation is what bounds the work.
import { inflateRawSync } from 'node:zlib';

/** Most bytes a Word report may unpack to: its XML, styles and (dropped) pictures together. */
export const MAX_DOCX_UNPACKED_BYTES = 30_000_000;
/** Most entries a Word report's zip may hold. */
const MAX_ENTRIES = 2_000;

export class ZipTooLargeError extends Error {}

/**
 * Throws ZipTooLargeError when the zip in `bytes` unpacks to more than `limit` bytes or holds too many entries;
 * returns the unpacked size otherwise. A zip it cannot walk is left to the converter, which reports it as damaged.
 */
export function unpackedSize(bytes: Buffer, limit = MAX_DOCX_UNPACKED_BYTES): number {
  const eocd = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0 || eocd + 22 > bytes.length) return 0;
  const entries = bytes.readUInt16LE(eocd + 10);
  if (entries > MAX_ENTRIES) throw new ZipTooLargeError(`${entries} entries`);
  let at = bytes.readUInt32LE(eocd + 16);
  let total = 0;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== 0x02014b50) return total;
    const method = bytes.readUInt16LE(at + 10);
    const compressed = bytes.readUInt32LE(at + 20);
    const declared = bytes.readUInt32LE(at + 24);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const local = bytes.readUInt32LE(at + 42);
    at += 46 + nameLength + extraLength + commentLength;
    if (declared > limit - total) throw new ZipTooLargeError(`${total + declared} bytes declared`);
    if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== 0x04034b50) continue;
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const data = bytes.subarray(start, Math.min(bytes.length, start + compressed));
    if (method === 0) total += data.length;
    else if (method === 8) {
      try {
        total += inflateRawSync(data, { maxOutputLength: Math.max(1, limit - total) }).length;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) throw new ZipTooLargeError(`more than ${limit} bytes`);
        // A damaged entry is the converter's to report.
      }
    }
    if (total > limit) throw new ZipTooLargeError(`${total} bytes`);
  }
  return total;
}
