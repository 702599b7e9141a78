/** Site routes in one place, so pages and tests build the same URLs. */
import { lessonPagePath } from '../lib/lessons/pages.ts';
import { complianceViewPath, parentViewPath, tablePagePath, typeViewPath } from '../lib/compliance/table-pages.ts';
import { orderViewPath } from '../lib/compliance/table-orders.ts';
import type { StatusKey } from '../lib/compliance/status.ts';

const base = () => import.meta.env.BASE_URL.replace(/\/?$/, '/');

export const routes = {
	home: () => base(),
	campaign: (campaign: string) => `${base()}${campaign}/`,
	/** A tier's list of units, or those of one status, page `page` of it. */
	tier: (campaign: string, tier: string, page = 1, status: StatusKey | null = null) =>
		`${base()}${campaign}/cap/${tier}/${complianceViewPath(status, page)}`,
	unit: (campaign: string, unit: string) => `${routes.units(campaign)}${unit}/`,
	/** Where the unit pages are, for the browser to link the units it lists. */
	units: (campaign: string) => `${base()}${campaign}/don-vi/`,
	/** Page `page` (2 or more) of the units directly under a unit, beyond those its own page lists. */
	children: (campaign: string, unit: string, page: number) => `${routes.unit(campaign, unit)}${tablePagePath(page)}`,
	/** The compliance table: every unit or those of one status, page `page` of it. */
	compliance: (campaign: string, status: StatusKey | null = null, page = 1) =>
		`${base()}${campaign}/tien-do/${complianceViewPath(status, page)}`,
	/** The compliance table's units of one type, or of one type and one status, page `page` of them. */
	complianceType: (campaign: string, type: string, page = 1, status: StatusKey | null = null) =>
		`${base()}${campaign}/tien-do/${typeViewPath(type, page, status)}`,
	/** The compliance table's units under a unit at any depth, or those of one status, page `page` of them. */
	complianceParent: (campaign: string, parent: string, page = 1, status: StatusKey | null = null) =>
		`${base()}${campaign}/tien-do/${parentViewPath(parent, page, status)}`,
	/** The whole compliance table in one of its pre-built orders (src/lib/compliance/table-orders.ts), page `page`. */
	complianceOrder: (campaign: string, order: string, page = 1) =>
		`${base()}${campaign}/tien-do/${orderViewPath(order, page)}`,
	/** The unit tables' data for the browser's filters and sorting (src/lib/export/table-data.ts). */
	tableData: (campaign: string) => `${base()}${campaign}/tien-do/du-lieu.json`,
	lessons: (campaign: string) => `${base()}${campaign}/bai-hoc/`,
	/** One page of the lessons of a tier under a theme (`themeKey`). */
	lessonPage: (campaign: string, tier: string, theme: string, page = 1) =>
		`${base()}${campaign}/bai-hoc/${lessonPagePath(tier, theme, page)}`,
	search: () => `${base()}tim-kiem/`,
	/** A file of the search index pagefind writes (its script, the shards' manifest). */
	searchIndex: (file: string) => `${base()}pagefind/${file}`,
	/** The urging list, page `page` of it. */
	urging: (campaign: string, page = 1) => `${base()}${campaign}/don-doc/${tablePagePath(page)}`,
	synthesis: (campaign: string) => `${base()}${campaign}/tong-hop/`,
	/** Downloads: the compliance table, the urging list and the synthesis figures. */
	file: (campaign: string, name: 'tien-do' | 'don-doc' | 'tong-hop', ext: 'csv' | 'json') =>
		`${base()}${campaign}/${name}.${ext}`,
	/** The office's Word documents (src/lib/documents/), built with the site. */
	document: (campaign: string, name: string) => `${base()}${campaign}/van-ban/${name}.docx`,
	guide: () => `${base()}huong-dan/`,
	/** Atom feeds of a campaign: reports as received, and its lessons pages. */
	reportsFeed: (campaign: string) => `${base()}${campaign}/bao-cao.atom`,
	lessonsFeed: (campaign: string) => `${base()}${campaign}/bai-hoc.atom`,
	/** The sitemap index @astrojs/sitemap writes. */
	sitemap: () => `${base()}sitemap-index.xml`,
	/** The page where a unit checks and sends its report, and its data and Word template. */
	send: () => `${base()}gui-bao-cao/`,
	sendData: () => `${base()}gui-bao-cao/du-lieu.json`,
	template: (campaign: string) => `${base()}${campaign}/mau-bao-cao.docx`,
};

/** A site path as an absolute address on the published site (SITE_URL), for canonical links, feeds and documents. */
export const absolute = (site: URL | undefined, path: string) => new URL(path, site ?? 'http://localhost:4321').href;

export function campaignNav(campaign: string) {
	return [
		{ href: routes.campaign(campaign), label: 'Tổng quan' },
		{ href: routes.compliance(campaign), label: 'Tiến độ gửi báo cáo' },
		{ href: routes.lessons(campaign), label: 'Bài học kinh nghiệm' },
		{ href: routes.urging(campaign), label: 'Đôn đốc' },
		{ href: routes.synthesis(campaign), label: 'Tổng hợp' },
		{ href: routes.send(), label: 'Gửi báo cáo' },
		{ href: routes.guide(), label: 'Hướng dẫn' },
	];
}
