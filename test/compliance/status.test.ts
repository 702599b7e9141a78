import { describe, expect, test } from 'vitest';
import type { Deadline } from '../../src/lib/model.ts';
import { deadlineStatus } from '../../src/lib/compliance/status.ts';
import { statusLabel } from '../../src/lib/labels.ts';

const deadline = (date: string, dayCounts: boolean, tentative = false): Deadline => ({
	kind: 'review',
	date,
	dayCounts,
	tentative,
});

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
	expect(deadlineStatus(deadline('2021-05-15', true), '2021-05-18', '2021-05-16')).toEqual({
		kind: 'missing',
		daysOverdue: 1,
	});
	expect(deadlineStatus(deadline('2021-05-15', true), '2021-05-18', '2021-05-18')).toMatchObject({
		kind: 'late',
		daysLate: 3,
	});
});

test('a planned ("dự kiến") date never makes a unit late', () => {
	const planned = deadline('2021-05-25', true, true);
	expect(deadlineStatus(planned, '2021-06-10', '2021-07-01')).toEqual({
		kind: 'on-time',
		date: '2021-06-10',
		daysEarly: 0,
	});
	expect(deadlineStatus(planned, undefined, '2021-07-01')).toEqual({ kind: 'pending' });
	expect(deadlineStatus(planned, undefined, '2021-05-20')).toEqual({ kind: 'not-yet-due', dueInDays: 5 });
});

test.each([
	[{ kind: 'on-time', date: '2021-04-29', daysEarly: 1 }, 'Đúng hạn', 'Đúng hạn'],
	[{ kind: 'late', date: '2021-05-18', daysLate: 3 }, 'Gửi chậm 3 ngày', 'Tổ chức chậm 3 ngày'],
	[{ kind: 'missing', daysOverdue: 5 }, 'Quá hạn 5 ngày, chưa gửi', 'Quá hạn 5 ngày, chưa tổ chức'],
	[{ kind: 'not-yet-due', dueInDays: 4 }, 'Chưa đến hạn (còn 4 ngày)', 'Chưa đến hạn (còn 4 ngày)'],
	[{ kind: 'not-yet-due', dueInDays: 0 }, 'Hạn là hôm nay, chưa gửi', 'Hạn là hôm nay, chưa tổ chức'],
	[{ kind: 'pending' }, 'Chưa gửi (hạn dự kiến)', 'Chưa tổ chức (hạn dự kiến)'],
] as const)('label of %j: a report is "gửi", a conference "tổ chức"', (status, report, review) => {
	expect(statusLabel(status)).toBe(report);
	expect(statusLabel(status, 'report')).toBe(report);
	expect(statusLabel(status, 'review')).toBe(review);
});
