import { expect, test } from 'vitest';
import { unitCompliance } from '../../src/lib/compliance/unit-compliance.ts';
import { urgingList } from '../../src/lib/compliance/urging.ts';
import { readCampaign } from '../../src/lib/content/campaign-file.ts';
import { COMPLIANCE_CSV_HEADER, complianceCsv, complianceJson } from '../../src/lib/export/compliance.ts';
import { parseCsv } from '../helpers/csv.ts';
import { SYNTHESIS_CSV_HEADER, synthesisCsv, synthesisJson } from '../../src/lib/export/synthesis.ts';
import { URGING_CSV_HEADER, urgingCsv } from '../../src/lib/export/urging.ts';
import type { Review, Unit } from '../../src/lib/model.ts';
import { synthesize } from '../../src/lib/synthesis/synthesis.ts';
import { CAMPAIGN } from '../helpers/content-dir.ts';

const campaign = readCampaign(CAMPAIGN, 'content/campaigns/thu.yaml').campaign!;
const units: Unit[] = [
	{
		id: 'tinh',
		name: 'Tỉnh ủy Thử',
		tier: 'tinh',
		type: 'tinh-uy',
		campaign: 'thu',
		contact: 'Văn phòng Tỉnh ủy, ĐT 0239 3855 100',
	},
	{ id: 'huyen', name: 'Huyện ủy "Mẫu", tỉnh Thử', tier: 'huyen', type: 'huyen-uy', campaign: 'thu', parent: 'tinh' },
	{
		id: 'xa',
		name: 'Đảng ủy xã Ân Thạnh',
		tier: 'co-so',
		type: 'dang-uy-xa',
		campaign: 'thu',
		parent: 'huyen',
		contact: '=0239 3872 322',
	},
];
const reviews: Review[] = [
	{
		campaign: 'thu',
		unit: 'huyen',
		file: '',
		form: 'conference',
		heldOn: '2021-05-13',
		sentOn: '2021-05-18',
		attendance: { total: 120 },
		commendations: [{ recipientKind: 'collective', award: 'Giấy khen, loại "A"', issuer: 'x', count: 2 }],
		figures: {},
		sections: [],
		lessons: [],
	},
];
const asOf = '2021-05-20';
const rows = unitCompliance(campaign, units, reviews, asOf);
const pageOf = (id: string) => `https://so-ket.example/thu/don-vi/${id}/`;

test('the compliance CSV has one row per unit, with both deadlines, and reads back exactly', () => {
	const csv = complianceCsv(campaign, rows, units, pageOf);
	expect(csv.startsWith('\uFEFFMã đơn vị,Đơn vị,Cấp,')).toBe(true);
	const [header, ...body] = parseCsv(csv);
	expect(header).toEqual(COMPLIANCE_CSV_HEADER(campaign));
	expect(header).toContain('Hạn gửi báo cáo');
	const col = (name: string) => header!.indexOf(name);
	expect(body.map((r) => r[col('Mã đơn vị')])).toEqual(['tinh', 'huyen', 'xa']);
	const huyen = body[1]!;
	expect(huyen[col('Đơn vị')]).toBe('Huyện ủy "Mẫu", tỉnh Thử');
	expect(huyen[col('Tình trạng (hạn tổ chức sơ kết)')]).toBe('Đúng hạn');
	expect(huyen[col('Tình trạng (hạn gửi báo cáo)')]).toBe('Gửi chậm 3 ngày');
	expect([huyen[col('Mã tình trạng')], huyen[col('Số ngày')], huyen[col('Ngày gửi báo cáo')]]).toEqual([
		'late',
		'3',
		'2021-05-18',
	]);
	// The grassroots tier has no report deadline: its cells stay empty rather than invented.
	expect(body[2]![col('Hạn gửi báo cáo')]).toBe('');
	// A contact that looks like a formula stays text.
	expect(body[2]![col('Liên hệ')]).toBe("'=0239 3872 322");
	expect(body[0]![col('Trang của đơn vị')]).toBe('https://so-ket.example/thu/don-vi/tinh/');
});

test('the compliance JSON names its format and version and carries statuses and rollups', () => {
	const json = JSON.parse(JSON.stringify(complianceJson(campaign, rows, units, asOf, pageOf)));
	expect(json).toMatchObject({
		format: 'so-ket/compliance',
		version: 1,
		asOf,
		campaign: { id: 'thu', deadlineDayCounts: true },
	});
	expect(json.units.map((u: { id: string; status: { kind: string } }) => [u.id, u.status.kind])).toEqual([
		['tinh', 'not-yet-due'],
		['huyen', 'late'],
		['xa', 'missing'],
	]);
	expect(json.units[1].deadlines).toEqual([
		{
			kind: 'review',
			date: '2021-05-15',
			status: { kind: 'on-time', date: '2021-05-13', daysEarly: 2 },
			label: 'Đúng hạn',
		},
		{
			kind: 'report',
			date: '2021-05-15',
			status: { kind: 'late', date: '2021-05-18', daysLate: 3 },
			label: 'Gửi chậm 3 ngày',
		},
	]);
	expect(json.units[2]).toMatchObject({ parent: 'huyen', review: null, contact: '=0239 3872 322' });
	expect(json.rollups.byTier.huyen).toMatchObject({ total: 1, done: 1 });
	expect(json.rollups.byAncestor.tinh).toMatchObject({ total: 2, done: 1 });
});

test('the synthesis CSV holds one figure a row and agrees with the JSON', () => {
	const s = synthesize(campaign, units, rows, asOf);
	const [header, ...body] = parseCsv(synthesisCsv(s));
	expect(header).toEqual(SYNTHESIS_CSV_HEADER);
	expect(body.every((r) => r.length === 6)).toBe(true);
	const value = (part: string, group: string, measure: string) =>
		body.find((r) => r[0] === part && r[2] === group && r[3] === measure)?.[5];
	const json = synthesisJson(campaign, s);
	expect(json).toMatchObject({ format: 'so-ket/synthesis', version: 1 });
	expect(value('Toàn tỉnh', 'Tất cả đơn vị', 'total')).toBe(String(json.total.total));
	expect(value('Khen thưởng', 'Giấy khen, loại "A"', 'collective')).toBe('2');
	expect(value('Đại biểu dự hội nghị', 'Tất cả', 'attendance')).toBe('120');
	expect(value('Theo cấp', 'Cấp huyện', 'on-time-rate')).toBe('0');
});

test('the urging CSV names who follows up each unit and how overdue it is', () => {
	const [header, ...body] = parseCsv(urgingCsv(campaign, urgingList(rows, units)));
	expect(header).toEqual(URGING_CSV_HEADER);
	expect(body.map((r) => [r[0], r[3], r[7], r[9], r[10]])).toEqual([
		['Ban Dân vận Tỉnh ủy', 'Tỉnh ủy Thử', 'not-yet-due', '', '5'],
		['Huyện ủy "Mẫu", tỉnh Thử', 'Đảng ủy xã Ân Thạnh', 'missing', '20', ''],
	]);
});
