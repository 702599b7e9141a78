// Splits the unit tables (the compliance table, each tier's list, a unit's children) into pages of a fixed number of
// rows, so that no page grows with the campaign: the compliance table on one page was 7.5 MB of HTML at 10,300 units.
import { pageSizeFromEnv } from '../publish/page-size.ts';
import { pageCount } from '../lessons/pages.ts';
import { statusKey, STATUS_KEYS, type StatusKey } from './status.ts';
import type { ComplianceRow } from './unit-compliance.ts';

/** Rows on one page of a unit table at most: about 250 KB of HTML. */
export const UNITS_PER_PAGE = 300;

/** Environment variable that sets another page size for a build (tests use a small one to see several pages). */
export const UNITS_PER_PAGE_VARIABLE = 'UNITS_PER_PAGE';

/** The page size of a build: UNITS_PER_PAGE when set, else the default. */
export const unitsPerPageFromEnv = (env: Record<string, string | undefined> = process.env): number =>
	pageSizeFromEnv(UNITS_PER_PAGE_VARIABLE, UNITS_PER_PAGE, 'units', env);

/** One page of a table. */
export interface TablePage<Row> {
	/** 1-based. */
	number: number;
	pages: number;
	/** Rows over all pages. */
	total: number;
	/** Position of the first row among all (0-based). */
	offset: number;
	rows: Row[];
}

/** The pages of `rows`, `size` each in the given order; an empty table still has its one (empty) page. */
export function paginate<Row>(rows: readonly Row[], size: number): TablePage<Row>[] {
	const pages = pageCount(rows.length, size);
	return Array.from({ length: pages }, (_, i) => ({
		number: i + 1,
		pages,
		total: rows.length,
		offset: i * size,
		rows: rows.slice(i * size, (i + 1) * size),
	}));
}

/** Path of a page below its table's first page: "" for the first, "2/" after. */
export const tablePagePath = (number: number) => (number > 1 ? `${number}/` : '');

/** One pre-built view of the compliance table: every unit, or the units of one status; each paginated. */
export interface ComplianceView<Row> {
	/** null: every unit. */
	status: StatusKey | null;
	page: TablePage<Row>;
}

/** Path of a view below the compliance table: "" (every unit, page 1), "3/", "late/", "late/2/". */
export const complianceViewPath = (status: StatusKey | null, number = 1) =>
	`${status ? `${status}/` : ''}${tablePagePath(number)}`;

/**
 * Every pre-built view of a unit table (the compliance table, a tier's list, one type's or one parent's units): all its
 * units, then each status that has units, paginated in the order given. Readers without JavaScript filter by status
 * through these pages' links.
 */
export function complianceViews<Row extends Pick<ComplianceRow, 'overall'>>(
	rows: readonly Row[],
	size: number
): ComplianceView<Row>[] {
	const views: ComplianceView<Row>[] = paginate(rows, size).map((page) => ({ status: null, page }));
	const byStatus = Map.groupBy(rows, (r) => statusKey(r.overall));
	for (const status of STATUS_KEYS)
		for (const page of byStatus.has(status) ? paginate(byStatus.get(status)!, size) : []) views.push({ status, page });
	return views;
}

/** Path of the compliance table's units of one type, or of a type and a status: "loai/xa/", "loai/xa/2/", "loai/xa/late/". */
export const typeViewPath = (type: string, number = 1, status: StatusKey | null = null) =>
	`loai/${type}/${complianceViewPath(status, number)}`;

/**
 * Path of the compliance table's units under a unit at any depth, or of those with one status: "cap-tren/huyen-a/",
 * "cap-tren/huyen-a/late/2/".
 */
export const parentViewPath = (parent: string, number = 1, status: StatusKey | null = null) =>
	`cap-tren/${parent}/${complianceViewPath(status, number)}`;

/** " (trang 2/5)" after a title when the table has more than one page, else nothing. */
export const pageSuffix = (page: Pick<TablePage<unknown>, 'number' | 'pages'>) =>
	page.pages > 1 ? ` (trang ${page.number}/${page.pages})` : '';

/** Part of a group on one page: the group, its items on this page, and whether it began or goes on elsewhere. */
export interface GroupPart<Group, Item> {
	group: Group;
	/** Position of the group among all groups (0-based), for stable ids across pages. */
	index: number;
	items: Item[];
	/** The group began on an earlier page. */
	continued: boolean;
	/** The group goes on on the next page. */
	continues: boolean;
}

/**
 * Pages of grouped items (the urging list: units by the parent that urges them), `size` items each in order; a group
 * longer than what is left of a page goes on to the next, so no page grows with one large group either.
 */
export function paginateGroups<Group, Item>(
	groups: readonly Group[],
	itemsOf: (group: Group) => readonly Item[],
	size: number
): TablePage<GroupPart<Group, Item>>[] {
	const flat = groups.flatMap((group, index) =>
		itemsOf(group).map((item, position) => ({ group, index, item, position }))
	);
	return paginate(flat, size).map((page) => {
		const parts: GroupPart<Group, Item>[] = [];
		for (const { group, index, item, position } of page.rows) {
			const last = parts.at(-1);
			if (last && last.index === index) last.items.push(item);
			else parts.push({ group, index, items: [item], continued: position > 0, continues: false });
			parts.at(-1)!.continues = position + 1 < itemsOf(group).length;
		}
		return { ...page, rows: parts };
	});
}
