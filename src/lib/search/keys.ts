// The names the index, the URL and the search page share. No imports: the search page's script bundles this.

/** Filter keys, in the order the search page offers them; each is also its URL parameter. */
export const FILTER_KEYS = ['tier', 'type', 'parent', 'form', 'status', 'campaign'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** The one sort key: the date the review was held, ISO, so it sorts as text. */
export const SORT_KEY = 'date';
