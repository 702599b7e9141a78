// Every lesson learned of a campaign, grouped by tier and then by theme, for the lessons page.
import type { CampaignRecord, Lesson, Review, Tier, Unit } from '../model.ts';
import { themeClassifier, type LessonTheme } from './themes.ts';
import { nameOrder } from '../text/collation.ts';

export interface CatalogEntry {
	unit: Unit;
	lesson: Lesson;
	/** Anchor of the report's lessons section, when the report has one. */
	anchor: string | undefined;
	/** Listed already under an earlier theme of the same tier (a lesson can name several themes). */
	repeat: boolean;
}

export interface ThemeGroup {
	/** null: lessons that name none of the campaign's themes. */
	theme: LessonTheme | null;
	entries: CatalogEntry[];
}

export interface TierGroup {
	tier: Tier;
	/** Distinct lessons of the tier (an entry listed under two themes counts once). */
	lessons: number;
	reports: number;
	themes: ThemeGroup[];
}

/**
 * Lessons of every review, tier by tier (top first, empty tiers left out), each tier by theme in the campaign
 * file's order, then the lessons no theme names; within a theme by unit name, then in the report's own order.
 */
export function lessonCatalog(
	campaign: CampaignRecord,
	unitById: ReadonlyMap<string, Unit>,
	reviews: readonly Review[]
): TierGroup[] {
	const classify = themeClassifier(campaign.lessonThemes);
	const ordered = reviews
		.filter((r) => r.campaign === campaign.id && unitById.has(r.unit))
		.map((review) => ({ review, unit: unitById.get(review.unit)! }))
		.sort((a, b) => nameOrder.compare(a.unit.name, b.unit.name));
	return campaign.tiers.flatMap((tier) => {
		const own = ordered.filter((o) => o.unit.tier === tier.id && o.review.lessons.length > 0);
		if (own.length === 0) return [];
		const groups = new Map<string | null, CatalogEntry[]>([
			...campaign.lessonThemes.map((t) => [t.id, []] as [string, CatalogEntry[]]),
			[null, []],
		]);
		for (const { review, unit } of own) {
			const anchor = review.sections.find((s) => s.key === 'lessons')?.anchor;
			for (const lesson of review.lessons) {
				const themes = classify(lesson.text);
				if (themes.length === 0) groups.get(null)!.push({ unit, lesson, anchor, repeat: false });
				themes.forEach((theme, i) => groups.get(theme.id)!.push({ unit, lesson, anchor, repeat: i > 0 }));
			}
		}
		const themes = [...campaign.lessonThemes, null]
			.map((theme) => ({ theme, entries: groups.get(theme?.id ?? null)! }))
			.filter((g) => g.entries.length > 0);
		const lessons = own.reduce((n, o) => n + o.review.lessons.length, 0);
		return [{ tier, lessons, reports: own.length, themes }];
	});
}
