import { calendarDateIn, parseCalendarDate, type CalendarDate } from '../schema/calendar-date.ts';

/** Environment variable that sets the date a build reflects, e.g. AS_OF=2021-05-20 to show the campaign as it stood then. */
export const AS_OF_VARIABLE = 'AS_OF';

/** The as-of date of a build: AS_OF when set (refused loudly if not a real date), else today in the campaign's time zone. */
export function asOfFromEnv(timeZone: string, env: Record<string, string | undefined> = process.env, now = new Date()): CalendarDate {
  const value = env[AS_OF_VARIABLE];
  if (value === undefined || value.trim() === '') return calendarDateIn(now, timeZone);
  const date = parseCalendarDate(value);
  if (!date) throw new Error(`${AS_OF_VARIABLE}="${value}" is not a real date; write it as YYYY-MM-DD or D/M/YYYY, e.g. ${AS_OF_VARIABLE}=2021-05-20`);
  return date;
}
