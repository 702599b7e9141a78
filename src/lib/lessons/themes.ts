// Groups lessons learned under the campaign's themes (campaign file `lessonThemes`): data, not code, since every
// campaign reviews a different policy.
import type { LessonTheme } from '../schema/campaign.ts';
import { foldDiacritics, normalizeVietnamese, vietnameseLower } from '../text/diacritics.ts';
import { hasDiacritics, wholeWordPattern } from '../text/words-match.ts';

export type { LessonTheme };

const comparable = (text: string) => vietnameseLower(normalizeVietnamese(text)).replace(/\s+/g, ' ');
// Whole words only; text that has its diacritics is matched as written, only text typed without them is folded.

/** A classifier for one campaign's themes; build it once and reuse it for every lesson. */
export function themeClassifier(themes: readonly LessonTheme[]): (lesson: string) => LessonTheme[] {
	const compiled = themes.map((theme) => ({
		theme,
		exact: theme.phrases.map((p) => wholeWordPattern(comparable(p))),
		folded: theme.phrases.map((p) => wholeWordPattern(foldDiacritics(comparable(p)))),
	}));
	return (lesson) => {
		const text = comparable(lesson);
		const patterns = hasDiacritics(text) ? 'exact' : 'folded';
		return compiled.filter((c) => c[patterns].some((re) => re.test(text))).map((c) => c.theme);
	};
}

export interface ThemeCount {
	theme: LessonTheme;
	count: number;
}

/** How many lessons fall under each theme, most frequent first (ties keep the campaign file's order); empty themes left out. */
export function themeCounts(lessons: Iterable<string>, themes: readonly LessonTheme[]): ThemeCount[] {
	const classify = themeClassifier(themes);
	const counts = new Map(themes.map((t) => [t.id, 0]));
	for (const lesson of lessons) for (const theme of classify(lesson)) counts.set(theme.id, counts.get(theme.id)! + 1);
	return themes
		.map((theme) => ({ theme, count: counts.get(theme.id)! }))
		.filter((c) => c.count > 0)
		.sort((a, b) => b.count - a.count);
}
