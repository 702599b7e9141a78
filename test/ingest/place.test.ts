import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { lstat, mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
	InvalidIdError,
	ReportExistsError,
	ReportTooLargeError,
	UnsafePathError,
	canonicalPath,
	placeReport,
} from '../../src/lib/ingest/place.ts';
import { MAX_REPORT_BYTES } from '../../src/lib/ingest/limits.ts';

let root: string;
let content: string;
const campaign = 'so-ket-kl-120-2021';
const unit = 'xa-an-binh';
const OLD = '---\ntitle: bản cũ\n---\nNội dung cũ\n';
const NEW = '---\ntitle: bản mới\n---\nNội dung mới\n';
const NOW = new Date('2021-05-15T08:30:00.000Z');

beforeEach(async () => {
	root = await mkdtemp(join(tmpdir(), 'so-ket-place-'));
	content = join(root, 'content');
	await mkdir(content);
});
afterEach(() => rm(root, { recursive: true, force: true }));

const campaignDir = () => join(content, 'reviews', campaign);
const target = () => join(campaignDir(), `${unit}.mdx`);
const place = (text: string, replace: boolean, now = NOW) =>
	placeReport({ contentDir: content, campaign, unit, text, replace, now });

describe('canonicalPath', () => {
	test('builds <content>/reviews/<campaign>/<unit>.mdx', () => {
		expect(canonicalPath('/srv/content', campaign, unit)).toBe(`/srv/content/reviews/${campaign}/${unit}.mdx`);
	});

	test.each([
		['unit', '../x'],
		['unit', 'x/../../etc'],
		['unit', '/etc/passwd'],
		['unit', 'Xa-An-Binh'],
		['unit', 'xã-an-bình'],
		['unit', 'xa--an'],
		['unit', '-xa'],
		['unit', 'xa-'],
		['unit', ''],
		['unit', '.'],
		['unit', 'xa an binh'],
		['campaign', '..'],
		['campaign', 'a\\b'],
	] as const)('refuses the %s id %j', (kind, value) => {
		const call = () =>
			kind === 'unit' ? canonicalPath(content, campaign, value) : canonicalPath(content, value, unit);
		expect(call).toThrow(InvalidIdError);
		expect(call).toThrow(expect.objectContaining({ kind, value }));
	});
});

describe('placeReport', () => {
	test('creates the campaign folder and writes a new report', async () => {
		expect(await place(NEW, false)).toEqual({ path: target() });
		expect(await readFile(target(), 'utf8')).toBe(NEW);
		expect(await readdir(campaignDir())).toEqual([`${unit}.mdx`]); // no temp file left behind
	});

	test('never overwrites an existing report unless asked', async () => {
		await place(OLD, false);
		const error = await place(NEW, false).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ReportExistsError);
		expect((error as ReportExistsError).path).toBe(target());
		expect((error as Error).message).toContain(target());
		expect(await readFile(target(), 'utf8')).toBe(OLD);
		expect(await readdir(campaignDir())).toEqual([`${unit}.mdx`]);
	});

	test('of ingests placing the same unit at once, exactly one writes and the others are refused (a plain rename lets each overwrite)', async () => {
		// All pass the "no report yet" check before any has written: only the exclusive link keeps the first one's report.
		const texts = Array.from({ length: 8 }, (_, i) => NEW.replace('Nội dung mới', `Nội dung ${i}`));
		const results = await Promise.allSettled(texts.map((text) => place(text, false)));
		const placed = results.flatMap((r, i) => (r.status === 'fulfilled' ? [texts[i]] : []));
		expect(placed).toHaveLength(1);
		for (const r of results) if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(ReportExistsError);
		expect(await readFile(target(), 'utf8')).toBe(placed[0]);
		expect(await readdir(campaignDir())).toEqual([`${unit}.mdx`]);
	});

	test('replacing keeps the previous version in .history with identical bytes', async () => {
		const oldBytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Bµi\r\n', 'latin1')]); // bytes, not text, must survive
		await mkdir(campaignDir(), { recursive: true });
		await writeFile(target(), oldBytes);
		const placed = await place(NEW, true);
		const previous = join(campaignDir(), '.history', `${unit}.2021-05-15T08-30-00.000Z.mdx`);
		expect(placed).toEqual({ path: target(), previous });
		expect(await readFile(previous)).toEqual(oldBytes);
		expect(await readFile(target(), 'utf8')).toBe(NEW);
		expect((await readdir(campaignDir())).sort()).toEqual(['.history', `${unit}.mdx`]);
	});

	test('two replacements at the same instant keep both previous versions', async () => {
		await place('v1', false);
		const first = await place('v2', true);
		const second = await place('v3', true);
		expect(second.previous).toBe(join(campaignDir(), '.history', `${unit}.2021-05-15T08-30-00.000Z-1.mdx`));
		expect(await readFile(first.previous ?? '', 'utf8')).toBe('v1');
		expect(await readFile(second.previous ?? '', 'utf8')).toBe('v2');
		expect(await readFile(target(), 'utf8')).toBe('v3');
	});

	test('a report saved as <unit>.md counts as existing (the site reads both)', async () => {
		await mkdir(campaignDir(), { recursive: true });
		await writeFile(join(campaignDir(), `${unit}.md`), OLD);
		await expect(place(NEW, true)).rejects.toThrow(ReportExistsError);
		await expect(lstat(target())).rejects.toThrow(/ENOENT/);
	});

	test('refuses a symlinked campaign folder and writes nothing through it', async () => {
		const elsewhere = join(root, 'elsewhere');
		await mkdir(elsewhere);
		await mkdir(join(content, 'reviews'));
		await symlink(elsewhere, campaignDir());
		await expect(place(NEW, false)).rejects.toThrow(UnsafePathError);
		expect(await readdir(elsewhere)).toEqual([]);
	});

	test('refuses a symlinked reviews folder', async () => {
		const elsewhere = join(root, 'elsewhere');
		await mkdir(elsewhere);
		await symlink(elsewhere, join(content, 'reviews'));
		await expect(place(NEW, false)).rejects.toThrow(/symbolic link/);
		expect(await readdir(elsewhere)).toEqual([]);
	});

	test.each([false, true])(
		'refuses a report path that is a symlink (replace: %s) and leaves its target alone',
		async (replace) => {
			const outside = join(root, 'outside.txt');
			await writeFile(outside, 'secret');
			await mkdir(campaignDir(), { recursive: true });
			await symlink(outside, target());
			await expect(place(NEW, replace)).rejects.toThrow(UnsafePathError);
			expect(await readFile(outside, 'utf8')).toBe('secret');
			expect((await lstat(target())).isSymbolicLink()).toBe(true);
		}
	);

	test('refuses a symlinked .history folder and keeps the current report', async () => {
		const elsewhere = join(root, 'elsewhere');
		await mkdir(elsewhere);
		await place(OLD, false);
		await symlink(elsewhere, join(campaignDir(), '.history'));
		await expect(place(NEW, true)).rejects.toThrow(UnsafePathError);
		expect(await readFile(target(), 'utf8')).toBe(OLD);
		expect(await readdir(elsewhere)).toEqual([]);
		expect((await readdir(campaignDir())).sort()).toEqual(['.history', `${unit}.mdx`]); // the temp file was removed
	});

	test('refuses "../x" as a unit without touching the disk', async () => {
		await expect(
			placeReport({ contentDir: content, campaign, unit: '../x', text: NEW, replace: true })
		).rejects.toThrow(InvalidIdError);
		expect(await readdir(content)).toEqual([]);
	});

	test('refuses a report over the size limit', async () => {
		await expect(place('ạ'.repeat(MAX_REPORT_BYTES / 3 + 1), false)).rejects.toThrow(ReportTooLargeError);
		expect(await readdir(content)).toEqual([]);
	});
});
