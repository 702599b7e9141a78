import { describe, expect, test } from 'vitest';
import {
	addDays,
	calendarDateIn,
	daysBetween,
	parseCalendarDate,
	resolveDateInZone,
} from '../../src/lib/schema/calendar-date.ts';

describe('parseCalendarDate', () => {
	test.each([
		['2021-04-30', '2021-04-30'],
		['30/4/2021', '2021-04-30'],
		['07-01-2016', '2016-01-07'],
		['7.1.2016', '2016-01-07'],
		['29/2/2020', '2020-02-29'],
	])('reads %s as %s', (input, expected) => expect(parseCalendarDate(input)).toBe(expected));

	test.each(['31/02/2021', '2021-02-29', '4/30/2021', '2021-13-01', '30/4/21', 'hôm qua', ''])('refuses %s', (input) =>
		expect(parseCalendarDate(input)).toBeNull()
	);
});

describe('dates in a time zone', () => {
	test('an instant just after midnight in Hanoi is the next calendar day there', () => {
		expect(calendarDateIn(new Date('2021-05-15T17:30:00Z'), 'Asia/Ho_Chi_Minh')).toBe('2021-05-16');
		expect(resolveDateInZone('2021-05-15T16:59:00Z', 'Asia/Ho_Chi_Minh')).toBe('2021-05-15');
		expect(resolveDateInZone('2021-05-15', 'Asia/Ho_Chi_Minh')).toBe('2021-05-15');
	});
	test('day arithmetic crosses month ends', () => {
		expect(daysBetween('2021-04-30', '2021-05-15')).toBe(15);
		expect(addDays('2021-04-30', 1)).toBe('2021-05-01');
	});
});

test('today is the calendar date in the campaign time zone, across midnight', () => {
	expect(calendarDateIn(new Date('2021-05-15T16:59:59Z'), 'Asia/Ho_Chi_Minh')).toBe('2021-05-15');
	expect(calendarDateIn(new Date('2021-05-15T17:00:00Z'), 'Asia/Ho_Chi_Minh')).toBe('2021-05-16');
});
