import { daysBetween, type CalendarDate } from '../schema/calendar-date.ts';
import { partyDate } from '../labels.ts';
import { r, stepsByDay } from './svg.ts';

/** A dated rule on a chart, e.g. a deadline. */
export interface Marker {
	date: CalendarDate;
	label: string;
}

export interface ProgressSeries {
	label: string;
	color: string;
	/** SVG stroke-dasharray, so lines differ by more than colour. */
	dash?: string;
	/** Units expected; the line climbs to 100% when every one has reported. */
	total: number;
	/** Dates reports were received, one per report. */
	dates: readonly CalendarDate[];
}

/** Where everything of a progress chart goes, in its own units; src/components/charts/ProgressChart.astro draws it. */
export interface ProgressLayout {
	title: string;
	width: number;
	height: number;
	plot: { left: number; right: number; top: number; bottom: number };
	/** Horizontal rules at 0, 25, … 100%; the 0% one is the axis. */
	grid: { y: number; label: string; axis: boolean }[];
	/** One dashed rule per marker, its label on one of three rows, growing inwards near an edge. */
	rules: { x: number; labelY: number; anchor: 'start' | 'middle' | 'end'; label: string }[];
	lines: { d: string; color: string; dash?: string; title: string }[];
	legend: { x: number; label: string; color: string; dash?: string }[];
}

const W = 720;
const H = 320;
const PAD = { left: 48, right: 20, top: 40, bottom: 64 };

/**
 * The share of each group's reports received over time, as step lines from `start` to `end`, with a dashed rule at
 * each marker (deadlines, the as-of date). Numbers belong in a table beside it.
 */
export function progressLayout({
	title,
	series,
	markers,
	start,
	end,
}: {
	title: string;
	series: readonly ProgressSeries[];
	markers: readonly Marker[];
	start: CalendarDate;
	end: CalendarDate;
}): ProgressLayout {
	const span = Math.max(1, daysBetween(start, end));
	const plotW = W - PAD.left - PAD.right;
	const plotH = H - PAD.top - PAD.bottom;
	const x = (d: CalendarDate) => PAD.left + (Math.min(span, Math.max(0, daysBetween(start, d))) / span) * plotW;
	const y = (share: number) => PAD.top + (1 - share) * plotH;
	const grid = [0, 0.25, 0.5, 0.75, 1].map((s) => ({ y: r(y(s)), label: `${s * 100}%`, axis: s === 0 }));
	// Labels of neighbouring rules go on different rows (by date), and near an edge they grow inwards.
	const rules = [...markers]
		.sort((a, b) => a.date.localeCompare(b.date))
		.map((m, i) => {
			const mx = r(x(m.date));
			const anchor: 'start' | 'middle' | 'end' = mx > W - 150 ? 'end' : mx < PAD.left + 150 ? 'start' : 'middle';
			return { x: mx, labelY: H - PAD.bottom + 16 + (i % 3) * 16, anchor, label: `${m.label} ${partyDate(m.date)}` };
		});
	const lines = series.map((s) => {
		const sorted = [...s.dates].sort();
		const d =
			`M${r(x(start))},${r(y(0))}` +
			stepsByDay(sorted, x, (count) => y(count / Math.max(1, s.total))) +
			` H${r(x(end))}`;
		return { d, color: s.color, ...(s.dash && { dash: s.dash }), title: `${s.label}: ${sorted.length}/${s.total}` };
	});
	const legend = series.map((s, i) => ({
		x: PAD.left + i * 220,
		label: s.label,
		color: s.color,
		...(s.dash && { dash: s.dash }),
	}));
	return {
		title,
		width: W,
		height: H,
		plot: { left: PAD.left, right: W - PAD.right, top: PAD.top, bottom: H - PAD.bottom },
		grid,
		rules,
		lines,
		legend,
	};
}
