import { z } from 'astro/zod';
import { excerpt } from '../text/printable.ts';

/** A calendar date with no time of day, always written `YYYY-MM-DD` once parsed. */
export type CalendarDate = string & { readonly __brand?: 'CalendarDate' };

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
// Vietnamese documents write dates day first: 7/1/2016, 07-01-2016, 07.01.2016; never month first.
const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const ISO_INSTANT = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

export function isRealDate(year: number, month: number, day: number): boolean {
	if (month < 1 || month > 12 || day < 1) return false;
	return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Parses `YYYY-MM-DD` or day-first `D/M/YYYY`; returns null for anything else or an impossible date. */
export function parseCalendarDate(text: string): CalendarDate | null {
	const trimmed = text.trim();
	const iso = ISO.exec(trimmed);
	const dayFirst = iso ? null : DAY_FIRST.exec(trimmed);
	const [y, m, d] = iso
		? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
		: dayFirst
			? [Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1])]
			: [NaN, NaN, NaN];
	if (!isRealDate(y, m, d)) return null;
	return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

// One formatter per time zone: every report is checked against today, and creating a formatter is the costly part.
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar date of an instant as seen in a time zone (e.g. Asia/Ho_Chi_Minh). */
export function calendarDateIn(instant: Date, timeZone: string): CalendarDate {
	let format = dayFormats.get(timeZone);
	if (!format) {
		// en-CA formats as YYYY-MM-DD.
		format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
		dayFormats.set(timeZone, format);
	}
	return format.format(instant);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
	return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
	return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Formats a calendar date the Vietnamese way: 30/4/2021. */
export function formatVietnameseDate(date: CalendarDate): string {
	const [y, m, d] = date.split('-').map(Number);
	return `${d}/${m}/${y}`;
}

const DATE_HINT = 'a date written YYYY-MM-DD or day first as D/M/YYYY (e.g. 2021-04-30 or 30/4/2021)';
const DATE_HINT_VI =
	'hãy viết ngày trước, tháng sau (ngày/tháng/năm, ví dụ 30/4/2021) và kiểm tra đó là một ngày có thật';

/** A calendar date field. YAML may hand us a Date object (unquoted 2021-04-30 under YAML 1.1 parsers). */
export const calendarDate = z.union([z.string(), z.date()]).transform((value, ctx): CalendarDate => {
	const parsed = value instanceof Date ? value.toISOString().slice(0, 10) : parseCalendarDate(value);
	if (parsed === null) {
		ctx.addIssue({
			code: 'custom',
			message: `"${excerpt(String(value))}" không phải một ngày đọc được; ${DATE_HINT_VI} (not a real calendar date; expected ${DATE_HINT})`,
		});
		return z.NEVER;
	}
	return parsed;
});

/**
 * A calendar date, or an instant with an offset that is turned into its calendar date in the campaign's
 * time zone by the caller. Kept as written here; see `resolveDateInZone`.
 */
export const dateOrInstant = z.union([z.string(), z.date()]).transform((value, ctx): string => {
	if (value instanceof Date) return value.toISOString();
	const trimmed = value.trim();
	if (ISO_INSTANT.test(trimmed) && !Number.isNaN(Date.parse(trimmed))) {
		const [, datePart] = ISO_INSTANT.exec(trimmed)!;
		const [y, m, d] = datePart!.split('-').map(Number);
		if (isRealDate(y!, m!, d!)) return trimmed;
	}
	const parsed = parseCalendarDate(trimmed);
	if (parsed === null) {
		ctx.addIssue({
			code: 'custom',
			message: `"${excerpt(trimmed)}" không phải một ngày đọc được; ${DATE_HINT_VI} (not a real calendar date; expected ${DATE_HINT}, or an ISO instant with its offset)`,
		});
		return z.NEVER;
	}
	return parsed;
});

/** Turns what `dateOrInstant` kept into the calendar date it falls on in `timeZone`. */
export function resolveDateInZone(value: string, timeZone: string): CalendarDate {
	return ISO.test(value) ? value : calendarDateIn(new Date(value), timeZone);
}
