// What a unit table's filters offer, over every row of the table (not only the page shown).
import type { ComplianceRow } from '../lib/compliance/unit-compliance.ts';
import { statusKey, STATUS_KEYS } from '../lib/compliance/status.ts';
import { ancestorsOf } from '../lib/compliance/ancestors.ts';
import type { CampaignView } from './data.ts';
import { statusKeyLabel } from './format.ts';
import { nameOrder } from '../lib/text/collation.ts';
import { perObject } from './memo.ts';

export type FilterKey = 'tier' | 'type' | 'parent' | 'status';

/** Each filter's options as [value, label], in the order shown. */
export type FilterOptions = Record<FilterKey, [string, string][]>;

const byRows = new WeakMap<CampaignView, (rows: readonly ComplianceRow[]) => FilterOptions>();

/**
 * The options of the tier, type, parent ("under this unit, at any depth") and status filters for `rows`, a table of
 * `view`'s units; computed once per list of rows.
 */
export function filterOptions(view: CampaignView, rows: readonly ComplianceRow[]): FilterOptions {
	let options = byRows.get(view);
	if (!options) byRows.set(view, (options = perObject((all) => compute(view, all))));
	return options(rows);
}

function compute(view: CampaignView, rows: readonly ComplianceRow[]): FilterOptions {
	const { campaign, unitById } = view;
	const parentName = (id: string) => unitById.get(id)?.name ?? id;
	// The parent filter matches a unit under the chosen one at any depth: a district sees its communes' cells too.
	const ancestorIds = new Set(rows.flatMap((row) => ancestorsOf(row.unit, (id) => unitById.get(id)?.parent)));
	const statusCounts = new Map<string, number>();
	for (const row of rows) statusCounts.set(statusKey(row.overall), (statusCounts.get(statusKey(row.overall)) ?? 0) + 1);
	const tiers = new Set(rows.map((r) => r.unit.tier));
	const types = new Set(rows.map((r) => r.unit.type));
	return {
		tier: campaign.tiers.filter((t) => tiers.has(t.id)).map((t) => [t.id, t.name]),
		type: campaign.unitTypes.filter((t) => types.has(t.id)).map((t) => [t.id, t.name]),
		parent: [...ancestorIds]
			.map((p): [string, string] => [p, parentName(p)])
			.sort((a, b) => nameOrder.compare(a[1], b[1])),
		status: STATUS_KEYS.filter((k) => statusCounts.has(k)).map((k) => [
			k,
			`${statusKeyLabel[k]} (${statusCounts.get(k)})`,
		]),
	};
}
