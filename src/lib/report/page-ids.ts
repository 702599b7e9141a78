// The ids a report's page gives its own parts (ReportBody.astro, Base.astro, SiteSearch.astro): a report heading never takes one, or the
// table of contents would link to the wrong place (a heading "khen-thuong" took the commendations' id).

/** Ids of the report page's own parts, used by ReportBody.astro. */
export const REPORT_PAGE_IDS = {
	toc: 'muc-luc',
	lessons: 'bai-hoc-tom-tat',
	commendations: 'khen-thuong',
	figures: 'so-lieu',
} as const;

/** Ids the layout gives every page (Base.astro, SiteSearch.astro). */
export const LAYOUT_IDS = { main: 'noi-dung', search: 'site-search-q' } as const;

/** Every id on a report's page outside the report's own HTML. */
export const RESERVED_IDS: readonly string[] = [...Object.values(REPORT_PAGE_IDS), ...Object.values(LAYOUT_IDS)];
