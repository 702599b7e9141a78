// What every monitoring page, download and office document of a campaign is built from, computed in one place.
import type { CampaignRecord, Review, Unit } from '../model.ts';
import type { CampaignMoment } from '../content/as-of.ts';
import { unitCompliance, type ComplianceRow } from '../compliance/unit-compliance.ts';
import { urgingList, type UrgingGroup } from '../compliance/urging.ts';
import { synthesize, type Synthesis } from './synthesis.ts';

/** What the pages of a campaign are built from (the site's CampaignView has all of it). */
export interface CampaignFigures extends CampaignMoment {
	campaign: CampaignRecord;
	units: readonly Unit[];
	/** The campaign's reports sent on or before the as-of date: the only ones any page, download or document counts. */
	reviews: Review[];
	rows: ComplianceRow[];
	/** Empty once the campaign has closed: nobody is urged any more. */
	urging: UrgingGroup[];
	synthesis: Synthesis;
}

/** The figures of one campaign at one moment, for the site's pages (src/site/data.ts) and the documents script alike. */
export function campaignFigures(
	campaign: CampaignRecord,
	units: readonly Unit[],
	reviews: readonly Review[],
	{ asOf, closed }: CampaignMoment
): CampaignFigures {
	const own = units.filter((u) => u.campaign === campaign.id);
	// One moment in time: what was sent after the as-of date is left out here, once, for every page and document.
	const ownReviews = reviews.filter((r) => r.campaign === campaign.id && r.sentOn <= asOf);
	const rows = unitCompliance(campaign, own, ownReviews, asOf);
	const urging = closed ? [] : urgingList(rows, own);
	return {
		campaign,
		units: own,
		reviews: ownReviews,
		rows,
		urging,
		synthesis: synthesize(campaign, own, rows, asOf),
		asOf,
		closed,
	};
}
