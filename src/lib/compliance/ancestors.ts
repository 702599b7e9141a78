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
