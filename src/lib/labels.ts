// Vietnamese words for the model's enums, shared by pages and downloads so a spreadsheet says what the page says.
import type { StatusKey } from './compliance/status.ts';

export const formLabel = { conference: 'Hội nghị', written: 'Bằng văn bản' } as const;
export const recipientLabel = { collective: 'Tập thể', individual: 'Cá nhân' } as const;
export const deadlineKindLabel = { review: 'Hạn tổ chức sơ kết', report: 'Hạn gửi báo cáo' } as const;

/** Short names of the status kinds, for filters and counts. */
export const statusKeyLabel: Record<StatusKey, string> = {
  'on-time': 'Đúng hạn',
  late: 'Chậm',
  missing: 'Chưa nộp, quá hạn',
  'not-yet-due': 'Chưa đến hạn',
  pending: 'Chưa nộp (hạn dự kiến)',
};

/** How a unit of another campaign stands to the unit whose page is read (its history across campaigns). */
export const relationLabel = { self: 'Đợt này', earlier: 'Tiền thân', later: 'Nay là' } as const;
/** Column heads of a comparison between two campaigns. */
export const comparisonLabel = { current: 'Đợt này', previous: 'Đợt trước', difference: 'Chênh lệch' } as const;
