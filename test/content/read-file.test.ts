// readContentFile: each file read whole and alone, though one buffer serves every read; sizes that lie stay bounded.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { readContentFile } from '../../src/lib/content/read-file.ts';
import { tempDir } from '../helpers/temp.ts';

test('files read one after another come back whole, none carrying bytes of the one before', () => {
	const dir = tempDir('so-ket-read-');
	const texts = ['Đảng ủy xã '.repeat(20_000), 'Ngắn.', 'Bài học kinh nghiệm. '.repeat(4_000), ''];
	texts.forEach((text, i) => {
		writeFileSync(join(dir, `${i}.mdx`), text);
		expect(readContentFile(join(dir, `${i}.mdx`), `${i}.mdx`, 1_000_000)).toEqual({ text });
	});
});

test('a file whose size says 0 (as /proc files do) is read whole, and refused past the limit', () => {
	const read = readContentFile('/proc/self/status', 'status', 1_000_000);
	expect('text' in read && read.text).toMatch(/^Name:[\s\S]*\nPid:/);
	const long = readContentFile('/proc/self/status', 'status', 100);
	expect(long).toMatchObject({ problem: { message: expect.stringMatching(/^tệp lớn hơn giới hạn/) } });
});
