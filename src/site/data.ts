// The one bridge from Astro's content collections to the domain model; pages only present what this returns.
import { getCollection } from 'astro:content';
import type { CampaignRecord, Review, Unit } from '../lib/model.ts';
import { reviewContext, toReview } from '../lib/content/review-file.ts';
import { campaignMoment } from '../lib/content/as-of.ts';
import type { ComplianceRow } from '../lib/compliance/unit-compliance.ts';
import type { UrgingGroup, UrgingItem } from '../lib/compliance/urging.ts';
import type { Synthesis } from '../lib/synthesis/synthesis.ts';
import { campaignFigures } from '../lib/synthesis/campaign-figures.ts';
import type { CalendarDate } from '../lib/schema/calendar-date.ts';
import { reportHtml } from './report-html.ts';
import type { HtmlRef } from '../lib/report/html-cache.ts';
import { lessonCatalog, type TierGroup } from '../lib/lessons/catalog.ts';
import { lessonsPerPageFromEnv } from '../lib/lessons/pages.ts';
import { unitsPerPageFromEnv } from '../lib/compliance/table-pages.ts';

export interface CampaignView {
	campaign: CampaignRecord;
	units: Unit[];
	unitById: Map<string, Unit>;
	children: Map<string, Unit[]>;
	/** The reviews received by `asOf`: a report sent later does not exist yet on any page, chart, index or download. */
	reviews: Review[];
	reviewByUnit: Map<string, Review>;
	/** Rendered HTML of a unit's report; read from the HTML cache when asked for. */
	html: (unit: string) => string | undefined;
	/**
	 * What names the version of a unit's report: where its HTML is cached (a place in a pack is written once, so it
	 * changes with any edit of the file). Undefined when the unit has no report by `asOf`.
	 */
	reportVersion: (unit: string) => string | undefined;
	asOf: CalendarDate;
	/** The campaign had closed by `asOf`: figures are final, nobody is urged. */
	closed: boolean;
	rows: ComplianceRow[];
	rowByUnit: Map<string, ComplianceRow>;
	/** The rows of each unit's direct children, in table order: built once, not a scan of every row per unit page. */
	childRows: Map<string, ComplianceRow[]>;
	/** Overdue and soon-due units, by the parent that must urge them (empty once the campaign is closed). */
	urging: UrgingGroup[];
	/**
	 * Overdue and soon-due units with no parent on the roster (the province's own review): the monitoring office
	 * prepares these itself, so they are its own work, not units it urges.
	 */
	ownWork: UrgingItem[];
	/** The leaders' synthesis as of `asOf`. */
	synthesis: Synthesis;
}

let cache: Promise<CampaignView[]> | undefined;

/** Every campaign with its roster, reviews and compliance as of the build's as-of date, newest plan first. */
export function campaignViews(): Promise<CampaignView[]> {
	cache ??= build();
	return cache;
}

async function build(): Promise<CampaignView[]> {
	const [campaignEntries, unitEntries, reviewEntries] = await Promise.all([
		getCollection('campaigns'),
		getCollection('units'),
		getCollection('reviews'),
	]);
	const campaigns: CampaignRecord[] = campaignEntries.map((e) => ({ id: e.id, ...e.data }));
	const units: Unit[] = unitEntries.map((e) => e.data);
	// The reviews loader checked every report against this content and stopped the build on an error: here they are only mapped.
	const ctx = reviewContext(campaigns, units, new Date());
	const reviews: Review[] = [];
	const htmlRefs = new Map<string, HtmlRef>();
	for (const entry of reviewEntries) {
		const file = entry.filePath ?? `content/reviews/${entry.id}.mdx`;
		const review = toReview(file, entry.data, ctx);
		if (!review) continue;
		reviews.push(review);
		htmlRefs.set(`${review.campaign}/${review.unit}`, entry.data.html);
	}
	return campaigns
		.sort((a, b) => b.plan.date.localeCompare(a.plan.date))
		.map((campaign) => {
			const own = units.filter((u) => u.campaign === campaign.id);
			// The same computation as the office's documents (scripts/documents.ts), so paper and pages agree.
			const {
				asOf,
				closed,
				reviews: ownReviews,
				rows,
				urging,
				synthesis,
			} = campaignFigures(campaign, own, reviews, campaignMoment(campaign));
			// A place in a pack is written once and never reused: it is the report's version too.
			const ownHtml = new Map(ownReviews.map((r) => [r.unit, htmlRefs.get(`${r.campaign}/${r.unit}`)!]));
			const children = Map.groupBy(
				own.filter((u) => u.parent),
				(u) => u.parent!
			);
			return {
				campaign,
				units: own,
				unitById: new Map(own.map((u) => [u.id, u])),
				children,
				reviews: ownReviews,
				reviewByUnit: new Map(ownReviews.map((r) => [r.unit, r])),
				html: reportHtml(ownHtml),
				reportVersion: (unit: string) => {
					const ref = ownHtml.get(unit);
					return ref && `${ref.file}#${ref.offset}`;
				},
				asOf,
				closed,
				rows,
				rowByUnit: new Map(rows.map((r) => [r.unit.id, r])),
				childRows: Map.groupBy(
					rows.filter((r) => r.unit.parent !== undefined),
					(r) => r.unit.parent!
				),
				urging: urging.filter((g) => g.followUp),
				ownWork: urging.filter((g) => !g.followUp).flatMap((g) => g.items),
				synthesis,
			};
		});
}

const catalogs = new WeakMap<CampaignView, TierGroup[]>();

/** The campaign's lessons by tier and theme, classified once for the overview and every lessons page. */
export function lessonsOf(view: CampaignView): TierGroup[] {
	let catalog = catalogs.get(view);
	if (!catalog) catalogs.set(view, (catalog = lessonCatalog(view.campaign, view.unitById, view.reviews)));
	return catalog;
}

/** How many lessons a lessons page holds at most in this build. */
export const lessonsPerPage = (): number => lessonsPerPageFromEnv();

/** How many units a page of a unit table (compliance, tier, a unit's children) lists at most in this build. */
export const unitsPerPage = (): number => unitsPerPageFromEnv();
