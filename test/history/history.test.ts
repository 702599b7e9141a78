import { expect, test } from 'vitest';
import { unitCompliance } from '../../src/lib/compliance/unit-compliance.ts';
import { readCampaign } from '../../src/lib/content/campaign-file.ts';
import type { CampaignRecord, Review, Unit } from '../../src/lib/model.ts';
import { synthesize } from '../../src/lib/synthesis/synthesis.ts';
import { unitLineage } from '../../src/lib/history/lineage.ts';
import { compareCampaigns, previousCampaign } from '../../src/lib/history/compare.ts';
import { unitHistory } from '../../src/lib/history/unit-history.ts';
import { CAMPAIGN } from '../helpers/content-dir.ts';

const THEMES = `lessonThemes:
  - { id: doi-thoai, name: Đối thoại, phrases: [đối thoại] }
  - { id: cong-khai, name: Công khai, phrases: [công khai] }
figures: { dialogueConferences: Hội nghị đối thoại }
`;
const old = readCampaign(`${CAMPAIGN}${THEMES}`, 'content/campaigns/cu.yaml').campaign!;
// The later campaign: no district tier, the same theme ids, a plan four years on.
const later = readCampaign(
	`${CAMPAIGN.replace('date: 2021-04-06', 'date: 2025-10-20')
		.replace(/  - id: huyen[\s\S]*?(?=  - id: co-so)/, '')
		.replace(/2021-/g, '2025-')}${THEMES}`,
	'content/campaigns/moi.yaml'
).campaign!;

const unit = (
	campaign: string,
	id: string,
	tier: string,
	type: string,
	parent?: string,
	formerly?: string[]
): Unit => ({
	id,
	name: id,
	tier,
	type,
	campaign,
	...(parent && { parent }),
	...(formerly && { formerly }),
});
const oldUnits = [
	unit('cu', 'tinh', 'tinh', 'tinh-uy'),
	unit('cu', 'huyen-a', 'huyen', 'huyen-uy', 'tinh'),
	unit('cu', 'xa-1', 'co-so', 'dang-uy-xa', 'huyen-a'),
	unit('cu', 'xa-2', 'co-so', 'dang-uy-xa', 'huyen-a'),
	unit('cu', 'xa-3', 'co-so', 'dang-uy-xa', 'huyen-a'),
	unit('cu', 'xa-gone', 'co-so', 'dang-uy-xa', 'huyen-a'),
];
const newUnits = [
	unit('moi', 'tinh', 'tinh', 'tinh-uy'),
	// Same id, moved from the district to the province.
	unit('moi', 'xa-1', 'co-so', 'dang-uy-xa', 'tinh'),
	// xa-2 and xa-3 merged under a new id.
	unit('moi', 'xa-23', 'co-so', 'dang-uy-xa', 'tinh', ['xa-2', 'xa-3']),
	unit('moi', 'xa-new', 'co-so', 'dang-uy-xa', 'tinh'),
];
const base = { file: '', sections: [], commendations: [], form: 'conference' as const };
const review = (
	campaign: string,
	u: string,
	sentOn: string,
	figures: Record<string, number> = {},
	lessons: string[] = []
): Review => ({
	...base,
	campaign,
	unit: u,
	heldOn: sentOn,
	sentOn,
	figures,
	lessons: lessons.map((text, i) => ({ index: i + 1, text, line: 1 })),
});
const oldReviews = [
	review('cu', 'tinh', '2021-05-20'),
	review('cu', 'huyen-a', '2021-05-20', {}, ['Công khai mọi khoản thu']),
	review('cu', 'xa-1', '2021-04-29', { dialogueConferences: 4 }, ['Đối thoại với dân', 'Công khai ngân sách']),
	review('cu', 'xa-2', '2021-04-20', { dialogueConferences: 2 }, ['Đối thoại thường xuyên']),
	review('cu', 'xa-3', '2021-05-05', { dialogueConferences: 3 }),
];
const newReviews = [
	review('moi', 'xa-1', '2025-04-30', { dialogueConferences: 6 }, ['Công khai trên mạng', 'Công khai ở thôn']),
	review('moi', 'xa-23', '2025-05-10', { dialogueConferences: 9 }, ['Đối thoại trực tiếp']),
];
const snapshot = (campaign: CampaignRecord, units: Unit[], reviews: Review[], asOf: string) => {
	const rows = unitCompliance(campaign, units, reviews, asOf);
	return {
		campaign,
		units,
		rows,
		rowByUnit: new Map(rows.map((r) => [r.unit.id, r])),
		synthesis: synthesize(campaign, units, rows, asOf),
	};
};
const before = snapshot(old, oldUnits, oldReviews, '2021-06-30');
const now = snapshot(later, newUnits, newReviews, '2025-12-31');
const both = [now, before];

test('a unit with the same id links both ways; a merged unit follows formerly: back, and its predecessors forward to it', () => {
	const ids = (campaignId: string, unitId: string) =>
		unitLineage(both, campaignId, unitId).map((c) => [c.campaign.id, c.relation, c.units.map((u) => u.id)]);
	expect(ids('moi', 'xa-1')).toEqual([
		['cu', 'earlier', ['xa-1']],
		['moi', 'self', ['xa-1']],
	]);
	expect(ids('cu', 'xa-1')).toEqual([
		['cu', 'self', ['xa-1']],
		['moi', 'later', ['xa-1']],
	]);
	expect(ids('moi', 'xa-23')).toEqual([
		['cu', 'earlier', ['xa-2', 'xa-3']],
		['moi', 'self', ['xa-23']],
	]);
	expect(ids('cu', 'xa-3')).toEqual([
		['cu', 'self', ['xa-3']],
		['moi', 'later', ['xa-23']],
	]);
	// Gone, and new: no counterpart.
	expect(ids('cu', 'xa-gone')).toEqual([['cu', 'self', ['xa-gone']]]);
	expect(ids('moi', 'xa-new')).toEqual([['moi', 'self', ['xa-new']]]);
});

test('formerly: is followed over more than one campaign, and an id missing from the middle one is looked for further back', () => {
	const middle = { ...later, id: 'giua', plan: { ...later.plan, date: '2023-01-01' } };
	const middleUnits = [
		unit('giua', 'tinh', 'tinh', 'tinh-uy'),
		unit('giua', 'xa-2b', 'co-so', 'dang-uy-xa', 'tinh', ['xa-2']),
	];
	const third = [...both, { campaign: middle, units: middleUnits }];
	const lineage = (c: string, u: string) =>
		unitLineage(third, c, u).map((c) => [c.campaign.id, c.units.map((u) => u.id)]);
	// xa-23 now says it continues xa-2 and xa-3; xa-2 became xa-2b in between; xa-3 skipped the middle campaign.
	const renamed = [
		now.units[0]!,
		now.units[1]!,
		unit('moi', 'xa-23', 'co-so', 'dang-uy-xa', 'tinh', ['xa-2b', 'xa-3']),
	];
	expect(
		unitLineage(
			[{ campaign: later, units: renamed }, before, { campaign: middle, units: middleUnits }],
			'moi',
			'xa-23'
		).map((c) => [c.campaign.id, c.units.map((u) => u.id)])
	).toEqual([
		['cu', ['xa-2', 'xa-3']],
		['giua', ['xa-2b']],
		['moi', ['xa-23']],
	]);
	expect(lineage('cu', 'xa-2')).toEqual([
		['cu', ['xa-2']],
		['giua', ['xa-2b']],
		['moi', ['xa-23']],
	]);
});

test("a unit's history: status rows, summed figures and lesson themes in each campaign", () => {
	const h = unitHistory(both, 'moi', 'xa-23');
	expect(h.entries.map((e) => [e.campaign.id, e.rows.map((r) => [r.unit.id, r.overall.kind])])).toEqual([
		[
			'cu',
			[
				['xa-2', 'on-time'],
				['xa-3', 'late'],
			],
		],
		['moi', [['xa-23', 'late']]],
	]);
	expect(h.entries.map((e) => e.figures)).toEqual([{ dialogueConferences: 5 }, { dialogueConferences: 9 }]);
	expect(h.figures).toEqual([{ key: 'dialogueConferences', name: 'Hội nghị đối thoại' }]);
	expect(h.entries.map((e) => e.themes)).toEqual([{ 'doi-thoai': 1 }, { 'doi-thoai': 1 }]);
	expect(unitHistory(both, 'moi', 'xa-new').entries).toEqual([]);
});

test("comparison numbers are those of each campaign's own synthesis, with their differences", () => {
	const c = compareCampaigns(now, before);
	expect(c.total.units).toEqual({
		current: now.synthesis.total.total,
		previous: before.synthesis.total.total,
		difference: 4 - 6,
	});
	expect(c.total.onTime).toEqual({
		current: now.synthesis.total.counts['on-time'],
		previous: before.synthesis.total.counts['on-time'],
		difference: 1 - 3,
	});
	for (const { tier, rollup } of now.synthesis.byTier)
		expect(c.byTier.find((t) => t.id === tier.id)!.onTimeRate.current).toBe(rollup.onTimeRate);
	for (const { tier, rollup } of before.synthesis.byTier)
		expect(c.byTier.find((t) => t.id === tier.id)!.onTimeRate.previous).toBe(rollup.onTimeRate);
	// The district tier exists only before: no difference is made up for it.
	expect(c.byTier.map((t) => [t.id, t.onTimeRate.difference === undefined])).toEqual([
		['tinh', false],
		['co-so', false],
		['huyen', true],
	]);
	const coSo = c.byTier.find((t) => t.id === 'co-so')!;
	expect(coSo.onTimeRate.difference).toBeCloseTo(1 / 3 - 2 / 4);
	expect(c.byType.map((t) => t.id)).toEqual(['tinh-uy', 'dang-uy-xa', 'huyen-uy']);
	expect(c.themes).toEqual([
		{ id: 'cong-khai', name: 'Công khai', lessons: { current: 2, previous: 2, difference: 0 } },
		{ id: 'doi-thoai', name: 'Đối thoại', lessons: { current: 1, previous: 2, difference: -1 } },
	]);
	expect(c.lessons.lessons).toEqual({ current: 3, previous: 4, difference: -1 });
});

test("a tier's units are compared with what they were before, following formerly:", () => {
	const coSo = compareCampaigns(now, before).continuing.find((t) => t.tier === 'co-so')!;
	// xa-1 (on time both times), xa-23 ← xa-2 (on time) + xa-3 (late); xa-new has no past; xa-gone is not counted.
	expect([coSo.previous.total, coSo.previous.counts['on-time'], coSo.previous.counts.late]).toEqual([3, 2, 1]);
	expect([coSo.current.total, coSo.current.counts['on-time']]).toEqual([3, 1]);
});

test('the campaign compared against is the one with the latest earlier plan', () => {
	expect(previousCampaign(both, 'moi')?.campaign.id).toBe('cu');
	expect(previousCampaign(both, 'cu')).toBeUndefined();
});
