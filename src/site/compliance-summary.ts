// What every page of a campaign's compliance table shows of the whole campaign: the rollups by tier, type and parent,
// the totals and the rows in the order that needs action first. Computed once per campaign, not once per page.
import { rollup, rollupByParent, rollupByType } from '../lib/compliance/rollup.ts';
import { rowsUnder } from '../lib/compliance/ancestors.ts';
import { actionFirst, type ComplianceRow } from '../lib/compliance/unit-compliance.ts';
import { rosterGuide } from '../lib/compliance/name-guide.ts';
import { statusKey } from '../lib/compliance/status.ts';
import { tableData, tableRows } from '../lib/export/table-data.ts';
import { unitsPerPage, type CampaignView } from './data.ts';
import { typeName } from './format.ts';
import { perObject } from './memo.ts';
import { routes } from './nav.ts';

export const complianceSummary = perObject((view: CampaignView) => {
	const { campaign, rows, unitById } = view;
	const ordered = actionFirst(rows);
	const underRows = rowsUnder(ordered, (id) => unitById.get(id)?.parent);
	return {
		byTier: campaign.tiers.map((t) => ({
			label: t.name,
			href: routes.tier(campaign.id, t.id),
			totals: rollup(rows.filter((r) => r.unit.tier === t.id)),
		})),
		byType: [
			...rollupByType(
				rows,
				campaign.unitTypes.map((t) => t.id)
			),
		].map(([type, totals]) => ({
			label: typeName(campaign, type),
			href: routes.complianceType(campaign.id, type),
			totals,
		})),
		byParent: [...rollupByParent(rows)].map(([parent, totals]) => ({
			label: unitById.get(parent)?.name ?? parent,
			href: routes.unit(campaign.id, parent),
			totals,
		})),
		total: rollup(rows),
		actionFirst: ordered,
		// The pre-built views of one type or of the units under one unit, in the table's order (tien-do/[...view].astro).
		byTypeRows: Map.groupBy(ordered, (r) => r.unit.type),
		underRows,
		// A unit with every other unit under it (the province) has the whole table as its list, not a copy of it.
		underAll: new Set([...underRows].filter(([, below]) => below.length === rows.length - 1).map(([id]) => id)),
	};
});

/** The counts of one list of the table (a type's units, those under a unit): once per list, not once per page. */
export const listRollup = perObject((rows: readonly ComplianceRow[]) => rollup(rows));

/** The guide names of a list in roster order (a tier's, a unit's children): once per list, not once per page. */
export const listGuide = perObject((rows: readonly ComplianceRow[]) => rosterGuide(rows, unitsPerPage()));

/** A list's units of each status, as its status pages list them (cap/<tier>/late/): grouped once per list. */
export const rowsByStatus = perObject((rows: readonly ComplianceRow[]) =>
	Map.groupBy(rows, (r) => statusKey(r.overall))
);

/** The rows the browser's filters and sorting work on (tien-do/du-lieu.json), unpacked as the browser unpacks them. */
export const browserRows = perObject((view: CampaignView) => tableRows(tableData(view.campaign, view.rows, view.asOf)));
