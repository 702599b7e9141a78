/** Rounds coordinates so the SVG stays small and deterministic. */
export const r = (n: number) => Math.round(n * 10) / 10;

/**
 * The steps of a line counting reports received, from their dates in order: one step per day, up to the count by
 * that day's end, so a path grows with the days, not the reports (one step per report wrote 678 KB at 50,000).
 */
export function stepsByDay(
	sorted: readonly string[],
	x: (date: string) => number,
	y: (count: number) => number
): string {
	let path = '';
	sorted.forEach((d, i) => {
		if (sorted[i + 1] !== d) path += ` H${r(x(d))} V${r(y(i + 1))}`;
	});
	return path;
}
