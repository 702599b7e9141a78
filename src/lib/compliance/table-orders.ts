// The orders of the compliance table pre-built for readers without JavaScript: each a set of pages over every unit,
// in the same order the browser's sorting gives (table-query.ts), so the two never disagree.
import type { TableRow } from '../export/table-data.ts';
import { tablePagePath } from './table-pages.ts';
import { actionOrder, answerQuery, type TableQuery } from './table-query.ts';

export interface PrebuiltOrder {
	/** Its folder below the compliance table: tien-do/sap-xep/<slug>/. */
	slug: string;
	sort: NonNullable<TableQuery['sort']>;
}

/**
 * A few orders, not every column both ways: each costs the build a copy of the whole table (35 pages at 10,300 units).
 * These are what an office looks for without a filter form: a unit by name, units grouped by the parent that urges
 * them, who sent last and who sent first.
 */
export const PREBUILT_ORDERS: readonly PrebuiltOrder[] = [
	{ slug: 'ten-don-vi', sort: { key: 'name', ascending: true } },
	{ slug: 'don-vi-cap-tren', sort: { key: 'parent', ascending: true } },
	{ slug: 'gui-gan-nhat', sort: { key: 'sentOn', ascending: false } },
	{ slug: 'gui-som-nhat', sort: { key: 'sentOn', ascending: true } },
];

/** Path of a page of an order below the compliance table: "sap-xep/ten-don-vi/", "sap-xep/ten-don-vi/2/". */
export const orderViewPath = (slug: string, number = 1) => `sap-xep/${slug}/${tablePagePath(number)}`;

/** An order by name, A to Z: its pages are named by their first and last unit (./name-guide.ts). */
export const isNameOrder = (sort: PrebuiltOrder['sort']) => sort.key === 'name' && sort.ascending;

/** The address form of an order, as the browser writes it (?sort=sentOn-desc). */
export const sortParam = (sort: PrebuiltOrder['sort']) => `${sort.key}-${sort.ascending ? 'asc' : 'desc'}`;

/** Unit ids of the compliance table in `order`, from the rows the browser gets (`rows`, in table order). */
export const orderedUnitIds = (rows: readonly TableRow[], order: PrebuiltOrder): string[] =>
	answerQuery(actionOrder(rows), { filters: {}, q: '', sort: order.sort, page: 1 }).map((row) => row.id);
