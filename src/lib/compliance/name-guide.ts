// Guide names, as a directory prints them at the head of each page: the first and last name on every page of a list in
// name order, so that a reader without JavaScript finds the page holding a unit by its name (docs/unit-tables.md).

/** One page of a list in name order: its number and the names it runs from and to. */
export interface GuidePage {
	/** 1-based. */
	number: number;
	first: string;
	last: string;
}

/**
 * The guide of `names` (a list in name order) cut into pages of `size`, one entry a page, as `paginate` cuts it; none
 * for a list of one page, which needs no guide.
 */
export function nameGuide(names: readonly string[], size: number): GuidePage[] {
	const step = Math.max(1, size);
	if (names.length <= step) return [];
	return Array.from({ length: Math.ceil(names.length / step) }, (_, i) => ({
		number: i + 1,
		first: names[i * step]!,
		last: names[Math.min((i + 1) * step, names.length) - 1]!,
	}));
}

/**
 * The guide of rows in roster order (./unit-compliance.ts: by tier, then by name). Within one tier that is name order;
 * across tiers a name may sit on either side of a tier's break, so rows of several tiers have none.
 */
export function rosterGuide(rows: readonly { unit: { name: string; tier: string } }[], size: number): GuidePage[] {
	if (rows.length <= Math.max(1, size) || rows.some((r) => r.unit.tier !== rows[0]!.unit.tier)) return [];
	return nameGuide(
		rows.map((r) => r.unit.name),
		size
	);
}
