import type { Unit } from '../model.ts';
import type { ComplianceRow } from './unit-compliance.ts';
import { STATUS_KEYS, type StatusKey } from './status.ts';
import { rowsUnder } from './ancestors.ts';

/** Counts of a group of units, the shape of a line in a leader's progress report. */
export interface Rollup {
	total: number;
	/** Units whose report was received by the as-of date. */
	done: number;
	counts: Record<StatusKey, number>;
	/** On-time units over all units of the group (0 when the group is empty). */
	onTimeRate: number;
}

export function rollup(rows: readonly ComplianceRow[]): Rollup {
	const counts = Object.fromEntries(STATUS_KEYS.map((k) => [k, 0])) as Record<StatusKey, number>;
	for (const row of rows) counts[row.overall.kind]++;
	const done = rows.filter((r) => r.review).length;
	return { total: rows.length, done, counts, onTimeRate: rows.length ? counts['on-time'] / rows.length : 0 };
}

/** Rollups of the rows grouped by a key, in first-seen order. */
export function rollupBy(
	rows: readonly ComplianceRow[],
	key: (row: ComplianceRow) => string | undefined
): Map<string, Rollup> {
	const groups = Map.groupBy(rows, key);
	groups.delete(undefined);
	return new Map([...groups].map(([k, group]) => [k!, rollup(group)]));
}

/** For each unit with children, the rollup of its direct children. */
export const rollupByParent = (rows: readonly ComplianceRow[]) => rollupBy(rows, (r) => r.unit.parent);

/**
 * For each unit with descendants, the rollup of all of them at any depth (what a district sees of every
 * unit below it). A cycle in the parents is cut rather than followed forever.
 */
export function rollupByAncestor(rows: readonly ComplianceRow[], units: readonly Unit[]): Map<string, Rollup> {
	const parentOf = new Map(units.map((u) => [u.id, u.parent]));
	const below = rowsUnder(rows, (id) => parentOf.get(id));
	return new Map([...below].map(([id, group]) => [id, rollup(group)]));
}

/** Rollups per tier, in the campaign file's tier order (tiers with no unit left out). */
export function rollupByTier(rows: readonly ComplianceRow[], tierOrder: readonly string[]): Map<string, Rollup> {
	const byTier = rollupBy(rows, (r) => r.unit.tier);
	return new Map(tierOrder.filter((t) => byTier.has(t)).map((t) => [t, byTier.get(t)!]));
}

/** Rollups per unit type, in the campaign file's type order (types with no unit left out). */
export function rollupByType(rows: readonly ComplianceRow[], typeOrder: readonly string[]): Map<string, Rollup> {
	const byType = rollupBy(rows, (r) => r.unit.type);
	return new Map(typeOrder.filter((t) => byType.has(t)).map((t) => [t, byType.get(t)!]));
}
