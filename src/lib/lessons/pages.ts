// Splits a campaign's lessons into pages per tier and theme, each of at most a fixed number of lessons, so that no
// page grows with the campaign (a single page of every lesson reached 13 MB at 10,000 reports).
import { pageSizeFromEnv } from '../publish/page-size.ts';
import { OTHER_THEME_ID } from '../schema/campaign.ts';
import type { Tier } from '../model.ts';
import type { CatalogEntry, ThemeGroup, TierGroup } from './catalog.ts';
import type { LessonTheme } from './themes.ts';

export { OTHER_THEME_ID };

/** Lessons on one page at most: a few hundred KB of HTML. */
export const LESSONS_PER_PAGE = 500;

/** Environment variable that sets another page size for a build (tests use a small one to see several pages). */
export const LESSONS_PER_PAGE_VARIABLE = 'LESSONS_PER_PAGE';

/** The page size of a build: LESSONS_PER_PAGE when set, else the default. */
export const lessonsPerPageFromEnv = (env: Record<string, string | undefined> = process.env): number =>
	pageSizeFromEnv(LESSONS_PER_PAGE_VARIABLE, LESSONS_PER_PAGE, 'lessons', env);

/** URL segment of a theme group: the theme's id, or {@link OTHER_THEME_ID} for lessons no theme names. */
export const themeKey = (theme: LessonTheme | null) => theme?.id ?? OTHER_THEME_ID;

/** Vietnamese name of a theme group; with no themes in the campaign, the one group holds every lesson. */
export const themeName = (theme: LessonTheme | null, campaignHasThemes: boolean) =>
	theme?.name ?? (campaignHasThemes ? 'Bài học khác' : 'Các bài học');

export interface LessonPage {
	tier: Tier;
	theme: LessonTheme | null;
	/** 1-based. */
	number: number;
	/** Pages of this tier and theme. */
	pages: number;
	/** Lessons of this tier and theme, over all its pages. */
	total: number;
	/** Position of the first entry among the tier and theme's lessons (0-based). */
	offset: number;
	entries: CatalogEntry[];
}

/** How many pages `lessons` lessons take (at least one). */
export function pageCount(lessons: number, size = LESSONS_PER_PAGE): number {
	if (!(size >= 1)) throw new Error(`lessons per page must be at least 1, not ${size}`);
	return Math.max(1, Math.ceil(lessons / size));
}

/** The pages of one tier and theme: `size` entries each, in the catalog's order. */
export function groupPages(tier: Tier, group: ThemeGroup, size = LESSONS_PER_PAGE): LessonPage[] {
	const pages = pageCount(group.entries.length, size);
	return Array.from({ length: pages }, (_, i) => ({
		tier,
		theme: group.theme,
		number: i + 1,
		pages,
		total: group.entries.length,
		offset: i * size,
		entries: group.entries.slice(i * size, (i + 1) * size),
	}));
}

/** Every lessons page of a campaign, tier by tier and theme by theme, as the catalog orders them. */
export function lessonPages(catalog: readonly TierGroup[], size = LESSONS_PER_PAGE): LessonPage[] {
	return catalog.flatMap((t) => t.themes.flatMap((g) => groupPages(t.tier, g, size)));
}

/** Path of a page below the lessons overview: "co-so/doi-thoai/" for the first page, "co-so/doi-thoai/2/" after. */
export const lessonPagePath = (tier: string, theme: string, number = 1) =>
	`${tier}/${theme}/${number > 1 ? `${number}/` : ''}`;

/**
 * The page numbers a pager shows: the first, the last, and those within `around` of the current one; null marks a
 * gap. Keeps the pager short when a theme runs to a hundred pages.
 */
export function pagerNumbers(current: number, pages: number, around = 2): (number | null)[] {
	const out: (number | null)[] = [];
	for (let n = 1; n <= pages; n++) {
		if (n === 1 || n === pages || Math.abs(n - current) <= around) out.push(n);
		else if (out.at(-1) !== null) out.push(null);
	}
	return out;
}

/**
 * A few lessons of a group for the overview, spread over its units (the group is sorted by unit name). Lessons shown
 * under an earlier theme are skipped when others remain, so the overview repeats itself as little as possible.
 */
export function sampleEntries(entries: readonly CatalogEntry[], count: number): CatalogEntry[] {
	const first = entries.filter((e) => !e.repeat);
	const pool = first.length >= Math.min(count, entries.length) ? first : entries;
	if (pool.length <= count) return [...pool];
	return Array.from({ length: count }, (_, i) => pool[Math.floor((i * pool.length) / count)]!);
}
