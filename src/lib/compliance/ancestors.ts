/**
 * A unit's ancestors, nearest first (its parent, then the parent's parent…): the one walk up the roster that tables,
 * unit pages and rollups share. A cycle in the parents is cut rather than followed forever.
 */
export function ancestorsOf(
	unit: { id: string; parent?: string | undefined },
	parentOf: (id: string) => string | undefined
): string[] {
	const chain: string[] = [];
	const seen = new Set([unit.id]);
	for (let p = unit.parent; p !== undefined && !seen.has(p); p = parentOf(p)) {
		seen.add(p);
		chain.push(p);
	}
	return chain;
}

/**
 * For each unit with any below it, those units at any depth, in the order of `rows`: what the parent filter answers
 * (a district's communes and their cells), built in one walk instead of one scan of every row per parent.
 */
export function rowsUnder<Row extends { unit: { id: string; parent?: string | undefined } }>(
	rows: readonly Row[],
	parentOf: (id: string) => string | undefined
): Map<string, Row[]> {
	const below = new Map<string, Row[]>();
	for (const row of rows)
		for (const p of ancestorsOf(row.unit, parentOf)) (below.get(p) ?? below.set(p, []).get(p)!).push(row);
	return below;
}
