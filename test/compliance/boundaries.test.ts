// Boundaries the monitoring office meets: midnight in the campaign's zone, both readings of a deadline's day,
// two deadlines per tier, and rollups of a hierarchy deeper than the tiers.
import { describe, expect, test } from 'vitest';
import { unitCompliance } from '../../src/lib/compliance/unit-compliance.ts';
import { rollupByAncestor, rollupByTier, rollupByType } from '../../src/lib/compliance/rollup.ts';
import { statusSortKey, type ComplianceStatus } from '../../src/lib/compliance/status.ts';
import { readCampaign } from '../../src/lib/content/campaign-file.ts';
import { asOfFromEnv } from '../../src/lib/content/as-of.ts';
import type { Review, Unit } from '../../src/lib/model.ts';
import { resolveDateInZone } from '../../src/lib/schema/calendar-date.ts';
import { CAMPAIGN } from '../helpers/content-dir.ts';

const ZONE = 'Asia/Ho_Chi_Minh';
const unit = (id: string, tier: string, parent?: string, type = 'x'): Unit => ({
	id,
	name: id,
	tier,
	type,
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

// A campaign whose district tier must hold its review by 10/5 and send its report by 15/5; `dayCounts` chooses the reading.
const campaignWith = (dayCounts: boolean, reportOverride = '') =>
	readCampaign(
		CAMPAIGN.replace('deadlineDayCounts: true', `deadlineDayCounts: ${dayCounts}`).replace(
			'review: { date: 2021-05-15 }\n    report: { date: 2021-05-15, to: Ban Thường vụ Tỉnh ủy }',
			`review: { date: 2021-05-10 }\n    report: { date: 2021-05-15, to: Ban Thường vụ Tỉnh ủy${reportOverride} }`
		),
		'content/campaigns/thu.yaml'
	).campaign!;

describe('midnight in Asia/Ho_Chi_Minh', () => {
	const campaign = campaignWith(true);
	const commune = [unit('xa', 'co-so')];
	const statusOf = (sentInstant: string, asOf = '2021-05-20', c = campaign) => {
		const sentOn = resolveDateInZone(sentInstant, ZONE);
		return unitCompliance(c, commune, [review('xa', '2021-04-20', sentOn)], asOf)[0]!.deadlines.map((d) => d.status);
	};

	test('a report stamped one second before midnight local time is on the deadline day; one second later it is the next day', () => {
		expect(resolveDateInZone('2021-04-30T23:59:59+07:00', ZONE)).toBe('2021-04-30');
		expect(resolveDateInZone('2021-04-30T16:59:59Z', ZONE)).toBe('2021-04-30');
		expect(resolveDateInZone('2021-04-30T17:00:00Z', ZONE)).toBe('2021-05-01');
	});

	test('a district report sent at 23:59 local on 15/5 is on time, at 00:00 on 16/5 (17:00 UTC on 15/5) late by one day', () => {
		const district = [unit('huyen', 'huyen')];
		const sent = (instant: string) =>
			unitCompliance(
				campaign,
				district,
				[review('huyen', '2021-05-09', resolveDateInZone(instant, ZONE))],
				'2021-05-20'
			)[0]!.overall;
		expect(sent('2021-05-15T23:59:00+07:00')).toEqual({ kind: 'on-time', date: '2021-05-15', daysEarly: 0 });
		expect(sent('2021-05-15T16:59:59Z')).toEqual({ kind: 'on-time', date: '2021-05-15', daysEarly: 0 });
		expect(sent('2021-05-15T17:00:00Z')).toEqual({ kind: 'late', date: '2021-05-16', daysLate: 1 });
	});

	test('the as-of date turns over at local midnight: due today at 23:59:59, overdue one second later', () => {
		const before = asOfFromEnv(ZONE, {}, new Date('2021-04-30T16:59:59Z'));
		const after = asOfFromEnv(ZONE, {}, new Date('2021-04-30T17:00:00Z'));
		expect([before, after]).toEqual(['2021-04-30', '2021-05-01']);
		expect(unitCompliance(campaign, commune, [], before)[0]!.overall).toEqual({ kind: 'not-yet-due', dueInDays: 0 });
		expect(unitCompliance(campaign, commune, [], after)[0]!.overall).toEqual({ kind: 'missing', daysOverdue: 1 });
		// A report sent late on 30/4 local time is already in on the morning of 1/5.
		expect(statusOf('2021-04-30T23:00:00+07:00', after)).toEqual([
			{ kind: 'on-time', date: '2021-04-20', daysEarly: 10 },
		]);
	});
});

describe.each([
	{
		dayCounts: true,
		held: { kind: 'on-time', daysEarly: 0 },
		sent: { kind: 'late', daysLate: 1 },
		dayBefore: { kind: 'not-yet-due', dueInDays: 1 },
		onDay: { kind: 'not-yet-due', dueInDays: 0 },
	},
	{
		dayCounts: false,
		held: { kind: 'late', daysLate: 1 },
		sent: { kind: 'late', daysLate: 2 },
		dayBefore: { kind: 'not-yet-due', dueInDays: 0 },
		onDay: { kind: 'missing', daysOverdue: 1 },
	},
])('deadlineDayCounts: $dayCounts', ({ dayCounts, held, sent, dayBefore, onDay }) => {
	const campaign = campaignWith(dayCounts);
	const district = [unit('huyen', 'huyen')];

	test('each of the two deadlines is judged on its own date: the review on heldOn, the report on sentOn', () => {
		const [row] = unitCompliance(campaign, district, [review('huyen', '2021-05-10', '2021-05-16')], '2021-05-20');
		expect(row!.deadlines.map((d) => [d.deadline.kind, d.deadline.dayCounts])).toEqual([
			['review', dayCounts],
			['report', dayCounts],
		]);
		expect(row!.deadlines[0]!.status).toMatchObject(held);
		expect(row!.deadlines[1]!.status).toMatchObject(sent);
		expect(row!.overall).toMatchObject(sent);
	});

	test('with nothing received, each deadline counts down and then overdue on its own day', () => {
		const statuses = (asOf: string) => unitCompliance(campaign, district, [], asOf)[0]!.deadlines.map((d) => d.status);
		// 9/5: review due the next day; the report a week later (one day less under the strict reading).
		expect(statuses('2021-05-09')).toEqual([
			{ kind: 'not-yet-due', dueInDays: dayCounts ? 1 : 0 },
			{ kind: 'not-yet-due', dueInDays: dayCounts ? 6 : 5 },
		]);
		expect(statuses('2021-05-14')[1]).toEqual(dayBefore);
		expect(statuses('2021-05-15')[1]).toEqual(onDay);
		expect(statuses('2021-05-16')).toEqual([
			{ kind: 'missing', daysOverdue: dayCounts ? 6 : 7 },
			{ kind: 'missing', daysOverdue: dayCounts ? 1 : 2 },
		]);
	});
});

test('a deadline of its own reading overrides the campaign default', () => {
	const campaign = campaignWith(false, ', dayCounts: true');
	const [row] = unitCompliance(
		campaign,
		[unit('huyen', 'huyen')],
		[review('huyen', '2021-05-10', '2021-05-15')],
		'2021-05-20'
	);
	expect(row!.deadlines.map((d) => [d.deadline.kind, d.deadline.dayCounts, d.status.kind])).toEqual([
		['review', false, 'late'],
		['report', true, 'on-time'],
	]);
});

describe('a hierarchy six levels deep', () => {
	const campaign = readCampaign(CAMPAIGN, 'content/campaigns/thu.yaml').campaign!;
	// tinh → huyen → xa → chi-bo → to → nhom; a second branch under huyen and one district with nothing under it.
	const units = [
		unit('tinh', 'tinh', undefined, 'tinh-uy'),
		unit('huyen', 'huyen', 'tinh', 'huyen-uy'),
		unit('huyen-trong', 'huyen', 'tinh', 'huyen-uy'),
		unit('xa', 'co-so', 'huyen', 'dang-uy-xa'),
		unit('xa-2', 'co-so', 'huyen', 'dang-uy-xa'),
		unit('chi-bo', 'co-so', 'xa', 'chi-bo'),
		unit('to', 'co-so', 'chi-bo', 'chi-bo'),
		unit('nhom', 'co-so', 'to', 'chi-bo'),
	];
	const reviews = [
		review('xa', '2021-04-29', '2021-04-29'),
		review('chi-bo', '2021-05-02', '2021-05-02'),
		review('nhom', '2021-04-30', '2021-04-30'),
		review('huyen', '2021-05-14', '2021-05-15'),
	];
	const rows = unitCompliance(campaign, units, reviews, '2021-05-20');
	const deep = rollupByAncestor(rows, units);

	test.each([
		['tinh', 7, 4, 3, 1, 3],
		['huyen', 5, 3, 2, 1, 2],
		['xa', 3, 2, 1, 1, 1],
		['chi-bo', 2, 1, 1, 0, 1],
		['to', 1, 1, 1, 0, 0],
	])('below %s: %i units, %i done, %i on time, %i late, %i missing', (id, total, done, onTime, late, missing) => {
		expect(deep.get(id)).toEqual({
			total,
			done,
			counts: { 'on-time': onTime, late, missing, 'not-yet-due': 0, pending: 0 },
			onTimeRate: onTime / total,
		});
	});

	test('units with nothing below them have no rollup', () => {
		expect(deep.has('nhom')).toBe(false);
		expect(deep.has('huyen-trong')).toBe(false);
	});

	test('per tier and per type follow the campaign file order', () => {
		expect([...rollupByTier(rows, ['tinh', 'huyen', 'co-so']).entries()].map(([k, r]) => [k, r.total, r.done])).toEqual(
			[
				['tinh', 1, 0],
				['huyen', 2, 1],
				['co-so', 5, 3],
			]
		);
		expect([...rollupByType(rows, ['tinh-uy', 'khong-co', 'huyen-uy', 'dang-uy-xa', 'chi-bo']).keys()]).toEqual([
			'tinh-uy',
			'huyen-uy',
			'dang-uy-xa',
			'chi-bo',
		]);
		expect(rollupByType(rows, ['chi-bo']).get('chi-bo')).toMatchObject({
			total: 3,
			counts: { 'on-time': 1, late: 1, missing: 1 },
		});
	});
});

test('statuses sort from the most urgent: longest overdue, latest, soonest due, planned, on time', () => {
	const statuses: ComplianceStatus[] = [
		{ kind: 'on-time', date: '2021-04-29', daysEarly: 1 },
		{ kind: 'not-yet-due', dueInDays: 12 },
		{ kind: 'late', date: '2021-05-02', daysLate: 2 },
		{ kind: 'missing', daysOverdue: 3 },
		{ kind: 'pending' },
		{ kind: 'not-yet-due', dueInDays: 0 },
		{ kind: 'missing', daysOverdue: 20 },
		{ kind: 'late', date: '2021-05-20', daysLate: 20 },
	];
	const sorted = [...statuses].sort((a, b) => statusSortKey(a).localeCompare(statusSortKey(b)));
	expect(
		sorted.map(
			(s) =>
				`${s.kind}:${'daysOverdue' in s ? s.daysOverdue : 'daysLate' in s ? s.daysLate : 'dueInDays' in s ? s.dueInDays : ''}`
		)
	).toEqual([
		'missing:20',
		'missing:3',
		'late:20',
		'late:2',
		'not-yet-due:0',
		'not-yet-due:12',
		'pending:',
		'on-time:',
	]);
});
