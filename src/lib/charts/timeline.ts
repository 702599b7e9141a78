import { daysBetween, formatVietnameseDate, type CalendarDate } from '../schema/calendar-date.ts';
import { escapeXml, r, stepsByDay } from './svg.ts';

export interface Marker {
  date: CalendarDate;
  label: string;
}

const W = 680;
const H = 260;
const PAD = { left: 44, right: 16, top: 16, bottom: 56 };

/**
 * Cumulative reports received over time as a static SVG step line, with a vertical rule at each deadline.
 * `dates` are the received dates (one per report); the range spans them and the markers.
 */
export function submissionsTimeline({ title, dates, markers, total }: { title: string; dates: readonly CalendarDate[]; markers: readonly Marker[]; total: number }): string {
  const all = [...dates, ...markers.map((m) => m.date)].sort();
  if (all.length === 0) return '';
  const start = all[0]!;
  const span = Math.max(1, daysBetween(start, all.at(-1)!));
  const x = (d: CalendarDate) => PAD.left + (daysBetween(start, d) / span) * (W - PAD.left - PAD.right);
  const y = (n: number) => H - PAD.bottom - (n / Math.max(1, total)) * (H - PAD.top - PAD.bottom);
  const sorted = [...dates].sort();
  let path = `M${r(x(start))},${r(y(0))}`;
  path += stepsByDay(sorted, x, y);
  path += ` H${r(x(all.at(-1)!))}`;
  const rules = markers
    .map((m, i) => `<line x1="${r(x(m.date))}" x2="${r(x(m.date))}" y1="${PAD.top}" y2="${H - PAD.bottom}" stroke="#0b0c0c" stroke-dasharray="4 3"/><text x="${r(x(m.date))}" y="${H - PAD.bottom + 16 + (i % 2) * 14}" text-anchor="middle">${escapeXml(`${m.label} ${formatVietnameseDate(m.date)}`)}</text>`)
    .join('');
  const axis = `<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${H - PAD.bottom}" y2="${H - PAD.bottom}" stroke="#505a5f"/><text x="${PAD.left - 6}" y="${r(y(total)) + 4}" text-anchor="end">${total}</text><text x="${PAD.left - 6}" y="${r(y(0)) + 4}" text-anchor="end">0</text><line x1="${PAD.left}" x2="${W - PAD.right}" y1="${r(y(total))}" y2="${r(y(total))}" stroke="#b1b4b6"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" role="img" aria-label="${escapeXml(title)}" font-size="12" font-family="system-ui, sans-serif"><title>${escapeXml(title)}</title>${axis}${rules}<path d="${path}" fill="none" stroke="#1d70b8" stroke-width="3"/></svg>`;
}
