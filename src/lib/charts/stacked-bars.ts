import { r } from './svg.ts';
import { textOn, type Swatch } from './palette.ts';

export interface Series extends Swatch {
	key: string;
	label: string;
}
export interface Category {
	label: string;
	values: Record<string, number>;
}

// Drawn 360 units wide with 15-unit text: shown 288 px wide (a 320 px phone less its margins) text is still 12 px.
export const CHART_WIDTH = 360;
export const FONT_SIZE = 15;
const BAR = 24;
const LINE = 18;
const GAP = 12;
/** Characters of a category name a line holds (about 0.6 em each); longer names wrap onto more lines. */
export const LINE_CHARS = Math.floor(CHART_WIDTH / (FONT_SIZE * 0.6));
const TOTAL_ROOM = 40;
const LEGEND_ROW = 24;

/** A filled rectangle, with the pattern (if any) drawn over it as the second cue besides colour. */
export interface SwatchBox extends Swatch {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** Where everything of a stacked bar chart goes, in its own units; src/components/charts/StackedBarChart.astro draws it. */
export interface StackedBarLayout {
	title: string;
	/** Prefix of the chart's pattern ids, so two charts on one page do not share one. */
	id: string;
	width: number;
	height: number;
	fontSize: number;
	legend: { box: SwatchBox; x: number; y: number; label: string }[];
	bars: {
		/** The category's name, wrapped: first line's baseline, then one line height per line. */
		name: { y: number; lines: string[]; lineHeight: number };
		segments: {
			box: SwatchBox;
			title: string;
			value?: { chip: SwatchBox; x: number; y: number; fill: string; text: string };
		}[];
		total: { x: number; y: number; text: string };
	}[];
}

/**
 * A horizontal stacked bar chart: each category's name on its own line, its bar under it with each segment's value
 * written on it where it fits, and the total at the end. Segments are parted by a white rule and patterned where
 * colour alone would not tell them apart. The numbers are also in a table beside it.
 */
export function stackedBarLayout({
	title,
	categories,
	series,
	max,
}: {
	title: string;
	categories: readonly Category[];
	series: readonly Series[];
	max?: number;
}): StackedBarLayout {
	const id = `c${hash(title)}`;
	const top = Math.max(
		1,
		max ?? Math.max(0, ...categories.map((c) => series.reduce((sum, s) => sum + (c.values[s.key] ?? 0), 0)))
	);
	const barRoom = CHART_WIDTH - TOTAL_ROOM;
	const box = (s: Swatch, x: number, y: number, width: number, height: number): SwatchBox => ({
		color: s.color,
		...(s.pattern && { pattern: s.pattern }),
		x: r(x),
		y: r(y),
		width: r(width),
		height: r(height),
	});
	// Legend entries flow left to right and wrap, each as wide as its label (about 0.6 em a character).
	let lx = 0;
	let ly = 0;
	const legend = series.map((s) => {
		const w = 22 + s.label.length * FONT_SIZE * 0.6 + 14;
		if (lx > 0 && lx + w > CHART_WIDTH) ((lx = 0), (ly += LEGEND_ROW));
		const entry = { box: box(s, lx, ly + 4, 16, 16), x: r(lx + 22), y: ly + 18, label: s.label };
		lx += w;
		return entry;
	});
	let y = ly + LEGEND_ROW + 8;
	const bars = categories.map((c) => {
		const lines = wrap(c.label, LINE_CHARS);
		const LABEL = lines.length * LINE + 4;
		const name = { y: y + 15, lines, lineHeight: LINE };
		let x = 0;
		const segments = series.flatMap((s) => {
			const value = c.values[s.key] ?? 0;
			const w = (value / top) * barRoom;
			if (w <= 0) return [];
			// The value sits on its segment when its digits fit, in a colour readable on that fill, over a plain chip.
			const digits = String(value).length * FONT_SIZE * 0.62 + 6;
			const segment = {
				box: box(s, x, y + LABEL, w, BAR),
				title: `${c.label}: ${s.label} ${value}`,
				...(w >= digits && {
					value: {
						chip: box({ color: s.color }, x + w / 2 - digits / 2, y + LABEL + 3, digits, BAR - 6),
						x: r(x + w / 2),
						y: y + LABEL + BAR / 2 + 5,
						fill: textOn(s.color),
						text: String(value),
					},
				}),
			};
			x += w;
			return [segment];
		});
		const total = {
			x: r(x + 6),
			y: y + LABEL + BAR / 2 + 5,
			text: String(series.reduce((sum, s) => sum + (c.values[s.key] ?? 0), 0)),
		};
		y += LABEL + BAR + GAP;
		return { name, segments, total };
	});
	return { title, id, width: CHART_WIDTH, height: y, fontSize: FONT_SIZE, legend, bars };
}

/** Splits a name into lines of at most `width` characters at spaces (a longer word gets a line of its own). */
export function wrap(text: string, width: number): string[] {
	const lines: string[] = [];
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const last = lines.at(-1);
		if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
		else lines.push(word);
	}
	return lines.length ? lines : [''];
}

/** A short stable id from a title, so patterns of two charts on one page do not share an id. */
const hash = (text: string) => [...text].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7).toString(36);
