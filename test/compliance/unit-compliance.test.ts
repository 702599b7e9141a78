import { expect, test } from 'vitest';
import { unitCompliance } from '../../src/lib/compliance/unit-compliance.ts';
import { rollup, rollupByAncestor, rollupByParent } from '../../src/lib/compliance/rollup.ts';
import { readCampaign } from '../../src/lib/content/campaign-file.ts';
import type { Review, Unit } from '../../src/lib/model.ts';
import { CAMPAIGN } from '../helpers/content-dir.ts';

const campaign = readCampaign(CAMPAIGN, 'content/campaigns/thu.yaml').campaign!;
const unit = (id: string, tier: string, parent?: string, name = id): Unit => ({
	id,
	name,
	tier,
	type: 'x',
	campaign: 'thu',
	...(parent && { parent }),
});
const review = (unit: string, heldOn: string, sentOn: string): Review => ({
	campaign: 'thu',
	unit,
	file: `content/reviews/thu/${unit}.mdx`,
	form: 'written',
	heldOn,
	sentOn,
	commendations: [],
	figures: {},
	sections: [],
	lessons: [],
});

// province → district → commune → village cell: four levels.
const units = [
	unit('tinh', 'tinh'),
	unit('huyen-a', 'huyen', 'tinh'),
	unit('huyen-b', 'huyen', 'tinh'),
	unit('xa-1', 'co-so', 'huyen-a', 'Đảng ủy xã Yên Bình'),
	unit('xa-2', 'co-so', 'huyen-a', 'Đảng ủy xã Ân Thạnh'),
	unit('xa-3', 'co-so', 'huyen-a', 'Đảng ủy xã Bình An'),
	unit('chi-bo', 'co-so', 'xa-1'),
];
const reviews = [
	review('huyen-a', '2021-05-14', '2021-05-18'),
	review('xa-1', '2021-04-29', '2021-04-30'),
	review('xa-2', '2021-05-03', '2021-05-04'),
	review('chi-bo', '2021-04-20', '2021-04-21'),
];
const rows = unitCompliance(campaign, units, reviews, '2021-05-20');
const row = (id: string) => rows.find((r) => r.unit.id === id)!;

test('rows run from the top tier down, then by Vietnamese name', () => {
	expect(rows.map((r) => r.unit.tier)).toEqual(['tinh', 'huyen', 'huyen', 'co-so', 'co-so', 'co-so', 'co-so']);
	expect(rows.slice(3).map((r) => r.unit.name)).toEqual([
		'chi-bo',
		'Đảng ủy xã Ân Thạnh',
		'Đảng ủy xã Bình An',
		'Đảng ủy xã Yên Bình',
	]);
});

test('the district tier is judged on its report deadline, the grassroots tier on its review deadline', () => {
	expect(row('huyen-a').deadlines.map((d) => [d.deadline.kind, d.status.kind])).toEqual([
		['review', 'on-time'],
		['report', 'late'],
	]);
	expect(row('huyen-a').overall).toMatchObject({ kind: 'late', daysLate: 3 });
	expect(row('xa-1').overall).toMatchObject({ kind: 'on-time' });
	expect(row('xa-2').overall).toMatchObject({ kind: 'late', daysLate: 3 });
	expect(row('xa-3').overall).toEqual({ kind: 'missing', daysOverdue: 20 });
	expect(row('tinh').overall).toEqual({ kind: 'not-yet-due', dueInDays: 5 });
});

test('rollups count per status, done and the on-time rate', () => {
	expect(rollup(rows)).toEqual({
		total: 7,
		done: 4,
		counts: { 'on-time': 2, late: 2, missing: 2, 'not-yet-due': 1, pending: 0 },
		onTimeRate: 2 / 7,
	});
	expect(rollup([])).toMatchObject({ total: 0, onTimeRate: 0 });
});

test('by parent counts direct children; by ancestor counts every level below', () => {
	const direct = rollupByParent(rows);
	expect(direct.get('huyen-a')).toMatchObject({ total: 3, done: 2 });
	expect(direct.get('tinh')).toMatchObject({ total: 2, done: 1 });
	const deep = rollupByAncestor(rows, units);
	expect(deep.get('huyen-a')).toMatchObject({ total: 4, done: 3 });
	expect(deep.get('tinh')).toMatchObject({ total: 6, done: 4 });
	expect(deep.get('xa-1')).toMatchObject({ total: 1, done: 1 });
	expect(deep.has('xa-2')).toBe(false);
});

test('a cycle in the parents is cut, not followed forever', () => {
	const looped = [unit('a', 'co-so', 'b'), unit('b', 'co-so', 'a')];
	const loopRows = unitCompliance(campaign, looped, [], '2021-05-20');
	const deep = rollupByAncestor(loopRows, looped);
	expect(deep.get('a')).toMatchObject({ total: 1 });
	expect(deep.get('b')).toMatchObject({ total: 1 });
});
