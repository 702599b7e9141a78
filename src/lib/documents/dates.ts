// Dates as Party documents write them (docs/party-documents.md): in words, the day under 10 and the months 1 and 2
// with a leading zero, so nobody can add a digit in front: "ngày 05 tháng 02 năm 2021", "ngày 17 tháng 5 năm 2021".
import type { CalendarDate } from '../schema/calendar-date.ts';

export function dateInWords(date: CalendarDate): string {
	const [year, month, day] = date.split('-').map(Number) as [number, number, number];
	const pad = (n: number, under: number) => (n < under ? String(n).padStart(2, '0') : String(n));
	return `ngày ${pad(day, 10)} tháng ${pad(month, 3)} năm ${year}`;
}

/** The date line of a document's header: "Sơn Hà, ngày 21 tháng 5 năm 2021". */
export const placeAndDate = (place: string, date: CalendarDate) => `${place}, ${dateInWords(date)}`;
