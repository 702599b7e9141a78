import type { CampaignRecord, Deadline } from '../model.ts';
import { addDays, type CalendarDate } from '../schema/calendar-date.ts';
import { tierOf } from '../schema/campaign.ts';

/** The deadlines a tier must meet, with the campaign's defaults applied: holding the review, then sending the report. */
export function tierDeadlines(campaign: CampaignRecord, tierId: string): Deadline[] {
	const tier = tierOf(campaign, tierId);
	if (!tier) return [];
	const deadlines: Deadline[] = [];
	for (const kind of ['review', 'report'] as const) {
		const d = tier[kind];
		if (!d) continue;
		deadlines.push({
			kind,
			date: d.date,
			dayCounts: d.dayCounts ?? campaign.deadlineDayCounts,
			tentative: d.tentative,
			wording: d.wording,
			to: 'to' in d ? d.to : undefined,
		});
	}
	return deadlines;
}

/** The last calendar day that is still on time: the named day itself, or the day before it for a strict "before". */
export const lastOnTimeDay = (deadline: Deadline): CalendarDate =>
	deadline.dayCounts ? deadline.date : addDays(deadline.date, -1);
