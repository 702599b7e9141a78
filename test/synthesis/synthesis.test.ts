import { expect, test } from 'vitest';
import { unitCompliance } from '../../src/lib/compliance/unit-compliance.ts';
import { readCampaign } from '../../src/lib/content/campaign-file.ts';
import type { Review, Unit } from '../../src/lib/model.ts';
import { synthesize } from '../../src/lib/synthesis/synthesis.ts';
import { CAMPAIGN } from '../helpers/content-dir.ts';

const campaign = readCampaign(
	`${CAMPAIGN}lessonThemes:
  - { id: doi-thoai, name: Đối thoại, phrases: [đối thoại] }
  - { id: nguoi-dung-dau, name: Người đứng đầu, phrases: [người đứng đầu] }
  - { id: cong-khai, name: Công khai, phrases: [công khai] }
`,
	'content/campaigns/thu.yaml'
).campaign!;
const unit = (id: string, tier: string, type: string, parent?: string): Unit => ({
	id,
	name: id,
	tier,
	type,
	campaign: 'thu',
	...(parent && { parent }),
});
const units = [
	unit('tinh', 'tinh', 'tinh-uy'),
	unit('huyen-a', 'huyen', 'huyen-uy', 'tinh'),
	unit('huyen-b', 'huyen', 'huyen-uy', 'tinh'),
	unit('xa-a1', 'co-so', 'dang-uy-xa', 'huyen-a'),
	unit('xa-a2', 'co-so', 'dang-uy-xa', 'huyen-a'),
	unit('xa-b1', 'co-so', 'dang-uy-xa', 'huyen-b'),
];
const base = { campaign: 'thu', file: '', sections: [], figures: {} };
const lesson = (text: string, index = 1) => ({ index, text, line: 1 });
const reviews: Review[] = [
	{
		...base,
		unit: 'huyen-a',
		form: 'conference',
		heldOn: '2021-05-14',
		sentOn: '2021-05-15',
		attendance: { total: 150, online: 40 },
		commendations: [
			{ recipientKind: 'collective', award: 'Giấy khen', issuer: 'BTV Huyện ủy', count: 6 },
			{ recipientKind: 'individual', award: 'Giấy khen', issuer: 'BTV Huyện ủy', count: 11 },
		],
		lessons: [lesson('Người đứng đầu phải gương mẫu'), lesson('Đối thoại thường xuyên với nhân dân', 2)],
	},
	{
		...base,
		unit: 'xa-a1',
		form: 'conference',
		heldOn: '2021-04-28',
		sentOn: '2021-04-29',
		attendance: { total: 80 },
		commendations: [
			{ recipientKind: 'collective', award: 'Giấy khen', issuer: 'Đảng ủy xã', count: 3 },
			{ recipientKind: 'individual', award: 'Bằng khen', issuer: 'UBND tỉnh', count: 1 },
		],
		lessons: [lesson('Người đứng đầu cấp ủy đối thoại với dân')],
	},
	{
		...base,
		unit: 'xa-a2',
		form: 'written',
		heldOn: '2021-05-02',
		sentOn: '2021-05-03',
		commendations: [],
		lessons: [],
	},
	// Sent after the as-of date: not yet received, so it counts nowhere.
	{
		...base,
		unit: 'xa-b1',
		form: 'conference',
		heldOn: '2021-05-20',
		sentOn: '2021-05-21',
		attendance: { total: 999 },
		commendations: [{ recipientKind: 'collective', award: 'Giấy khen', issuer: 'x', count: 50 }],
		lessons: [lesson('công khai')],
	},
];
const rows = unitCompliance(campaign, units, reviews, '2021-05-20');
const s = synthesize(campaign, units, rows, '2021-05-20');

test('counts and rates per tier, per type and per parent at any depth', () => {
	expect(s.total).toMatchObject({ total: 6, done: 3, counts: { 'on-time': 2, late: 1, missing: 2, 'not-yet-due': 1 } });
	expect(s.byTier.map(({ tier, rollup }) => [tier.id, rollup.total, rollup.done, rollup.onTimeRate])).toEqual([
		['tinh', 1, 0, 0],
		['huyen', 2, 1, 0.5],
		['co-so', 3, 2, 1 / 3],
	]);
	expect(s.byType.map(({ type }) => type.id)).toEqual(['tinh-uy', 'huyen-uy', 'dang-uy-xa']);
	expect(s.byParent.map(({ parent, direct, all }) => [parent.id, direct.total, all.total, all.done])).toEqual([
		['tinh', 2, 5, 3],
		['huyen-a', 2, 2, 2],
		['huyen-b', 1, 1, 0],
	]);
});

test('forms, attendance and commendations count only reports received by the as-of date', () => {
	expect(s.forms.total).toEqual({ conference: 2, written: 1 });
	expect(s.forms.byTier.map(({ tier, counts }) => [tier.id, counts])).toEqual([
		['tinh', { conference: 0, written: 0 }],
		['huyen', { conference: 1, written: 0 }],
		['co-so', { conference: 1, written: 1 }],
	]);
	expect(s.attendance.total).toEqual({ conferences: 2, total: 230, online: 40 });
	expect(s.commendations).toEqual({
		lines: [
			{ award: 'Giấy khen', collective: 9, individual: 11, units: 2 },
			{ award: 'Bằng khen', collective: 0, individual: 1, units: 1 },
		],
		collective: 9,
		individual: 12,
	});
});

test('submissions per day with a running total, and each deadline met on time or late', () => {
	expect(s.submissions).toEqual([
		{ date: '2021-04-29', byTier: { tinh: 0, huyen: 0, 'co-so': 1 }, received: 1, cumulative: 1 },
		{ date: '2021-05-03', byTier: { tinh: 0, huyen: 0, 'co-so': 1 }, received: 1, cumulative: 2 },
		{ date: '2021-05-15', byTier: { tinh: 0, huyen: 1, 'co-so': 0 }, received: 1, cumulative: 3 },
	]);
	expect(s.deadlines.map((d) => [d.tier.id, d.kind, d.expected, d.onTime, d.late])).toEqual([
		['tinh', 'review', 1, 0, 0],
		['huyen', 'review', 2, 1, 0],
		['huyen', 'report', 2, 1, 0],
		['co-so', 'review', 3, 1, 1],
	]);
});

test('lesson themes are counted over the received reports, most frequent first', () => {
	expect(s.lessons).toMatchObject({ reports: 2, lessons: 3 });
	expect(s.lessons.themes.map((t) => [t.theme.id, t.count])).toEqual([
		['doi-thoai', 2],
		['nguoi-dung-dau', 2],
	]);
});
