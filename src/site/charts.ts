// The synthesis page's charts: their layouts, from the synthesis figures; src/components/charts/ draws them.
import { progressLayout, type ProgressLayout } from '../lib/charts/progress.ts';
import { stackedBarLayout, type Category } from '../lib/charts/stacked-bars.ts';
import type { Rollup } from '../lib/compliance/rollup.ts';
import type { Synthesis } from '../lib/synthesis/synthesis.ts';
import { addDays } from '../lib/schema/calendar-date.ts';
import type { CampaignView } from './data.ts';
import { deadlineKindLabel, statusKeyLabel } from './format.ts';
import { STATUS_COLUMNS, statusColumnCount } from '../lib/labels.ts';
import { LINE_STYLES, SINGLE_SWATCH, STATUS_SWATCHES } from '../lib/charts/palette.ts';

// Legend words from the vocabulary, fills from the palette; a planned date that passed counts as not yet due.
const STATUS_SERIES = STATUS_COLUMNS.map((key) => ({ key, label: statusKeyLabel[key], ...STATUS_SWATCHES[key] }));

const statusValues = (r: Rollup) => Object.fromEntries(STATUS_COLUMNS.map((k) => [k, statusColumnCount(r, k)]));

/** Stacked bars of statuses, one bar per group. */
export const statusChart = (title: string, groups: { label: string; rollup: Rollup }[]) =>
	stackedBarLayout({
		title,
		series: STATUS_SERIES,
		categories: groups.map((g): Category => ({ label: g.label, values: statusValues(g.rollup) })),
	});

/** One bar per lesson theme. */
export const themeChart = (s: Synthesis) =>
	stackedBarLayout({
		title: 'Số bài học kinh nghiệm theo chủ đề',
		series: [{ key: 'count', label: 'Số bài học', ...SINGLE_SWATCH }],
		categories: s.lessons.themes.map((t) => ({ label: t.theme.name, values: { count: t.count } })),
	});

/** Share of each tier's reports received over time, from the plan's date to the later of the as-of date and the last deadline. */
export function submissionsChart(view: CampaignView): ProgressLayout {
	const { campaign, synthesis: s, rows } = view;
	// One rule per tier and date; the deadline's kind is named only when a tier has two different dates.
	const markers = s.deadlines
		.filter((d, i, all) => all.findIndex((o) => o.tier.id === d.tier.id && o.deadline.date === d.deadline.date) === i)
		.map((d, _, all) => {
			const twoDates = all.filter((o) => o.tier.id === d.tier.id).length > 1;
			return {
				date: d.deadline.date,
				label: `Hạn ${d.tier.name.toLocaleLowerCase('vi')}${twoDates ? ` (${deadlineKindLabel[d.kind].slice(4)})` : ''}`,
			};
		});
	// From a few days before the first report or deadline (never before the plan) to just after the last date shown.
	const dates = [view.asOf, ...markers.map((m) => m.date), ...s.submissions.map((d) => d.date)].sort();
	const first = addDays(dates[0]!, -3);
	const start = first < campaign.plan.date ? campaign.plan.date : first;
	const end = addDays(dates.at(-1)!, 2);
	return progressLayout({
		title: 'Tỷ lệ báo cáo nhận được theo thời gian, từng cấp, so với thời hạn',
		start,
		end,
		markers: [...markers, { date: view.asOf, label: 'Ngày số liệu' }],
		series: campaign.tiers.map((tier, i) => ({
			label: tier.name,
			...LINE_STYLES[i % LINE_STYLES.length]!,
			total: rows.filter((r) => r.unit.tier === tier.id).length,
			dates: rows.filter((r) => r.unit.tier === tier.id && r.review).map((r) => r.review!.sentOn),
		})),
	});
}
