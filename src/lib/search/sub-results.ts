// Pagefind lists the matching sections of a page (sub-results) in page order; a reader wants the best first, so a
// query for lessons learned opens on the lessons section rather than on an earlier passing mention.

export interface SubResult {
	title: string;
	url: string;
	excerpt: string;
	/** Absent for text before the page's first heading. */
	anchor?: { id: string } | undefined;
	weighted_locations?: { weight: number; balanced_score: number }[] | undefined;
}

const score = (s: SubResult) => (s.weighted_locations ?? []).reduce((sum, l) => sum + l.balanced_score, 0);

/** The `count` sections under a heading that match best (by pagefind's own scores of their hits), best first. */
export function bestSections<T extends SubResult>(sections: readonly T[], count: number): T[] {
	return sections
		.filter((s) => s.anchor)
		.map((s, i) => ({ s, i, score: score(s) }))
		.sort((a, b) => b.score - a.score || a.i - b.i)
		.slice(0, count)
		.map(({ s }) => s);
}
