import { expect, test } from 'vitest';
import { stackedBarLayout, wrap } from '../../src/lib/charts/stacked-bars.ts';
import { progressLayout } from '../../src/lib/charts/progress.ts';

const series = [
	{ key: 'on-time', label: 'Đúng hạn', color: '#00703c' },
	{ key: 'late', label: 'Chậm', color: '#b54708' },
];

test('a stacked bar chart lays out bar widths that follow the values, each value on its segment, and the total after it', () => {
	const chart = stackedBarLayout({
		title: 'Tiến độ theo cấp',
		series,
		categories: [
			{ label: 'Cấp cơ sở', values: { 'on-time': 3, late: 1 } },
			{ label: 'Cấp <huyện> & "x"', values: { 'on-time': 2 } },
		],
	});
	expect(chart.title).toBe('Tiến độ theo cấp');
	const segments = chart.bars.flatMap((b) => b.segments);
	expect(segments.map((s) => s.box.width)).toEqual([240, 80, 160]);
	expect(segments.map((s) => s.box.height)).toEqual([24, 24, 24]);
	// Segments of a bar follow each other; the total sits just after the last.
	expect(segments[1]!.box.x).toBe(240);
	expect(chart.bars.map((b) => [b.total.x, b.total.text])).toEqual([
		[326, '4'],
		[166, '2'],
	]);
	// Each value is written on its segment, centred, in a colour readable on its fill; text is never below 15 units in a 360-unit-wide chart.
	expect(segments.map((s) => [s.value?.x, s.value?.text, s.value?.fill])).toEqual([
		[120, '3', '#ffffff'],
		[280, '1', '#ffffff'],
		[80, '2', '#ffffff'],
	]);
	expect([chart.width, chart.fontSize]).toEqual([360, 15]);
	expect(segments[2]!.title).toBe('Cấp <huyện> & "x": Đúng hạn 2');
	// Each bar sits under its name, and the chart is as tall as its bars.
	const [first, second] = chart.bars;
	expect(first!.segments[0]!.box.y).toBeGreaterThan(first!.name.y);
	expect(second!.name.y).toBeGreaterThan(first!.segments[0]!.box.y + 24);
	expect(chart.height).toBeGreaterThan(second!.segments[0]!.box.y + 24);
});

test('a segment too narrow for its digits carries no value on it', () => {
	const chart = stackedBarLayout({
		title: 't',
		series,
		categories: [{ label: 'x', values: { 'on-time': 1000, late: 1 } }],
	});
	expect(chart.bars[0]!.segments.map((s) => s.value?.text)).toEqual(['1000', undefined]);
});

test('the progress chart climbs each series to its share of units, draws a rule per marker, and clamps dates to its range', () => {
	const chart = progressLayout({
		title: 'Tỷ lệ báo cáo',
		start: '2021-04-20',
		end: '2021-05-30',
		markers: [
			{ date: '2021-05-15', label: 'Hạn cấp huyện' },
			{ date: '2021-04-30', label: 'Hạn cấp cơ sở' },
		],
		series: [
			{ label: 'Cấp huyện', color: '#8b1a1a', dash: '9 5', total: 4, dates: ['2021-05-14', '2021-05-18'] },
			{ label: 'Cấp <cơ sở>', color: '#00703c', total: 2, dates: ['2021-04-28', '2021-04-01'] },
		],
	});
	const paths = chart.lines.map((l) => l.d);
	expect(paths).toHaveLength(2);
	// Plot from y=256 (0%) up to y=40 (100%): two of four reports is 50%, both of two is 100%.
	const lastY = (d: string) => Number([...d.matchAll(/V([\d.]+)/g)].at(-1)![1]);
	expect(lastY(paths[0]!)).toBe(148);
	expect(lastY(paths[1]!)).toBe(40);
	// A date before the start sits on the left edge, not outside the plot.
	expect(paths[1]).toContain('H48 V148');
	expect(chart.lines.map((l) => [l.title, l.dash])).toEqual([
		['Cấp huyện: 2/4', '9 5'],
		['Cấp <cơ sở>: 2/2', undefined],
	]);
	// Rules are labelled in date order, with the date written day first, on different rows.
	expect(chart.rules.map((m) => m.label)).toEqual(['Hạn cấp cơ sở 30/4/2021', 'Hạn cấp huyện 15/5/2021']);
	expect(new Set(chart.rules.map((m) => m.labelY)).size).toBe(2);
	expect(chart.grid.map((g) => [g.y, g.label])).toEqual([
		[256, '0%'],
		[202, '25%'],
		[148, '50%'],
		[94, '75%'],
		[40, '100%'],
	]);
	expect(chart.legend.map((l) => l.dash)).toEqual(['9 5', undefined]);
});

test('a legend of four series and long category names stay inside the chart: names wrap, never cut', () => {
	const four = [
		...series,
		{ key: 'missing', label: 'Quá hạn, chưa gửi', color: '#2b0a04' },
		{ key: 'due', label: 'Chưa đến hạn', color: '#757575' },
	];
	const long = 'Tổ chức cơ sở đảng trong cơ quan hành chính nhà nước và đơn vị sự nghiệp công lập của tỉnh';
	const chart = stackedBarLayout({ title: 'x', series: four, categories: [{ label: long, values: { missing: 2 } }] });
	// Text is 15 units; at about 0.6 em a character nothing may run past the right edge.
	const texts = [
		...chart.legend.map((l) => ({ x: l.x, text: l.label })),
		...chart.bars.flatMap((b) => b.name.lines.map((text) => ({ x: 0, text }))),
	];
	for (const t of texts) expect(t.x + t.text.length * 15 * 0.6, t.text).toBeLessThanOrEqual(chart.width);
	const lines = chart.bars[0]!.name.lines;
	expect(lines.length).toBeGreaterThan(1);
	expect(lines.join(' ')).toBe(long);
});

test('names wrap at spaces', () => {
	expect(wrap('Cấp huyện và tương đương', 10)).toEqual(['Cấp huyện', 'và tương', 'đương']);
	expect(wrap('Cấp tỉnh', 40)).toEqual(['Cấp tỉnh']);
});
