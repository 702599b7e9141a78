import { expect, test } from 'vitest';
import { unitCompliance } from '../../src/lib/compliance/unit-compliance.ts';
import { urgingList } from '../../src/lib/compliance/urging.ts';
import { readCampaign } from '../../src/lib/content/campaign-file.ts';
import type { Review, Unit } from '../../src/lib/model.ts';
import { CAMPAIGN } from '../helpers/content-dir.ts';

const campaign = readCampaign(CAMPAIGN, 'content/campaigns/thu.yaml').campaign!;
const unit = (id: string, tier: string, parent?: string): Unit => ({
	id,
	name: id,
	tier,
	type: 'x',
	campaign: 'thu',
	...(parent && { parent }),
});
const review = (unit: string, date: string): Review => ({
	campaign: 'thu',
	unit,
	file: `content/reviews/thu/${unit}.mdx`,
	form: 'written',
	heldOn: date,
	sentOn: date,
	commendations: [],
	figures: {},
	sections: [],
	lessons: [],
});
const units = [
	unit('tinh', 'tinh'),
	unit('huyen-a', 'huyen', 'tinh'),
	unit('huyen-b', 'huyen', 'tinh'),
	unit('xa-a1', 'co-so', 'huyen-a'),
	unit('xa-a2', 'co-so', 'huyen-a'),
	unit('xa-a3', 'co-so', 'huyen-a'),
	unit('xa-b1', 'co-so', 'huyen-b'),
];
const summary = (asOf: string, reviews: Review[] = [], soon?: number) =>
	urgingList(unitCompliance(campaign, units, reviews, asOf), units, soon).map((g) => [
		g.followUp?.id ?? '(office)',
		g.items.map((i) => `${i.row.unit.id} ${i.urgent.map((u) => `${u.deadline.kind}:${u.status.kind}`).join('+')}`),
	]);

test('as of 10/5: grassroots units are overdue under their district; districts are due in 5 days; the province is not yet in the window', () => {
	expect(summary('2021-05-10', [review('xa-a2', '2021-04-29'), review('xa-a3', '2021-05-02')])).toEqual([
		['tinh', ['huyen-a review:not-yet-due+report:not-yet-due', 'huyen-b review:not-yet-due+report:not-yet-due']],
		['huyen-a', ['xa-a1 review:missing']],
		['huyen-b', ['xa-b1 review:missing']],
	]);
});

test('the soon-due window includes its last day and not the day after', () => {
	// Province deadline 25/5: 7 days ahead on 18/5, 8 days ahead on 17/5.
	const done = ['huyen-a', 'huyen-b', 'xa-a1', 'xa-a2', 'xa-a3', 'xa-b1'].map((u) => review(u, '2021-04-28'));
	expect(summary('2021-05-18', done)).toEqual([['(office)', ['tinh review:not-yet-due']]]);
	expect(summary('2021-05-17', done)).toEqual([]);
	expect(summary('2021-05-17', done, 8)).toEqual([['(office)', ['tinh review:not-yet-due']]]);
});

test('the longest overdue come first within a group; late and on-time units are never urged', () => {
	const rows = unitCompliance(
		campaign,
		units,
		[review('xa-a1', '2021-05-03'), review('huyen-b', '2021-05-16')],
		'2021-05-20'
	);
	const groups = urgingList(rows, units);
	expect(groups.map((g) => g.followUp?.id ?? '(office)')).toEqual(['(office)', 'tinh', 'huyen-a', 'huyen-b']);
	expect(groups[1]!.items.map((i) => [i.row.unit.id, i.overdue, i.urgent[0]!.status])).toEqual([
		['huyen-a', true, { kind: 'missing', daysOverdue: 5 }],
	]);
	expect(groups[2]!.items.map((i) => i.row.unit.id)).toEqual(['xa-a2', 'xa-a3']);
	expect(groups.flatMap((g) => g.items.map((i) => i.row.unit.id))).not.toContain('xa-a1');
});

test('a planned ("dự kiến") date that has passed is not an overdue unit', () => {
	const planned = readCampaign(
		CAMPAIGN.replace('review: { date: 2021-05-25 }', 'review: { date: 2021-05-25, tentative: true }'),
		'content/campaigns/thu.yaml'
	).campaign!;
	const rows = unitCompliance(planned, [unit('tinh', 'tinh')], [], '2021-06-01');
	expect(rows[0]!.overall).toEqual({ kind: 'pending' });
	expect(urgingList(rows, [unit('tinh', 'tinh')])).toEqual([]);
});
