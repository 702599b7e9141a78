// Reads one file of content/ for validate and the build, refusing what a pull request could smuggle in: a symbolic
// link (to /proc/self/environ, to a secret), a device or FIFO (/dev/zero grows forever, a FIFO never ends), or a
// file too large to be content. The size is checked before anything is parsed.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { problem, type Problem } from './problem.ts';

export type ContentRead = { text: string } | { problem: Problem };

const mb = (bytes: number) => `${(bytes / 1_000_000).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;

// One buffer kept between files: a buffer per file cost the build's main thread 0.6 s at 10,000 reports.
let buffer = Buffer.allocUnsafe(64 * 1024);

/**
 * The UTF-8 text of `path`, or the problem that stops it being read. Never follows a link at the file's own name
 * (folders are listed without following links, see load.ts), never blocks on a FIFO, never reads more than
 * `maxBytes` + 1 bytes whatever the file claims its size is.
 */
export function readContentFile(path: string, file: string, maxBytes: number): ContentRead {
  const refuse = (message: string): ContentRead => ({ problem: problem(file, message) });
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP')
      return refuse('tệp là một liên kết (symbolic link), không phải tệp thật; hãy đưa chính tệp vào content/ (links under content/ are refused: commit the file itself)');
    return refuse(`không đọc được tệp (${code ?? 'lỗi'}); kiểm tra tệp còn đó và đọc được (the file cannot be read)`);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile())
      return refuse('đây không phải tệp thường (thư mục, thiết bị hay ống dẫn); xóa nó khỏi content/ (not a regular file: only plain files are read under content/)');
    if (stats.size > maxBytes)
      return refuse(`tệp lớn ${mb(stats.size)} (${stats.size} byte), quá giới hạn ${mb(maxBytes)}; bỏ ảnh hoặc chia nhỏ tệp (the file is ${stats.size} bytes; at most ${maxBytes} are read)`);
    // Read at most one byte past the limit: a file whose size lies (as /proc files do) is still bounded.
    let length = 0;
    for (;;) {
      // Room for the file and one byte more, or twice as much when it outgrows its size; never past the limit.
      const room = Math.min(maxBytes + 1, Math.max(stats.size + 1, length === buffer.length ? length * 2 : 0));
      if (buffer.length < room) {
        const larger = Buffer.allocUnsafe(room);
        buffer.copy(larger, 0, 0, length);
        buffer = larger;
      }
      const n = readSync(fd, buffer, length, Math.min(buffer.length, maxBytes + 1) - length, null);
      if (n === 0) break;
      length += n;
      if (length > maxBytes) return refuse(`tệp lớn hơn giới hạn ${mb(maxBytes)}; bỏ ảnh hoặc chia nhỏ tệp (the file is larger than ${maxBytes} bytes)`);
    }
    return { text: buffer.toString('utf8', 0, length) };
  } finally {
    closeSync(fd);
  }
}
