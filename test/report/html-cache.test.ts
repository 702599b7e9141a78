// Report HTML on disk by digest: written whole, kept inside its folder, pruned when no report refers to it, along with anything else in the folder.
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect, test } from 'vitest';
import { htmlPath, pruneHtml, writeHtml } from '../../src/lib/report/html-cache.ts';
import { tempDir } from '../helpers/temp.ts';

const dir = () => join(tempDir('so-ket-html-'), 'html');

test('a written report is read back whole, under its digest, with no temporary file left', () => {
	const d = dir();
	const path = writeHtml(d, 'abc123', '<p>Bài học</p>');
	expect(path).toBe(htmlPath(d, 'abc123'));
	expect(readFileSync(path, 'utf8')).toBe('<p>Bài học</p>');
	expect(readdirSync(d)).toEqual(['abc123.html']);
});

test('a digest cannot name a file outside the folder', () => {
	const d = dir();
	for (const digest of ['../../etc/passwd', 'a/b', '..', 'x\\y']) expect(dirname(htmlPath(d, digest))).toBe(d);
});

test('pruning keeps the files still referred to and removes the rest', () => {
	const d = dir();
	const keep = writeHtml(d, 'keep', 'a');
	const gone = writeHtml(d, 'gone', 'b');
	mkdirSync(join(d, 'stray', 'inside'), { recursive: true });
	expect(pruneHtml(d, new Set([keep]))).toBe(2);
	expect([existsSync(keep), existsSync(gone), existsSync(join(d, 'stray'))]).toEqual([true, false, false]);
	expect(pruneHtml(join(d, 'missing'), new Set())).toBe(0);
});

test('a rewrite replaces the file whole instead of writing into it (atomic: a reader never sees half of the new HTML)', () => {
	const d = dir();
	const path = writeHtml(d, 'abc123', '<p>cũ</p>');
	// A second name for the old file: a write into the file in place would change what it holds too.
	const reader = join(d, '..', 'reader.html');
	linkSync(path, reader);
	const before = statSync(path).ino;
	writeHtml(d, 'abc123', `<p>${'mới '.repeat(100_000)}</p>`);
	expect(readFileSync(reader, 'utf8')).toBe('<p>cũ</p>');
	expect(statSync(path).ino).not.toBe(before);
	expect(readFileSync(path, 'utf8')).toBe(`<p>${'mới '.repeat(100_000)}</p>`);
	expect(readdirSync(d)).toEqual(['abc123.html']);
});
