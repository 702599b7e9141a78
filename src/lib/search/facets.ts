// What the search index knows about a report beyond its text: pagefind filters, metadata and sort keys.
// Review pages write these, and the search page offers the same values, so both come from here.
import type { ComplianceRow } from '../compliance/unit-compliance.ts';
import { statusKey } from '../compliance/status.ts';
import type { CampaignRecord, Review, Unit } from '../model.ts';
import { formatVietnameseDate } from '../schema/calendar-date.ts';
import { tierOf } from '../schema/campaign.ts';
import { FILTER_KEYS, SORT_KEY, type FilterKey } from './keys.ts';

export { FILTER_KEYS, SORT_KEY, type FilterKey };

export interface PageFacets {
	/** Filter values are ids (URL-friendly); the search page shows their names. */
	filters: Partial<Record<FilterKey, string>>;
	/** Shown with each result. */
	meta: { unit: string; tier: string; date: string; campaign: string };
	sort: { [SORT_KEY]: string };
}

/** Filters, metadata and sort key of one report's page. */
export function reviewFacets(
	campaign: CampaignRecord,
	unit: Unit,
	review: Review,
	row: ComplianceRow | undefined
): PageFacets {
	const tier = tierOf(campaign, unit.tier);
	return {
		filters: {
			campaign: campaign.id,
			tier: unit.tier,
			type: unit.type,
			...(unit.parent && { parent: unit.parent }),
			form: review.form,
			...(row && { status: statusKey(row.overall) }),
		},
		meta: {
			unit: unit.name,
			tier: tier?.name ?? unit.tier,
			date: formatVietnameseDate(review.heldOn),
			campaign: campaignLabel(campaign),
		},
		sort: { [SORT_KEY]: review.heldOn },
	};
}

/** How a search result names its campaign: the plan's number and year, short enough for a phone's line. */
export const campaignLabel = (campaign: CampaignRecord) =>
	`Kế hoạch ${campaign.plan.number} (${campaign.plan.date.slice(0, 4)})`;

/** Every value each filter takes over a set of pages, without repeats, in first-seen order. */
export function filterValues(pages: Iterable<PageFacets>): Record<FilterKey, string[]> {
	const values = Object.fromEntries(FILTER_KEYS.map((k) => [k, new Set<string>()])) as Record<FilterKey, Set<string>>;
	for (const page of pages)
		for (const key of FILTER_KEYS) if (page.filters[key] !== undefined) values[key].add(page.filters[key]);
	return Object.fromEntries(FILTER_KEYS.map((k) => [k, [...values[k]]])) as Record<FilterKey, string[]>;
}
