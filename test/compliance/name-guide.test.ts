import { expect, test } from 'vitest';
import { nameGuide, rosterGuide } from '../../src/lib/compliance/name-guide.ts';
import { paginate } from '../../src/lib/compliance/table-pages.ts';

const names = ['An Lão', 'Ân Nghĩa', 'Bắc Sơn', 'Bình Minh', 'Đông Hòa', 'Yên Bình', 'Yên Lạc'];

test('each page is named by its first and last name, the last page by what is left', () => {
	expect(nameGuide(names, 3)).toEqual([
		{ number: 1, first: 'An Lão', last: 'Bắc Sơn' },
		{ number: 2, first: 'Bình Minh', last: 'Yên Bình' },
		{ number: 3, first: 'Yên Lạc', last: 'Yên Lạc' },
	]);
});

test('the guide cuts the list where the pages are cut, so each page holds the names between its guide names', () => {
	for (const size of [1, 2, 3, 4, 6]) {
		const pages = paginate(names, size);
		const guide = nameGuide(names, size);
		expect(guide.map((g) => g.number)).toEqual(pages.map((p) => p.number));
		for (const [i, page] of pages.entries()) {
			expect(guide[i]!.first).toBe(page.rows[0]);
			expect(guide[i]!.last).toBe(page.rows.at(-1));
		}
	}
});

test('a list of one page has no guide', () => {
	expect(nameGuide(names, 7)).toEqual([]);
	expect(nameGuide(names, 300)).toEqual([]);
	expect(nameGuide([], 3)).toEqual([]);
});

test('rows in roster order have a guide within one tier, none across tiers (the names restart at each tier)', () => {
	const row = (name: string, tier: string) => ({ unit: { name, tier } });
	const communes = names.map((name) => row(name, 'co-so'));
	expect(rosterGuide(communes, 3)).toEqual(nameGuide(names, 3));
	expect(rosterGuide([row('Huyện ủy Yên Lạc', 'huyen'), ...communes], 3)).toEqual([]);
	expect(rosterGuide(communes, 7)).toEqual([]);
});
