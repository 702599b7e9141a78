import { expect, test } from 'vitest';
import { actionFirst, unitCompliance } from '../../src/lib/compliance/unit-compliance.ts';
import { answerQuery, readQuery } from '../../src/lib/compliance/table-query.ts';
import { orderedUnitIds, orderViewPath, PREBUILT_ORDERS, sortParam } from '../../src/lib/compliance/table-orders.ts';
import { readCampaign } from '../../src/lib/content/campaign-file.ts';
import { tableData, tableRows } from '../../src/lib/export/table-data.ts';
import type { Review, Unit } from '../../src/lib/model.ts';
import { CAMPAIGN } from '../helpers/content-dir.ts';

const campaign = readCampaign(CAMPAIGN, 'content/campaigns/thu.yaml').campaign!;
const units: Unit[] = [
	['tinh', 'tinh', undefined, 'Tỉnh ủy'],
	['h-bac', 'huyen', 'tinh', 'Huyện ủy Bắc Sơn'],
	['h-an', 'huyen', 'tinh', 'Huyện ủy An Lão'],
	['x-1', 'co-so', 'h-bac', 'Đảng ủy xã Đông Hòa'],
	['x-2', 'co-so', 'h-an', 'Đảng ủy xã Ân Nghĩa'],
	['x-3', 'co-so', 'h-bac', 'Đảng ủy xã Bình Minh'],
].map(([id, tier, parent, name]) => ({
	id: id!,
	name: name!,
	tier: tier!,
	type: 'x',
	campaign: 'thu',
	...(parent && { parent }),
}));
const sent = (unit: string, sentOn: string): Review => ({
	campaign: 'thu',
	unit,
	file: `content/reviews/thu/${unit}.mdx`,
	form: 'written',
	heldOn: '2021-04-20',
	sentOn,
	commendations: [],
	figures: {},
	sections: [],
	lessons: [],
});
const compliance = unitCompliance(
	campaign,
	units,
	[sent('x-1', '2021-04-29'), sent('x-3', '2021-04-21'), sent('h-an', '2021-05-10')],
	'2021-05-20'
);
const rows = tableRows(tableData(campaign, compliance, '2021-05-20'));
const order = (slug: string) => PREBUILT_ORDERS.find((o) => o.slug === slug)!;

test("each pre-built order lists every unit once, in the order the browser's sorting gives for the same sort", () => {
	for (const o of PREBUILT_ORDERS) {
		const ids = orderedUnitIds(rows, o);
		expect(ids.toSorted()).toEqual(units.map((u) => u.id).toSorted());
		// The browser sorts the compliance table's rows (what needs action first) by ?sort=…
		const fromAddress = readQuery(new URLSearchParams({ sort: sortParam(o.sort) }));
		const actionRows = actionFirst(compliance).map((r) => rows.find((t) => t.id === r.unit.id)!);
		expect(ids).toEqual(answerQuery(actionRows, fromAddress).map((r) => r.id));
	}
});

test('by name in Vietnamese order; by the date sent, latest first, units without a report last', () => {
	expect(orderedUnitIds(rows, order('ten-don-vi'))).toEqual(['x-2', 'x-3', 'x-1', 'h-an', 'h-bac', 'tinh']);
	expect(orderedUnitIds(rows, order('gui-gan-nhat')).slice(0, 3)).toEqual(['h-an', 'x-1', 'x-3']);
	expect(orderedUnitIds(rows, order('gui-som-nhat')).slice(0, 3)).toEqual(['x-3', 'x-1', 'h-an']);
	// Grouped under their parents by the parents' names: An Lão's commune before Bắc Sơn's.
	expect(orderedUnitIds(rows, order('don-vi-cap-tren')).indexOf('x-2')).toBeLessThan(
		orderedUnitIds(rows, order('don-vi-cap-tren')).indexOf('x-1')
	);
});

test('orders have distinct folders below the compliance table, and pages after the first their number', () => {
	expect(new Set(PREBUILT_ORDERS.map((o) => o.slug)).size).toBe(PREBUILT_ORDERS.length);
	expect(orderViewPath('ten-don-vi')).toBe('sap-xep/ten-don-vi/');
	expect(orderViewPath('ten-don-vi', 3)).toBe('sap-xep/ten-don-vi/3/');
	expect(PREBUILT_ORDERS.map((o) => sortParam(o.sort))).toEqual([
		'name-asc',
		'parent-asc',
		'sentOn-desc',
		'sentOn-asc',
	]);
});

test("a tier's roster order is the browser's order by name, numbers by value: the guide names of one are the other's", () => {
	const wards: Unit[] = ['Đảng ủy Phường 10', 'Đảng ủy Phường 2', 'Đảng ủy Phường 1', 'Đảng ủy phường An Bình'].map(
		(name, i) => ({ id: `p-${i}`, name, tier: 'co-so', type: 'x', campaign: 'thu', parent: 'h-an' })
	);
	const roster = unitCompliance(campaign, [...units, ...wards], [], '2021-05-20').filter(
		(r) => r.unit.tier === 'co-so'
	);
	const tierRows = tableRows(tableData(campaign, roster, '2021-05-20'));
	const byName = answerQuery(tierRows, readQuery(new URLSearchParams({ sort: 'name-asc' }))).map((r) => r.name);
	expect(roster.map((r) => r.unit.name)).toEqual(byName);
	expect(byName.filter((n) => /phường /i.test(n))).toEqual([
		'Đảng ủy Phường 1',
		'Đảng ủy Phường 2',
		'Đảng ủy Phường 10',
		'Đảng ủy phường An Bình',
	]);
});
