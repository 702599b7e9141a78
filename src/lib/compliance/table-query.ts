// What a reader asks of a unit table in the browser (filters, a name, an order, a page), read from and written to the
// address (?status=late&sort=sentOn-desc&page=2) so a link shares the view; and the rows that answer it, over the
// whole table, not the page the HTML holds.
import type { TableRow } from '../export/table-data.ts';
import { foldDiacritics, vietnameseLower } from '../text/diacritics.ts';
import { nameOrder } from '../text/collation.ts';

export const FILTER_NAMES = ['tier', 'type', 'parent', 'status'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

/** Columns a reader can sort by, as they appear in the address. */
export const SORT_KEYS = ['name', 'tier', 'type', 'parent', 'heldOn', 'sentOn', 'report', 'status'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface TableQuery {
	filters: Partial<Record<FilterName, string>>;
	/** Words of a unit's name, with or without diacritics. */
	q: string;
	sort: { key: SortKey; ascending: boolean } | null;
	/** 1-based. */
	page: number;
}

/** Lower case, no diacritics, single spaces: how a name and what is typed are compared. */
export const foldedText = (text: string) => foldDiacritics(vietnameseLower(text)).replace(/\s+/g, ' ').trim();

/** The query an address asks for; anything unknown or malformed is ignored. */
export function readQuery(params: URLSearchParams): TableQuery {
	const filters: TableQuery['filters'] = {};
	for (const name of FILTER_NAMES) {
		const value = params.get(name)?.trim();
		if (value) filters[name] = value;
	}
	const sort = /^([A-Za-z]+)-(asc|desc)$/.exec(params.get('sort') ?? '');
	const page = Number(params.get('page'));
	return {
		filters,
		q: (params.get('q') ?? '').trim(),
		sort:
			sort && (SORT_KEYS as readonly string[]).includes(sort[1]!)
				? { key: sort[1] as SortKey, ascending: sort[2] === 'asc' }
				: null,
		page: Number.isInteger(page) && page >= 1 ? page : 1,
	};
}

/** The address parameters of a query: only what differs from the table as built (no filter, default order, page 1). */
export function queryParams(query: TableQuery): URLSearchParams {
	const params = new URLSearchParams();
	for (const name of FILTER_NAMES) if (query.filters[name]) params.set(name, query.filters[name]!);
	if (query.q) params.set('q', query.q);
	if (query.sort) params.set('sort', `${query.sort.key}-${query.sort.ascending ? 'asc' : 'desc'}`);
	if (query.page > 1) params.set('page', String(query.page));
	return params;
}

/** True when the query asks for nothing beyond the table as built: no filter, no name, its own order (any page). */
export const isDefaultView = (query: TableQuery) => queryParams({ ...query, page: 1 }).size === 0;

const NO_DATE = '9999-99-99';

/** How each column compares two rows; a missing date sorts after every date. */
const compare: Record<SortKey, (a: TableRow, b: TableRow) => number> = {
	name: (a, b) => nameOrder.compare(a.name, b.name),
	tier: (a, b) => a.tierIndex - b.tierIndex,
	type: (a, b) => nameOrder.compare(a.typeName, b.typeName),
	parent: (a, b) => nameOrder.compare(a.parent?.name ?? '', b.parent?.name ?? ''),
	heldOn: (a, b) => (a.heldOn || NO_DATE).localeCompare(b.heldOn || NO_DATE),
	sentOn: (a, b) => (a.sentOn || NO_DATE).localeCompare(b.sentOn || NO_DATE),
	report: (a, b) =>
		Number(a.report === null) - Number(b.report === null) ||
		nameOrder.compare(a.report?.number ?? '', b.report?.number ?? ''),
	status: (a, b) => a.statusSort.localeCompare(b.statusSort),
};

/** Cells left empty (no date yet, no report): listed after the others whichever way the column is sorted, as a spreadsheet does. */
const empty: Partial<Record<SortKey, (row: TableRow) => boolean>> = {
	heldOn: (row) => !row.heldOn,
	sentOn: (row) => !row.sentOn,
	report: (row) => row.report === null,
};

const matches = (row: TableRow, name: FilterName, value: string) =>
	name === 'parent'
		? row.ancestors.includes(value)
		: name === 'tier'
			? row.tier === value
			: name === 'type'
				? row.type === value
				: row.status === value;

/**
 * The rows that answer a query, from `rows` in the table's default order: filtered, narrowed by name, then sorted
 * (ties keep the default order).
 */
export function answerQuery(rows: readonly TableRow[], query: TableQuery): TableRow[] {
	const words = foldedText(query.q);
	const chosen = Object.entries(query.filters) as [FilterName, string][];
	const found = rows.filter(
		(row) => chosen.every(([name, value]) => matches(row, name, value)) && (!words || row.folded.includes(words))
	);
	if (!query.sort) return found;
	const { key, ascending } = query.sort;
	const sign = ascending ? 1 : -1;
	const blank = empty[key] ?? (() => false);
	return found
		.map((row, i) => ({ row, i }))
		.sort((a, b) => Number(blank(a.row)) - Number(blank(b.row)) || sign * compare[key](a.row, b.row) || a.i - b.i)
		.map((x) => x.row);
}

/** Rows with what needs action first, as the compliance table lists them (the same key as actionFirst); ties keep their order. */
export const actionOrder = (rows: readonly TableRow[]): TableRow[] =>
	rows
		.map((row, i) => ({ row, i }))
		.sort((a, b) => a.row.statusSort.localeCompare(b.row.statusSort) || a.i - b.i)
		.map((x) => x.row);
