import { formatVietnameseDate, type CalendarDate } from '../lib/schema/calendar-date.ts';
import type { Deadline } from '../lib/model.ts';

export const date = (d: CalendarDate | undefined) => (d ? formatVietnameseDate(d) : '—');
export const number = (n: number) => new Intl.NumberFormat('vi').format(n);
export const percent = (fraction: number) => new Intl.NumberFormat('vi', { style: 'percent', maximumFractionDigits: 1 }).format(fraction);
export const collator = new Intl.Collator('vi');

export const formLabel = { conference: 'Hội nghị', written: 'Bằng văn bản' } as const;
export const recipientLabel = { collective: 'Tập thể', individual: 'Cá nhân' } as const;
export const deadlineKindLabel = { review: 'Hạn tổ chức sơ kết', report: 'Hạn gửi báo cáo' } as const;

export const deadlineText = (d: Deadline | undefined) =>
  d ? `${d.dayCounts ? 'Đến hết ngày' : 'Trước ngày'} ${date(d.date)}${d.tentative ? ' (dự kiến)' : ''}` : 'Không quy định';

/** Short names of the status kinds, for filters and counts. */
export const statusKeyLabel: Record<string, string> = {
  'on-time': 'Đúng hạn',
  late: 'Chậm',
  missing: 'Chưa nộp, quá hạn',
  'not-yet-due': 'Chưa đến hạn',
  pending: 'Chưa nộp (hạn dự kiến)',
};
