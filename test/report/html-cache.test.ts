// Report HTML on disk in packs: appended whole, read back by place, checked before reuse, compacted when mostly
// dead, pruned when no report refers to a pack, along with anything else in the folder.
import { existsSync, mkdirSync, readdirSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import {
	compactPacks,
	holdsHtml,
	HtmlPackWriter,
	pruneHtml,
	readHtml,
	type HtmlRef,
} from '../../src/lib/report/html-cache.ts';
import { tempDir } from '../helpers/temp.ts';

const dir = () => join(tempDir('so-ket-html-'), 'html');
const live = (refs: readonly HtmlRef[]) => refs.reduce((sum, r) => sum + r.bytes, 0);
const packBytes = (d: string) => readdirSync(d).reduce((sum, name) => sum + statSync(join(d, name)).size, 0);

test('reports appended in batches are read back whole, from one pack file for the writer', () => {
	const d = dir();
	const pack = new HtmlPackWriter(d);
	const first = pack.append(['<p>Bài học</p>', '', `<p>${'đối thoại '.repeat(20_000)}</p>`]);
	const second = pack.append(['<p>Đảng ủy</p>']);
	expect([...first, ...second].map(readHtml)).toEqual([
		'<p>Bài học</p>',
		'',
		`<p>${'đối thoại '.repeat(20_000)}</p>`,
		'<p>Đảng ủy</p>',
	]);
	expect(readdirSync(d)).toHaveLength(1);
	expect(second[0]!.offset).toBe(live(first));
});

test('a written range never changes: appending more leaves what was read before as it was', () => {
	const d = dir();
	const pack = new HtmlPackWriter(d);
	const [old] = pack.append(['<p>cũ</p>']);
	pack.append([`<p>${'mới '.repeat(100_000)}</p>`]);
	expect(readHtml(old!)).toBe('<p>cũ</p>');
	// Two writers never share a pack.
	expect(new HtmlPackWriter(d).file).not.toBe(pack.file);
});

test('a pack removed while its writer still appends (another build pruned it) stops the writer instead of misplacing HTML', () => {
	const d = dir();
	const pack = new HtmlPackWriter(d);
	pack.append(['<p>Báo cáo của đơn vị số 001</p>', '<p>Báo cáo của đơn vị số 002</p>']);
	pruneHtml(d, new Set());
	expect(() => pack.append(['<p>Báo cáo của đơn vị số 003</p>'])).toThrow(/vừa bị một lệnh khác xóa hoặc sửa/);
	// Nor is a pack grown by someone else appended to as if it were still the writer's own.
	const other = new HtmlPackWriter(d);
	other.append(['<p>một</p>']);
	writeFileSync(other.file, '<p>khác</p>', { flag: 'a' });
	expect(() => other.append(['<p>hai</p>'])).toThrow(/vừa bị một lệnh khác xóa hoặc sửa/);
});

test('a place is reused only when it is a pack of this folder that still holds the range', () => {
	const d = dir();
	const [ref] = new HtmlPackWriter(d).append(['<p>Bài học kinh nghiệm</p>']);
	expect(holdsHtml(d, ref)).toBe(true);
	expect(holdsHtml(d, undefined)).toBe(false);
	expect(holdsHtml(dir(), ref)).toBe(false); // another project's cache
	expect(holdsHtml(d, { ...ref!, bytes: ref!.bytes + 1 })).toBe(false);
	expect(holdsHtml(d, { ...ref!, file: join(d, '..', 'x.pack') })).toBe(false);
	writeFileSync(join(d, 'notes.txt'), 'x'.repeat(100));
	expect(holdsHtml(d, { ...ref!, file: join(d, 'notes.txt') })).toBe(false);
	truncateSync(ref!.file, 3);
	expect(holdsHtml(d, ref)).toBe(false);
});

test('a pack cut short while a site is built stops the build with what to do, in Vietnamese first', () => {
	const d = dir();
	const [ref] = new HtmlPackWriter(d).append(['<p>Bài học kinh nghiệm</p>']);
	truncateSync(ref!.file, 5);
	expect(() => readHtml(ref!)).toThrow(/bản HTML đã lưu của một báo cáo bị thiếu.*hãy xóa thư mục bộ nhớ đệm/);
});

test('a pack mostly holding HTML no report refers to has its live reports copied to a new one', () => {
	const d = dir();
	const pack = new HtmlPackWriter(d);
	const refs = pack.append(['<p>một</p>', `<p>${'hai '.repeat(1000)}</p>`, '<p>ba</p>']);
	// Only the first and last are still referred to: far less than half of the pack.
	const kept = [refs[0]!, refs[2]!];
	const moved = compactPacks(d, kept);
	expect(moved.size).toBe(2);
	for (const ref of kept) {
		expect(moved.get(ref)!.file).not.toBe(pack.file);
		expect(readHtml(moved.get(ref)!)).toBe(readHtml(ref));
	}
	expect(pruneHtml(d, new Set([...moved.values()].map((r) => r.file)))).toBe(1);
	expect(packBytes(d)).toBe(live(kept));
	// A pack still at least half alive stays as it is.
	expect(compactPacks(d, [...moved.values()]).size).toBe(0);
	const mostlyAlive = new HtmlPackWriter(d).append([`<p>${'dài '.repeat(100)}</p>`, '<p>ngắn</p>']);
	expect(compactPacks(d, [mostlyAlive[0]!]).size).toBe(0);
});

test('pruning keeps the packs still referred to and removes the rest, files of the old layout and folders too', () => {
	const d = dir();
	const [keep] = new HtmlPackWriter(d).append(['a']);
	const [gone] = new HtmlPackWriter(d).append(['b']);
	readHtml(gone!); // an open pack is closed when it goes
	writeFileSync(join(d, '0000d1524a8ec339.html'), '<p>one file per report</p>');
	mkdirSync(join(d, 'stray', 'inside'), { recursive: true });
	expect(pruneHtml(d, new Set([keep!.file]))).toBe(3);
	expect([existsSync(keep!.file), existsSync(gone!.file), existsSync(join(d, 'stray'))]).toEqual([true, false, false]);
	expect(readHtml(keep!)).toBe('a');
	expect(pruneHtml(join(d, 'missing'), new Set())).toBe(0);
});
