// readContentFile: each file read whole and alone, though one buffer serves every read; sizes that lie stay bounded.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, vi } from 'vitest';
import { readContentFile } from '../../src/lib/content/read-file.ts';
import { tempDir } from '../helpers/temp.ts';

// Files named *.says-0 report a size of 0, as /proc files do, whatever they hold.
const { claimsZero } = vi.hoisted(() => ({ claimsZero: new Set<number>() }));
vi.mock('node:fs', async (importOriginal) => {
	const fs = await importOriginal<typeof import('node:fs')>();
	return {
		...fs,
		openSync: (...args: Parameters<typeof fs.openSync>) => {
			const fd = fs.openSync(...args);
			if (String(args[0]).endsWith('.says-0')) claimsZero.add(fd);
			else claimsZero.delete(fd);
			return fd;
		},
		fstatSync: (fd: number) => {
			const stats = fs.fstatSync(fd);
			return claimsZero.has(fd) ? Object.assign(Object.create(Object.getPrototypeOf(stats)), stats, { size: 0 }) : stats;
		},
	};
});

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

test('a file larger than its reported size, and than any read before, is read whole, and refused past the limit', () => {
	const dir = tempDir('so-ket-read-');
	const text = 'Kết luận số 120-KL/TW. '.repeat(30_000);
	writeFileSync(join(dir, 'lon.says-0'), text);
	expect(readContentFile(join(dir, 'lon.says-0'), 'lon', 2_000_000)).toEqual({ text });
	const bytes = Buffer.byteLength(text);
	expect(readContentFile(join(dir, 'lon.says-0'), 'lon', bytes - 1)).toMatchObject({
		problem: { message: expect.stringMatching(/^tệp lớn hơn giới hạn/) },
	});
	expect(readContentFile(join(dir, 'lon.says-0'), 'lon', bytes)).toEqual({ text });
});
