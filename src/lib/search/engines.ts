// The whole index is searched by several pagefind engines side by side, each in its own worker: pagefind runs every
// shard merged into one engine in that engine's single worker, so a device's other cores would sit idle. What pagefind
// does to merge shards inside one engine (sort the results by score, add up the filter counts) is done here across
// engines. Read by the browser, so nothing here needs Node.

/** Filter counts as pagefind gives them: filter, value, pages. */
export type Counts = Record<string, Record<string, number>>;

/** Engines at most: each brings its own copy of pagefind's script, worker and WebAssembly (about 145 KB). */
export const MAX_ENGINES = 4;

/** How many engines search `shards` shards on a device of `cores` cores: one per core, at most one per shard. */
export function engineCount(shards: number, cores: number): number {
	return Math.max(1, Math.min(MAX_ENGINES, Math.floor(cores) || 1, shards));
}

/**
 * The shards of each engine, dealt in turn: engine 0 gets the primary bundle (`''`) first; each other engine's first
 * shard is its own primary, whose folder holds the pagefind script it is loaded from.
 */
export function dealShards(others: readonly string[], engines: number): string[][] {
	const groups: string[][] = Array.from({ length: Math.max(1, engines) }, () => []);
	['', ...others].forEach((bundle, i) => groups[i % groups.length]!.push(bundle));
	return groups.filter((group) => group.length > 0);
}

/** Adds up filter counts, as pagefind's own merge does. */
export function addCounts(all: readonly Counts[]): Counts {
	const sum: Counts = {};
	for (const counts of all)
		for (const [filter, values] of Object.entries(counts)) {
			const into = (sum[filter] ??= {});
			for (const [value, n] of Object.entries(values)) into[value] = (into[value] ?? 0) + n;
		}
	return sum;
}

/** One engine's answer, as far as merging needs it. */
export interface Answer<R extends { score: number }> {
	results: R[];
	filters: Counts;
}

/** The answers of several engines as one: every result, best score first (ties keep engine order), counts added up. */
export function mergeAnswers<R extends { score: number }>(answers: readonly Answer<R>[]): Answer<R> {
	return {
		results: answers
			.flatMap((a) => a.results)
			.map((r, i) => ({ r, i }))
			.sort((a, b) => b.r.score - a.r.score || a.i - b.i)
			.map(({ r }) => r),
		filters: addCounts(answers.map((a) => a.filters)),
	};
}
