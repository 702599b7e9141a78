import { formatVietnameseDate, type CalendarDate } from '../lib/schema/calendar-date.ts';
import type { Deadline } from '../lib/model.ts';

export const date = (d: CalendarDate | undefined) => (d ? formatVietnameseDate(d) : '—');
// Formatters are made once: creating one costs far more than formatting, and a unit table formats thousands of numbers.
const numbers = new Intl.NumberFormat('vi');
const percents = new Intl.NumberFormat('vi', { style: 'percent', maximumFractionDigits: 1 });
export const number = (n: number) => numbers.format(n);
export const percent = (fraction: number) => percents.format(fraction);
export const collator = new Intl.Collator('vi');

export { formLabel, recipientLabel, deadlineKindLabel, statusKeyLabel } from '../lib/labels.ts';

export const deadlineText = (d: Deadline | undefined) =>
  d ? `${d.dayCounts ? 'Đến hết ngày' : 'Trước ngày'} ${date(d.date)}${d.tentative ? ' (dự kiến)' : ''}` : 'Không quy định';

