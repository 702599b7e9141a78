import { daysBetween, type CalendarDate } from '../schema/calendar-date.ts';
import { partyDate } from '../labels.ts';
import { escapeXml, r, stepsByDay } from './svg.ts';

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

const W = 720;
const H = 320;
const PAD = { left: 48, right: 20, top: 40, bottom: 64 };

/**
 * The share of each group's reports received over time, as a static SVG of step lines from `start` to `end`, with a
 * dashed rule at each marker (deadlines, the as-of date). Numbers belong in a table beside it.
 */
export function progressChart({ title, series, markers, start, end }: { title: string; series: readonly ProgressSeries[]; markers: readonly Marker[]; start: CalendarDate; end: CalendarDate }): string {
  const span = Math.max(1, daysBetween(start, end));
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const x = (d: CalendarDate) => PAD.left + (Math.min(span, Math.max(0, daysBetween(start, d))) / span) * plotW;
  const y = (share: number) => PAD.top + (1 - share) * plotH;
  const grid = [0, 0.25, 0.5, 0.75, 1]
    .map((s) => `<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${r(y(s))}" y2="${r(y(s))}" stroke="${s === 0 ? '#505a5f' : '#d8dadb'}"/><text x="${PAD.left - 6}" y="${r(y(s)) + 4}" text-anchor="end">${s * 100}%</text>`)
    .join('');
  // Labels of neighbouring rules go on different rows (by date), and near an edge they grow inwards.
  const rules = [...markers]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((m, i) => {
      const mx = r(x(m.date));
      const row = H - PAD.bottom + 16 + (i % 3) * 16;
      const anchor = mx > W - 150 ? 'end' : mx < PAD.left + 150 ? 'start' : 'middle';
      return `<line x1="${mx}" x2="${mx}" y1="${PAD.top}" y2="${H - PAD.bottom + 4}" stroke="#0b0c0c" stroke-dasharray="2 3"/><text x="${mx}" y="${row}" text-anchor="${anchor}">${escapeXml(`${m.label} ${partyDate(m.date)}`)}</text>`;
    })
    .join('');
  const lines = series
    .map((s) => {
      const sorted = [...s.dates].sort();
      let path = `M${r(x(start))},${r(y(0))}`;
      path += stepsByDay(sorted, x, (count) => y(count / Math.max(1, s.total)));
      path += ` H${r(x(end))}`;
      return `<path d="${path}" fill="none" stroke="${s.color}" stroke-width="3"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}><title>${escapeXml(`${s.label}: ${sorted.length}/${s.total}`)}</title></path>`;
    })
    .join('');
  const legend = series
    .map((s, i) => {
      const lx = PAD.left + i * 220;
      return `<line x1="${lx}" x2="${lx + 28}" y1="14" y2="14" stroke="${s.color}" stroke-width="3"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/><text x="${lx + 34}" y="18">${escapeXml(s.label)}</text>`;
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" role="img" aria-label="${escapeXml(title)}" font-size="12" font-family="system-ui, sans-serif"><title>${escapeXml(title)}</title>${legend}${grid}${rules}${lines}</svg>`;
}
