import { describe, expect, test } from 'vitest';
import type { Deadline } from '../../src/lib/model.ts';
import { asOfToday, deadlineStatus, statusLabel } from '../../src/lib/compliance/status.ts';

const deadline = (date: string, dayCounts: boolean, tentative = false): Deadline => ({ kind: 'review', date, dayCounts, tentative });

// The 2021 plan's deadlines: grassroots 30/4 (a Friday and a holiday), district 15/5 (a Saturday), province 25/5.
describe.each(['2021-04-30', '2021-05-15', '2021-05-25'])('deadline %s', (date) => {
  const [y, m, d] = date.split('-').map(Number);
  const day = (offset: number) => new Date(Date.UTC(y!, m! - 1, d! + offset)).toISOString().slice(0, 10);
  const asOf = day(30);
  test.each([
    { dayCounts: true, offset: -1, expected: { kind: 'on-time', daysEarly: 1 } },
    { dayCounts: true, offset: 0, expected: { kind: 'on-time', daysEarly: 0 } },
    { dayCounts: true, offset: 1, expected: { kind: 'late', daysLate: 1 } },
    { dayCounts: false, offset: -1, expected: { kind: 'on-time', daysEarly: 0 } },
    { dayCounts: false, offset: 0, expected: { kind: 'late', daysLate: 1 } },
    { dayCounts: false, offset: 1, expected: { kind: 'late', daysLate: 2 } },
  ])('a report on day $offset with dayCounts=$dayCounts', ({ dayCounts, offset, expected }) => {
    expect(deadlineStatus(deadline(date, dayCounts), day(offset), asOf)).toEqual({ ...expected, date: day(offset) });
  });
  test.each([
    { dayCounts: true, offset: -1, expected: { kind: 'not-yet-due', dueInDays: 1 } },
    { dayCounts: true, offset: 0, expected: { kind: 'not-yet-due', dueInDays: 0 } },
    { dayCounts: true, offset: 1, expected: { kind: 'missing', daysOverdue: 1 } },
    { dayCounts: false, offset: -1, expected: { kind: 'not-yet-due', dueInDays: 0 } },
    { dayCounts: false, offset: 0, expected: { kind: 'missing', daysOverdue: 1 } },
  ])('nothing received, as of day $offset with dayCounts=$dayCounts', ({ dayCounts, offset, expected }) => {
    expect(deadlineStatus(deadline(date, dayCounts), undefined, day(offset))).toEqual(expected);
  });
});

test('a report dated after the as-of date has not been received yet on that day', () => {
  expect(deadlineStatus(deadline('2021-05-15', true), '2021-05-18', '2021-05-16')).toEqual({ kind: 'missing', daysOverdue: 1 });
  expect(deadlineStatus(deadline('2021-05-15', true), '2021-05-18', '2021-05-18')).toMatchObject({ kind: 'late', daysLate: 3 });
});

test('a planned ("dự kiến") date never makes a unit late', () => {
  const planned = deadline('2021-05-25', true, true);
  expect(deadlineStatus(planned, '2021-06-10', '2021-07-01')).toEqual({ kind: 'on-time', date: '2021-06-10', daysEarly: 0 });
  expect(deadlineStatus(planned, undefined, '2021-07-01')).toEqual({ kind: 'pending' });
  expect(deadlineStatus(planned, undefined, '2021-05-20')).toEqual({ kind: 'not-yet-due', dueInDays: 5 });
});

test('today is the calendar date in the campaign time zone, across midnight', () => {
  expect(asOfToday('Asia/Ho_Chi_Minh', new Date('2021-05-15T16:59:59Z'))).toBe('2021-05-15');
  expect(asOfToday('Asia/Ho_Chi_Minh', new Date('2021-05-15T17:00:00Z'))).toBe('2021-05-16');
});

test.each([
  [{ kind: 'on-time', date: '2021-04-29', daysEarly: 1 }, 'Đúng hạn'],
  [{ kind: 'late', date: '2021-05-18', daysLate: 3 }, 'Chậm 3 ngày'],
  [{ kind: 'missing', daysOverdue: 5 }, 'Chưa nộp (quá hạn 5 ngày)'],
  [{ kind: 'not-yet-due', dueInDays: 4 }, 'Chưa đến hạn (còn 4 ngày)'],
  [{ kind: 'not-yet-due', dueInDays: 0 }, 'Chưa nộp (hạn là hôm nay)'],
  [{ kind: 'pending' }, 'Chưa nộp (hạn dự kiến)'],
] as const)('label of %j', (status, label) => expect(statusLabel(status)).toBe(label));
