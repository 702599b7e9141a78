import { expect, test } from 'vitest';
import { actionFirst, type ComplianceRow } from '../../src/lib/compliance/unit-compliance.ts';
import { STATUS_KEYS, statusKey } from '../../src/lib/compliance/status.ts';
import {
	complianceViewPath,
	complianceViews,
	pageSuffix,
	paginate,
	paginateGroups,
	tablePagePath,
	typeViewPath,
	UNITS_PER_PAGE,
	unitsPerPageFromEnv,
	parentViewPath,
} from '../../src/lib/compliance/table-pages.ts';
import type { Unit } from '../../src/lib/model.ts';

const statuses: ComplianceRow['overall'][] = [
	{ kind: 'on-time', date: '2021-04-29', daysEarly: 1 },
	{ kind: 'late', date: '2021-05-03', daysLate: 3 },
	{ kind: 'missing', daysOverdue: 20 },
	{ kind: 'not-yet-due', dueInDays: 5 },
];
/** `n` rows cycling through four statuses, as a campaign of n units. */
const rowsOf = (n: number): ComplianceRow[] =>
	Array.from({ length: n }, (_, i) => ({
		unit: { id: `u${i}`, name: `u${i}`, tier: 'co-so', type: 'x', campaign: 'c' } as Unit,
		deadlines: [],
		overall: statuses[i % 4]!,
		overallKind: 'review',
	}));

test('pages hold `size` rows each in order, the last the rest; together every row exactly once', () => {
	const rows = rowsOf(23);
	const pages = paginate(rows, 10);
	expect(pages.map((p) => p.rows.length)).toEqual([10, 10, 3]);
	expect(pages.map((p) => [p.number, p.pages, p.total, p.offset])).toEqual([
		[1, 3, 23, 0],
		[2, 3, 23, 10],
		[3, 3, 23, 20],
	]);
	expect(pages.flatMap((p) => p.rows)).toEqual(rows);
	expect(paginate([], 10)).toEqual([{ number: 1, pages: 1, total: 0, offset: 0, rows: [] }]);
	expect(() => paginate(rows, 0)).toThrow();
});

test('at the judged scale (10,300 units) the default page size makes pages of at most 300 rows, the table complete', () => {
	const rows = rowsOf(10_300);
	const pages = paginate(rows, UNITS_PER_PAGE);
	expect(UNITS_PER_PAGE).toBe(300);
	expect(pages).toHaveLength(35);
	expect(Math.max(...pages.map((p) => p.rows.length))).toBe(300);
	expect(new Set(pages.flatMap((p) => p.rows.map((r) => r.unit.id))).size).toBe(10_300);
});

test('the compliance views: every unit, then each status that has units, each paginated and complete', () => {
	const rows = actionFirst(rowsOf(30));
	const views = complianceViews(rows, 4);
	const all = views.filter((v) => v.status === null);
	expect(all).toHaveLength(8);
	expect(all.flatMap((v) => v.page.rows)).toEqual(rows);
	for (const s of ['on-time', 'late', 'missing', 'not-yet-due'] as const) {
		const own = views.filter((v) => v.status === s);
		expect(own.flatMap((v) => v.page.rows)).toEqual(rows.filter((r) => statusKey(r.overall) === s));
		expect(own.every((v) => v.page.rows.length <= 4 && v.page.pages === own.length)).toBe(true);
	}
	// No page for a status nobody has.
	expect(views.some((v) => v.status === 'pending')).toBe(false);
	// Paths are unique: no two views are written to one page.
	const paths = views.map((v) => complianceViewPath(v.status, v.page.number));
	expect(new Set(paths).size).toBe(paths.length);
});

test("a type's or a parent's views are its rows, then each status's, in the table's order; paths nest the status", () => {
	const rows = rowsOf(10).map((r, i) => ({ ...r, unit: { ...r.unit, type: ['xa', 'phuong', 'xa'][i % 3]! } }));
	const xa = rows.filter((r) => r.unit.type === 'xa');
	const views = complianceViews(xa, 3);
	expect(views.filter((v) => v.status === null).flatMap((v) => v.page.rows)).toEqual(xa);
	for (const s of STATUS_KEYS)
		expect(views.filter((v) => v.status === s).flatMap((v) => v.page.rows)).toEqual(
			xa.filter((r) => statusKey(r.overall) === s)
		);
	expect([
		typeViewPath('xa'),
		typeViewPath('xa', 2),
		typeViewPath('xa', 1, 'late'),
		typeViewPath('xa', 3, 'late'),
	]).toEqual(['loai/xa/', 'loai/xa/2/', 'loai/xa/late/', 'loai/xa/late/3/']);
	expect([parentViewPath('huyen-a'), parentViewPath('huyen-a', 2), parentViewPath('huyen-a', 2, 'missing')]).toEqual([
		'cap-tren/huyen-a/',
		'cap-tren/huyen-a/2/',
		'cap-tren/huyen-a/missing/2/',
	]);
});

test('paths and titles of pages', () => {
	expect(tablePagePath(1)).toBe('');
	expect(tablePagePath(2)).toBe('2/');
	expect(complianceViewPath(null)).toBe('');
	expect(complianceViewPath(null, 3)).toBe('3/');
	expect(complianceViewPath('late')).toBe('late/');
	expect(complianceViewPath('late', 2)).toBe('late/2/');
	expect(pageSuffix({ number: 2, pages: 5 })).toBe(' (trang 2/5)');
	expect(pageSuffix({ number: 1, pages: 1 })).toBe('');
});

test('the page size of a build comes from UNITS_PER_PAGE, refused loudly unless a whole number ≥ 1', () => {
	expect(unitsPerPageFromEnv({})).toBe(300);
	expect(unitsPerPageFromEnv({ UNITS_PER_PAGE: ' ' })).toBe(300);
	expect(unitsPerPageFromEnv({ UNITS_PER_PAGE: '12' })).toBe(12);
	for (const bad of ['0', '-5', '2.5', 'ba trăm'])
		expect(() => unitsPerPageFromEnv({ UNITS_PER_PAGE: bad }), bad).toThrow(
			`biến môi trường UNITS_PER_PAGE="${bad}" phải là một số nguyên`
		);
});

test('grouped items (the urging list) run over pages of `size` items, a long group going on to the next page', () => {
	const groups = [
		{ name: 'A', items: [1, 2, 3] },
		{ name: 'B', items: [4, 5, 6, 7, 8, 9, 10, 11] },
		{ name: 'C', items: [12] },
	];
	const pages = paginateGroups(groups, (g) => g.items, 4);
	expect(
		pages.map((p) =>
			p.rows.map(
				(part) => `${part.group.name}${part.continued ? '<' : ''}[${part.items.join(',')}]${part.continues ? '>' : ''}`
			)
		)
	).toEqual([['A[1,2,3]', 'B[4]>'], ['B<[5,6,7,8]>'], ['B<[9,10,11]', 'C[12]']]);
	expect(pages.map((p) => [p.number, p.pages, p.total])).toEqual([
		[1, 3, 12],
		[2, 3, 12],
		[3, 3, 12],
	]);
	expect(pages[2]!.rows.map((part) => part.index)).toEqual([1, 2]);
	expect(paginateGroups([], (g: { items: number[] }) => g.items, 4)).toEqual([
		{ number: 1, pages: 1, total: 0, offset: 0, rows: [] },
	]);
});
