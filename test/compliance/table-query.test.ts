import { expect, test } from 'vitest';
import { unitCompliance } from '../../src/lib/compliance/unit-compliance.ts';
import { actionFirst } from '../../src/lib/compliance/unit-compliance.ts';
import {
	actionOrder,
	answerQuery,
	isDefaultView,
	queryParams,
	readQuery,
} from '../../src/lib/compliance/table-query.ts';
import { readCampaign } from '../../src/lib/content/campaign-file.ts';
import { tableData, tableRows } from '../../src/lib/export/table-data.ts';
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
const review = (unit: string, heldOn: string, sentOn: string, documentNumber?: string): Review => ({
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
	...(documentNumber && { documentNumber }),
});
const units = [
	unit('tinh', 'tinh', undefined, 'Tỉnh ủy'),
	unit('huyen-a', 'huyen', 'tinh', 'Huyện ủy A'),
	unit('huyen-b', 'huyen', 'tinh', 'Huyện ủy B'),
	unit('xa-1', 'co-so', 'huyen-a', 'Đảng ủy xã Yên Bình'),
	unit('xa-2', 'co-so', 'huyen-a', 'Đảng ủy xã Ân Thạnh'),
	unit('xa-3', 'co-so', 'huyen-b', 'Đảng ủy xã Bình An'),
	unit('chi-bo', 'co-so', 'xa-1', 'Chi bộ thôn Đông'),
];
const reviews = [
	review('huyen-a', '2021-05-14', '2021-05-18', '7-BC/HU'),
	review('xa-1', '2021-04-29', '2021-04-30'),
	review('xa-2', '2021-05-03', '2021-05-04'),
	review('chi-bo', '2021-04-20', '2021-04-21'),
];
const compliance = unitCompliance(campaign, units, reviews, '2021-05-20');
const data = tableData(campaign, compliance, '2021-05-20');
const rows = tableRows(data);
const ids = (r: { id: string }[]) => r.map((x) => x.id);
const ask = (search: string) => answerQuery(rows, readQuery(new URLSearchParams(search)));

test("the browser's copy unpacks to the same rows as the pages: order, parents at any depth, report and status words", () => {
	expect(ids(rows)).toEqual(compliance.map((r) => r.unit.id));
	const chiBo = rows.find((r) => r.id === 'chi-bo')!;
	expect(chiBo.ancestors).toEqual(['xa-1', 'huyen-a', 'tinh']);
	expect(chiBo.parent).toEqual({ id: 'xa-1', name: 'Đảng ủy xã Yên Bình' });
	expect(rows.find((r) => r.id === 'huyen-a')!.report).toEqual({ number: '7-BC/HU' });
	expect(rows.find((r) => r.id === 'xa-1')!.report).toEqual({ number: null });
	expect(rows.find((r) => r.id === 'xa-3')!.report).toBeNull();
	expect(rows.find((r) => r.id === 'xa-3')).toMatchObject({
		status: 'missing',
		statusText: 'Quá hạn 20 ngày, chưa tổ chức',
		heldOn: '',
		sentOn: '',
	});
	// The compliance table's order (what needs action first) is the pages' own.
	expect(ids(actionOrder(rows))).toEqual(actionFirst(compliance).map((r) => r.unit.id));
});

test('filters match over every row: a parent at any depth, tier, status, and a name typed without diacritics', () => {
	expect(ids(ask('parent=huyen-a')).sort()).toEqual(['chi-bo', 'xa-1', 'xa-2']);
	expect(ids(ask('tier=co-so&status=late'))).toEqual(['xa-2']);
	expect(ids(ask('q=an+thanh'))).toEqual(['xa-2']);
	expect(ids(ask('q=DANG  UY xa'))).toHaveLength(3);
	expect(ask('status=pending')).toEqual([]);
});

test('sorting covers the whole answer; a missing date or report sorts after the others either way, ties keep the table order', () => {
	expect(ids(ask('sort=sentOn-asc'))).toEqual(['chi-bo', 'xa-1', 'xa-2', 'huyen-a', 'tinh', 'huyen-b', 'xa-3']);
	// Latest first: the units that have sent come first, those that have not after them.
	expect(ids(ask('sort=sentOn-desc'))).toEqual(['huyen-a', 'xa-2', 'xa-1', 'chi-bo', 'tinh', 'huyen-b', 'xa-3']);
	expect(ids(ask('tier=co-so&sort=report-desc')).at(-1)).toBe('xa-3');
	expect(ids(ask('sort=name-asc'))).toEqual(['chi-bo', 'xa-2', 'xa-3', 'xa-1', 'huyen-a', 'huyen-b', 'tinh']);
	expect(ids(ask('tier=co-so&sort=report-asc'))).toEqual(['chi-bo', 'xa-2', 'xa-1', 'xa-3']);
});

test('the address keeps the query: read, written back the same, and what is malformed is ignored', () => {
	const query = readQuery(new URLSearchParams('status=late&tier=co-so&q=an&sort=sentOn-desc&page=2'));
	expect(query).toEqual({
		filters: { status: 'late', tier: 'co-so' },
		q: 'an',
		sort: { key: 'sentOn', ascending: false },
		page: 2,
	});
	expect(String(queryParams(query))).toBe('tier=co-so&status=late&q=an&sort=sentOn-desc&page=2');
	expect(readQuery(new URLSearchParams('sort=constructor-asc&page=-3&status='))).toEqual({
		filters: {},
		q: '',
		sort: null,
		page: 1,
	});
	expect(isDefaultView(readQuery(new URLSearchParams('page=4')))).toBe(true);
	expect(isDefaultView(readQuery(new URLSearchParams('sort=name-asc')))).toBe(false);
});
