import type { Deadline } from '../model.ts';
import { daysBetween, type CalendarDate } from '../schema/calendar-date.ts';
import { lastOnTimeDay } from './deadlines.ts';

/** Where a unit stands against one deadline on the as-of date. */
export type ComplianceStatus =
	| { kind: 'on-time'; date: CalendarDate; daysEarly: number }
	| { kind: 'late'; date: CalendarDate; daysLate: number }
	| { kind: 'missing'; daysOverdue: number }
	| { kind: 'not-yet-due'; dueInDays: number }
	/** Nothing received against a planned ("dự kiến") date, which never makes a unit late. */
	| { kind: 'pending' };

export type StatusKey = ComplianceStatus['kind'];
export const STATUS_KEYS: readonly StatusKey[] = ['on-time', 'late', 'missing', 'not-yet-due', 'pending'];

/**
 * Compares the date something was done with a deadline, as the campaign stood on `asOf`.
 * A date after `asOf` has not happened yet as of that day, so it counts as not received.
 */
export function deadlineStatus(
	deadline: Deadline,
	done: CalendarDate | undefined,
	asOf: CalendarDate
): ComplianceStatus {
	const last = lastOnTimeDay(deadline);
	const received = done !== undefined && done <= asOf ? done : undefined;
	if (received !== undefined) {
		const late = daysBetween(last, received);
		return late > 0 && !deadline.tentative
			? { kind: 'late', date: received, daysLate: late }
			: { kind: 'on-time', date: received, daysEarly: Math.max(0, -late) };
	}
	if (deadline.tentative)
		return asOf > last ? { kind: 'pending' } : { kind: 'not-yet-due', dueInDays: daysBetween(asOf, last) };
	return asOf > last
		? { kind: 'missing', daysOverdue: daysBetween(last, asOf) }
		: { kind: 'not-yet-due', dueInDays: daysBetween(asOf, last) };
}

export const statusKey = (status: ComplianceStatus): StatusKey => status.kind;

/**
 * A key that sorts statuses from the most to the least urgent for a monitoring office: missing (longest overdue
 * first), late (latest first), not yet due (soonest first), planned, on time. Compare as strings.
 */
export function statusSortKey(status: ComplianceStatus): string {
	const n = (days: number) => String(Math.max(0, Math.min(9999, days))).padStart(4, '0');
	switch (status.kind) {
		case 'missing':
			return `1-${n(9999 - status.daysOverdue)}`;
		case 'late':
			return `2-${n(9999 - status.daysLate)}`;
		case 'not-yet-due':
			return `3-${n(status.dueInDays)}`;
		case 'pending':
			return '4-0000';
		case 'on-time':
			return `5-${n(9999 - status.daysEarly)}`;
	}
}
