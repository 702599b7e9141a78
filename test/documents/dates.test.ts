import { expect, test } from 'vitest';
import { dateInWords, placeAndDate } from '../../src/lib/documents/dates.ts';

test('dates are written in words, with a leading zero for days under 10 and for January and February', () => {
	expect(dateInWords('2021-02-05')).toBe('ngày 05 tháng 02 năm 2021');
	expect(dateInWords('2021-01-31')).toBe('ngày 31 tháng 01 năm 2021');
	expect(dateInWords('2021-05-17')).toBe('ngày 17 tháng 5 năm 2021');
	expect(dateInWords('2021-03-09')).toBe('ngày 09 tháng 3 năm 2021');
	expect(dateInWords('2021-10-10')).toBe('ngày 10 tháng 10 năm 2021');
	expect(dateInWords('2021-12-01')).toBe('ngày 01 tháng 12 năm 2021');
	expect(placeAndDate('Sơn Hà', '2021-05-17')).toBe('Sơn Hà, ngày 17 tháng 5 năm 2021');
});
