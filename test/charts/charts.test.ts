import { expect, test } from 'vitest';
import { stackedBarChart, wrap } from '../../src/lib/charts/stacked-bars.ts';
import { submissionsTimeline } from '../../src/lib/charts/timeline.ts';
import { progressChart } from '../../src/lib/charts/progress.ts';

const series = [
  { key: 'on-time', label: 'Đúng hạn', color: '#00703c' },
  { key: 'late', label: 'Chậm', color: '#b54708' },
];

test('a stacked bar chart is a static, labelled SVG whose bar widths follow the values', () => {
  const svg = stackedBarChart({ title: 'Tiến độ theo cấp', series, categories: [{ label: 'Cấp cơ sở', values: { 'on-time': 3, late: 1 } }, { label: 'Cấp <huyện> & "x"', values: { 'on-time': 2 } }] });
  expect(svg).toMatch(/^<svg [^>]*role="img" aria-label="Tiến độ theo cấp"/);
  expect(svg).not.toMatch(/<script|on\w+=/i);
  expect(svg).toContain('Cấp &#60;huyện&#62; &#38; &#34;x&#34;');
  const widths = [...svg.matchAll(/<rect x="[\d.]+" y="[\d.]+" width="([\d.]+)" height="24" fill="#/g)].map((m) => Number(m[1]));
  expect(widths).toEqual([240, 80, 160]);
  // Each value is written on its segment, and the text is never drawn below 15 units in a 360-unit-wide chart.
  expect(svg).toMatch(/<svg [^>]*viewBox="0 0 360 \d+"[^>]*font-size="15"/);
  for (const v of ['3', '1', '2']) expect(svg).toContain(`text-anchor="middle" fill="#ffffff">${v}</text>`);
});

test('the timeline steps up once per day with reports, to the count by that day, and draws a rule per deadline', () => {
  const svg = submissionsTimeline({ title: 'Báo cáo nhận được', total: 3, dates: ['2021-04-28', '2021-05-02', '2021-04-28'], markers: [{ date: '2021-04-30', label: 'Hạn cơ sở' }] });
  expect(svg.match(/ V/g)).toHaveLength(2);
  // Two received by 28/4 is two thirds of the way from none (the path's start) to all three (its last step).
  const none = Number(/<path d="M[\d.]+,([\d.]+)/.exec(svg)![1]);
  const [byDay, all] = [...svg.matchAll(/ V([\d.]+)/g)].map((m) => Number(m[1]));
  expect(byDay).toBeCloseTo(none - (2 / 3) * (none - all!), 0);
  expect(svg).toContain('Hạn cơ sở 30/4/2021');
  expect(svg.match(/stroke-dasharray/g)).toHaveLength(1);
  expect(submissionsTimeline({ title: 'x', total: 0, dates: [], markers: [] })).toBe('');
});

test('a chart of 50,000 reports over a month draws a step a day, not a step a report', () => {
  const dates = Array.from({ length: 50_000 }, (_, i) => `2021-04-${String(1 + (i % 30)).padStart(2, '0')}`);
  expect(submissionsTimeline({ title: 'x', total: 50_000, dates, markers: [] }).match(/ V/g)).toHaveLength(30);
  const svg = progressChart({ title: 'x', start: '2021-04-01', end: '2021-05-01', markers: [], series: [{ label: 'Cấp cơ sở', color: '#00703c', total: 50_000, dates }] });
  expect(svg.match(/ V/g)).toHaveLength(30);
  expect(svg.length).toBeLessThan(5_000);
});

test('the progress chart climbs each series to its share of units, draws a rule per marker, and clamps dates to its range', () => {
  const svg = progressChart({
    title: 'Tỷ lệ báo cáo',
    start: '2021-04-20',
    end: '2021-05-30',
    markers: [{ date: '2021-05-15', label: 'Hạn cấp huyện' }, { date: '2021-04-30', label: 'Hạn cấp cơ sở' }],
    series: [
      { label: 'Cấp huyện', color: '#8b1a1a', dash: '9 5', total: 4, dates: ['2021-05-14', '2021-05-18'] },
      { label: 'Cấp <cơ sở>', color: '#00703c', total: 2, dates: ['2021-04-28', '2021-04-01'] },
    ],
  });
  expect(svg).toMatch(/^<svg [^>]*role="img" aria-label="Tỷ lệ báo cáo"/);
  expect(svg).not.toMatch(/<script|on\w+=/i);
  const paths = [...svg.matchAll(/<path d="([^"]+)"/g)].map((m) => m[1]!);
  expect(paths).toHaveLength(2);
  // Plot from y=256 (0%) up to y=40 (100%): two of four reports is 50%, both of two is 100%.
  const lastY = (d: string) => Number([...d.matchAll(/V([\d.]+)/g)].at(-1)![1]);
  expect(lastY(paths[0]!)).toBe(148);
  expect(lastY(paths[1]!)).toBe(40);
  // A date before the start sits on the left edge, not outside the plot.
  expect(paths[1]).toContain('H48 V148');
  // Rules are labelled in date order, with the date written day first.
  expect([...svg.matchAll(/<text [^>]*>(Hạn [^<]+)<\/text>/g)].map((m) => m[1])).toEqual(['Hạn cấp cơ sở 30/4/2021', 'Hạn cấp huyện 15/5/2021']);
  expect(svg).toContain('Cấp &#60;cơ sở&#62;');
  expect(svg).toContain('stroke-dasharray="9 5"');
});

test('a legend of four series and long category names stay inside the chart: names wrap, never cut', () => {
  const four = [...series, { key: 'missing', label: 'Quá hạn, chưa gửi', color: '#2b0a04' }, { key: 'due', label: 'Chưa đến hạn', color: '#757575' }];
  const long = 'Tổ chức cơ sở đảng trong cơ quan hành chính nhà nước và đơn vị sự nghiệp công lập của tỉnh';
  const svg = stackedBarChart({ title: 'x', series: four, categories: [{ label: long, values: { missing: 2 } }] });
  const width = Number(/viewBox="0 0 (\d+)/.exec(svg)![1]);
  // Text is 15 units; at about 0.6 em a character nothing may run past the right edge.
  const texts = [...svg.matchAll(/<(?:text|tspan) x="([\d.]+)"[^>]*>([^<]+)</g)].map((m) => ({ x: Number(m[1]), text: m[2]! }));
  for (const t of texts) expect(t.x + t.text.length * 15 * 0.6, t.text).toBeLessThanOrEqual(width);
  const lines = [...svg.matchAll(/<tspan [^>]*>([^<]+)<\/tspan>/g)].map((m) => m[1]);
  expect(lines.length).toBeGreaterThan(1);
  expect(lines.join(' ')).toBe(long);
});

test('names wrap at spaces', () => {
  expect(wrap('Cấp huyện và tương đương', 10)).toEqual(['Cấp huyện', 'và tương', 'đương']);
  expect(wrap('Cấp tỉnh', 40)).toEqual(['Cấp tỉnh']);
});
