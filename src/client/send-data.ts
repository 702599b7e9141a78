import type { CampaignRecord, Unit } from '../lib/model.ts';

/** The campaigns and rosters the send page checks a report against (served at /gui-bao-cao/du-lieu.json). */
export interface SendPageData {
	campaigns: CampaignRecord[];
	units: Unit[];
}
