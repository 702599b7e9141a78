// Keys of pages that a build may copy from the previous one instead of rendering again (Astro's incremental build:
// a page whose key and code are unchanged is not rendered). A key names everything the page shows: the site-wide
// facts every page may show (campaign files, rosters, as-of dates, page sizes), then the reports of the units on it.
import { createHash } from 'node:crypto';
import { unitLineage } from '../lib/history/lineage.ts';
import { lessonsPerPage, unitsPerPage, type CampaignView } from './data.ts';
import { perObject } from './memo.ts';

/** Bump when what a key covers changes, so no page rendered under the old keys is reused. */
const KEY_VERSION = 1;

const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('base64url');

/** Facts any page may show: a change to one of them renders every keyed page again. */
const siteKey = perObject((views: readonly CampaignView[]) =>
	digest({
		version: KEY_VERSION,
		// Numbers and the order of names are Intl's, whose data comes with Node.
		icu: process.versions.icu,
		unicode: process.versions.unicode,
		unitsPerPage: unitsPerPage(),
		lessonsPerPage: lessonsPerPage(),
		campaigns: views.map((v) => ({ campaign: v.campaign, units: v.units, asOf: v.asOf, closed: v.closed })),
	})
);

/**
 * The key of a unit's page: the site's facts, its own report, its direct children's reports (their statuses and dates
 * fill its table of units) and the reports of its counterparts in other campaigns (its history).
 */
export function unitPageKey(views: readonly CampaignView[], view: CampaignView, unitId: string): string {
	const versions = (v: CampaignView, ids: readonly string[]) => ids.map((id) => [id, v.reportVersion(id) ?? null]);
	const viewOf = new Map(views.map((v) => [v.campaign.id, v]));
	const children = (view.childRows.get(unitId) ?? []).map((r) => r.unit.id);
	const history = unitLineage(views, view.campaign.id, unitId).map((c) => {
		const ids = c.units.map((u) => u.id);
		return [c.campaign.id, versions(viewOf.get(c.campaign.id)!, ids)];
	});
	return digest([siteKey(views), view.campaign.id, versions(view, [unitId]), versions(view, children), history]);
}
