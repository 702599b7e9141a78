// What every monitoring page, download and office document of a campaign is built from, computed in one place.
import type { CampaignRecord, Review, Unit } from '../model.ts';
import type { CalendarDate } from '../schema/calendar-date.ts';
import { unitCompliance, type ComplianceRow } from '../compliance/compliance.ts';
import { urgingList, type UrgingGroup } from '../compliance/urging.ts';
import { synthesize, type Synthesis } from './synthesis.ts';

/** What the pages of a campaign are built from (the site's CampaignView has all of it). */
export interface CampaignFigures {
  campaign: CampaignRecord;
  units: readonly Unit[];
  rows: ComplianceRow[];
  urging: UrgingGroup[];
  synthesis: Synthesis;
}

/** The figures of one campaign as of a day, for the site's pages (src/site/data.ts) and the documents script alike. */
export function campaignFigures(campaign: CampaignRecord, units: readonly Unit[], reviews: readonly Review[], asOf: CalendarDate): CampaignFigures {
  const own = units.filter((u) => u.campaign === campaign.id);
  const rows = unitCompliance(campaign, own, reviews.filter((r) => r.campaign === campaign.id), asOf);
  return { campaign, units: own, rows, urging: urgingList(rows, own), synthesis: synthesize(campaign, own, rows, asOf) };
}
