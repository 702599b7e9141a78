import { expect, test } from 'vitest';
import { stackedBarChart } from '../../src/lib/charts/stacked-bars.ts';
import { submissionsTimeline } from '../../src/lib/charts/timeline.ts';

const series = [
  { key: 'on-time', label: 'Đúng hạn', color: '#00703c' },
  { key: 'late', label: 'Chậm', color: '#b54708' },
];

test('a stacked bar chart is a static, labelled SVG whose bar widths follow the values', () => {
  const svg = stackedBarChart({ title: 'Tiến độ theo cấp', series, categories: [{ label: 'Cấp cơ sở', values: { 'on-time': 3, late: 1 } }, { label: 'Cấp <huyện> & "x"', values: { 'on-time': 2 } }] });
  expect(svg).toMatch(/^<svg [^>]*role="img" aria-label="Tiến độ theo cấp"/);
  expect(svg).not.toMatch(/<script|on\w+=/i);
  expect(svg).toContain('Cấp &#60;huyện&#62; &#38; &#34;x&#34;');
  const widths = [...svg.matchAll(/<rect x="[\d.]+" y="\d+" width="([\d.]+)" height="18"/g)].map((m) => Number(m[1]));
  expect(widths).toEqual([270, 90, 180]);
});

test('the timeline steps up once per report and draws a rule per deadline', () => {
  const svg = submissionsTimeline({ title: 'Báo cáo nhận được', total: 3, dates: ['2021-04-28', '2021-05-02', '2021-04-28'], markers: [{ date: '2021-04-30', label: 'Hạn cơ sở' }] });
  expect(svg.match(/ V/g)).toHaveLength(3);
  expect(svg).toContain('Hạn cơ sở 30/4/2021');
  expect(svg.match(/stroke-dasharray/g)).toHaveLength(1);
  expect(submissionsTimeline({ title: 'x', total: 0, dates: [], markers: [] })).toBe('');
});
