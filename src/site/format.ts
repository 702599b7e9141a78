import { formatVietnameseDate, type CalendarDate } from '../lib/schema/calendar-date.ts';
import type { Deadline } from '../lib/model.ts';

export const date = (d: CalendarDate | undefined) => (d ? formatVietnameseDate(d) : '—');
export const number = (n: number) => new Intl.NumberFormat('vi').format(n);
export const percent = (fraction: number) => new Intl.NumberFormat('vi', { style: 'percent', maximumFractionDigits: 1 }).format(fraction);
export const collator = new Intl.Collator('vi');

export { formLabel, recipientLabel, deadlineKindLabel, statusKeyLabel } from '../lib/labels.ts';

export const deadlineText = (d: Deadline | undefined) =>
  d ? `${d.dayCounts ? 'Đến hết ngày' : 'Trước ngày'} ${date(d.date)}${d.tentative ? ' (dự kiến)' : ''}` : 'Không quy định';

/** Vietnamese names of the headline figures a report may give (domain.md §3.4). */
export const figureLabels: Record<string, string> = {
  disseminationConferences: 'Hội nghị quán triệt',
  disseminationAttendance: 'Lượt cán bộ, đảng viên dự quán triệt',
  directiveDocuments: 'Văn bản lãnh đạo, chỉ đạo',
  inspections: 'Cuộc kiểm tra, giám sát',
  dialogueConferences: 'Hội nghị đối thoại',
  dialogueAttendance: 'Lượt người dự đối thoại',
  citizenReceptions: 'Lượt tiếp công dân',
  petitionsReceived: 'Đơn thư tiếp nhận',
  peopleInspectionBoards: 'Ban thanh tra nhân dân',
  communityInvestmentBoards: 'Ban giám sát đầu tư của cộng đồng',
  villageCharters: 'Hương ước, quy ước',
  workerConferences: 'Hội nghị người lao động',
  workplaceDialogues: 'Đối thoại tại nơi làm việc',
};
