import { describe, expect, test } from 'vitest';
import type { CatalogEntry, TierGroup } from '../../src/lib/lessons/catalog.ts';
import {
	lessonPagePath,
	lessonPages,
	lessonsPerPageFromEnv,
	pageCount,
	pagerNumbers,
	sampleEntries,
	themeKey,
	themeName,
} from '../../src/lib/lessons/pages.ts';
import type { Tier, Unit } from '../../src/lib/model.ts';

const entry = (unit: string, index: number, repeat = false): CatalogEntry => ({
	unit: { id: unit, name: unit } as Unit,
	lesson: { index, text: `${unit}${index}`, line: index },
	anchor: undefined,
	repeat,
});
const tier = (id: string) => ({ id, name: id }) as Tier;
const talk = { id: 'doi-thoai', name: 'Đối thoại', phrases: ['đối thoại'] };
const ids = (entries: CatalogEntry[]) => entries.map((e) => e.lesson.text);

describe('lessonPages', () => {
	const catalog: TierGroup[] = [
		{ tier: tier('huyen'), lessons: 1, reports: 1, themes: [{ theme: null, entries: [entry('h', 1)] }] },
		{
			tier: tier('xa'),
			lessons: 5,
			reports: 2,
			themes: [
				{ theme: talk, entries: [1, 2, 3, 4, 5].map((i) => entry('a', i)) },
				{ theme: null, entries: [entry('b', 1)] },
			],
		},
	];

	test("one series per tier and theme, in the catalog's order, cut every `size` lessons with nothing lost or repeated", () => {
		const pages = lessonPages(catalog, 2);
		expect(
			pages.map((p) => [p.tier.id, themeKey(p.theme), p.number, p.pages, p.total, p.offset, ids(p.entries)])
		).toEqual([
			['huyen', 'khac', 1, 1, 1, 0, ['h1']],
			['xa', 'doi-thoai', 1, 3, 5, 0, ['a1', 'a2']],
			['xa', 'doi-thoai', 2, 3, 5, 2, ['a3', 'a4']],
			['xa', 'doi-thoai', 3, 3, 5, 4, ['a5']],
			['xa', 'khac', 1, 1, 1, 0, ['b1']],
		]);
	});

	test('a group that fits is one page; the default size is 500', () => {
		expect(lessonPages(catalog).map((p) => p.pages)).toEqual([1, 1, 1]);
		expect(pageCount(500)).toBe(1);
		expect(pageCount(501)).toBe(2);
		expect(pageCount(0)).toBe(1);
		expect(() => pageCount(3, 0)).toThrow(/at least 1/);
	});
});

test('paths: the first page at the theme, the others numbered below it', () => {
	expect(lessonPagePath('xa', 'doi-thoai')).toBe('xa/doi-thoai/');
	expect(lessonPagePath('xa', 'doi-thoai', 1)).toBe('xa/doi-thoai/');
	expect(lessonPagePath('xa', 'khac', 3)).toBe('xa/khac/3/');
});

test('the lessons of no theme are "Bài học khác", or "Các bài học" when the campaign names no theme', () => {
	expect(themeName(null, true)).toBe('Bài học khác');
	expect(themeName(null, false)).toBe('Các bài học');
	expect(themeName(talk, true)).toBe('Đối thoại');
});

test('the pager shows the ends and the neighbourhood of the current page, with gaps marked', () => {
	expect(pagerNumbers(1, 1)).toEqual([1]);
	expect(pagerNumbers(2, 4)).toEqual([1, 2, 3, 4]);
	expect(pagerNumbers(10, 120)).toEqual([1, null, 8, 9, 10, 11, 12, null, 120]);
	expect(pagerNumbers(1, 120)).toEqual([1, 2, 3, null, 120]);
	expect(pagerNumbers(120, 120)).toEqual([1, null, 118, 119, 120]);
});

test('samples spread over the group and prefer lessons not shown under an earlier theme', () => {
	const entries = ['a', 'b', 'c', 'd', 'e', 'f'].map((u, i) => entry(u, 1, i % 2 === 1));
	expect(ids(sampleEntries(entries, 2))).toEqual(['a1', 'c1']);
	expect(ids(sampleEntries(entries, 3))).toEqual(['a1', 'c1', 'e1']);
	expect(ids(sampleEntries(entries.slice(0, 2), 3))).toEqual(['a1', 'b1']);
	expect(ids(sampleEntries([entry('r', 1, true), entry('s', 1, true)], 1))).toEqual(['r1']);
});

test('a build may set another page size; anything but a whole number of at least 1 is refused', () => {
	expect(lessonsPerPageFromEnv({})).toBe(500);
	expect(lessonsPerPageFromEnv({ LESSONS_PER_PAGE: ' ' })).toBe(500);
	expect(lessonsPerPageFromEnv({ LESSONS_PER_PAGE: '10' })).toBe(10);
	for (const bad of ['0', '-5', '2.5', 'mười'])
		expect(() => lessonsPerPageFromEnv({ LESSONS_PER_PAGE: bad }), bad).toThrow(
			`biến môi trường LESSONS_PER_PAGE="${bad}" phải là một số nguyên`
		);
});
