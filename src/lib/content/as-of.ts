import { calendarDateIn, parseCalendarDate, type CalendarDate } from '../schema/calendar-date.ts';
import { excerpt } from '../text/printable.ts';

/** Environment variable that sets the date a build reflects, e.g. AS_OF=2021-05-20 to show the campaign as it stood then. */
export const AS_OF_VARIABLE = 'AS_OF';

/** The as-of date of a build: AS_OF when set (refused loudly if not a real date), else today in the campaign's time zone. */
export function asOfFromEnv(timeZone: string, env: Record<string, string | undefined> = process.env, now = new Date()): CalendarDate {
  const value = env[AS_OF_VARIABLE];
  if (value === undefined || value.trim() === '') return calendarDateIn(now, timeZone);
  const date = parseCalendarDate(value);
  if (!date)
    throw new Error(
      `biến môi trường ${AS_OF_VARIABLE}="${excerpt(value, 40)}" không phải một ngày có thật; hãy viết YYYY-MM-DD hoặc D/M/YYYY, ví dụ ${AS_OF_VARIABLE}=2021-05-20, hoặc bỏ ${AS_OF_VARIABLE} để tính đến hôm nay / ${AS_OF_VARIABLE} is not a real date; write it as YYYY-MM-DD or D/M/YYYY`,
    );
  return date;
}

/** The date a campaign's pages reflect, and whether the campaign had closed by then. */
export interface CampaignMoment {
  asOf: CalendarDate;
  /** True when `asOf` is on or after the campaign's `closedOn`: its figures are final and nobody is urged any more. */
  closed: boolean;
}

/**
 * The moment a campaign is built as of: AS_OF when set; else today, but never past the day the campaign closed, so a
 * finished campaign shows its final state instead of units "overdue by 2,000 days".
 */
export function campaignMoment(campaign: { timeZone: string; closedOn?: CalendarDate | undefined }, env: Record<string, string | undefined> = process.env, now = new Date()): CampaignMoment {
  const chosen = asOfFromEnv(campaign.timeZone, env, now);
  const { closedOn } = campaign;
  const overridden = (env[AS_OF_VARIABLE] ?? '').trim() !== '';
  const asOf = !overridden && closedOn !== undefined && chosen > closedOn ? closedOn : chosen;
  return { asOf, closed: closedOn !== undefined && asOf >= closedOn };
}
