// A unit across campaigns: its status, dates, report and headline figures in each, and the themes of its lessons,
// side by side. Predecessors merged into it are shown one by one; their figures are added up for the side-by-side.
import type { CampaignRecord, Review, Unit } from '../model.ts';
import type { ComplianceRow } from '../compliance/unit-compliance.ts';
import { themeClassifier } from '../lessons/themes.ts';
import { unitLineage, type Counterpart } from './lineage.ts';

/** What the history reads of one campaign. */
export interface HistorySource {
	campaign: CampaignRecord;
	units: readonly Unit[];
	rowByUnit: ReadonlyMap<string, ComplianceRow>;
}

export interface HistoryEntry {
	campaign: CampaignRecord;
	relation: Counterpart['relation'];
	/** The unit itself in its own campaign; its predecessors or successor elsewhere. */
	rows: ComplianceRow[];
	/** Headline figures of the reports received, summed over the entry's units, by key. */
	figures: Record<string, number>;
	/** Lessons per theme id in the entry's reports. */
	themes: Record<string, number>;
}

export interface UnitHistory {
	/** Oldest campaign first; empty when the unit has no counterpart in another campaign. */
	entries: HistoryEntry[];
	/** Figure keys given in any entry, with the name the newest campaign that defines it gives. */
	figures: { key: string; name: string }[];
	/** Lesson themes found in any entry, by id, with the newest campaign's name. */
	themes: { id: string; name: string }[];
}

const add = (into: Record<string, number>, key: string, n: number) => (into[key] = (into[key] ?? 0) + n);

function themesOf(campaign: CampaignRecord, reviews: readonly Review[]): Record<string, number> {
	const classify = themeClassifier(campaign.lessonThemes);
	const counts: Record<string, number> = {};
	for (const review of reviews)
		for (const lesson of review.lessons) for (const theme of classify(lesson.text)) add(counts, theme.id, 1);
	return counts;
}

/** The unit's history over every campaign in which it or a predecessor or successor was on the roster. */
export function unitHistory(sources: readonly HistorySource[], campaignId: string, unitId: string): UnitHistory {
	const lineage = unitLineage(sources, campaignId, unitId);
	if (lineage.length < 2) return { entries: [], figures: [], themes: [] };
	const source = new Map(sources.map((s) => [s.campaign.id, s]));
	const entries = lineage.map((c): HistoryEntry => {
		const rows = c.units.map((u) => source.get(c.campaign.id)!.rowByUnit.get(u.id)!).filter(Boolean);
		const reviews = rows.flatMap((r) => (r.review ? [r.review] : []));
		const figures: Record<string, number> = {};
		for (const review of reviews) for (const [key, n] of Object.entries(review.figures)) add(figures, key, n);
		return { campaign: c.campaign, relation: c.relation, rows, figures, themes: themesOf(c.campaign, reviews) };
	});
	const newestFirst = [...entries].reverse();
	const figureKeys = [...new Set(entries.flatMap((e) => Object.keys(e.figures)))];
	const themeIds = [...new Set(entries.flatMap((e) => Object.keys(e.themes)))];
	return {
		entries,
		figures: figureKeys.map((key) => ({
			key,
			name: newestFirst.map((e) => e.campaign.figures[key]).find(Boolean) ?? key,
		})),
		themes: themeIds.map((id) => ({
			id,
			name: newestFirst.map((e) => e.campaign.lessonThemes.find((t) => t.id === id)?.name).find(Boolean) ?? id,
		})),
	};
}
