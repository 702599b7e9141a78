// Groups lessons learned under the campaign's themes (campaign file `lessonThemes`): data, not code, since every
// campaign reviews a different policy.
import type { LessonTheme } from '../schema/campaign.ts';
import { foldDiacritics, normalizeVietnamese, vietnameseLower } from '../text/diacritics.ts';
import { hasDiacritics, wholeWordPattern } from '../text/words-match.ts';

export type { LessonTheme };

const comparable = (text: string) => vietnameseLower(normalizeVietnamese(text)).replace(/\s+/g, ' ');
// Whole words only; text that has its diacritics is matched as written, only text typed without them is folded.

// One classifier per list of themes, remembering each lesson's themes: the lessons pages, the synthesis and every unit
// page's history classify the same lessons (about 0.35 s twice over at 10,000 reports).
const classifiers = new WeakMap<readonly LessonTheme[], (lesson: string) => readonly LessonTheme[]>();

/** The classifier of one campaign's themes: the same for the same list, each lesson classified once. */
export function themeClassifier(themes: readonly LessonTheme[]): (lesson: string) => readonly LessonTheme[] {
	let classify = classifiers.get(themes);
	if (classify) return classify;
	const compiled = themes.map((theme) => ({
		theme,
		exact: theme.phrases.map((p) => wholeWordPattern(comparable(p))),
		folded: theme.phrases.map((p) => wholeWordPattern(foldDiacritics(comparable(p)))),
	}));
	const known = new Map<string, readonly LessonTheme[]>();
	classify = (lesson) => {
		let found = known.get(lesson);
		if (!found) {
			const text = comparable(lesson);
			const patterns = hasDiacritics(text) ? 'exact' : 'folded';
			found = Object.freeze(compiled.filter((c) => c[patterns].some((re) => re.test(text))).map((c) => c.theme));
			known.set(lesson, found);
		}
		return found;
	};
	classifiers.set(themes, classify);
	return classify;
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
