// A search as a URL (/tim-kiem/?q=…&tier=…&sort=…), so it can be shared, bookmarked and restored, and as the
// options pagefind's search API takes.
import { FILTER_KEYS, SORT_KEY, type FilterKey } from './keys.ts';
import { searchableQuery } from './pagefind-text.ts';

export const SORT_ORDERS = ['relevance', 'newest', 'oldest'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

export interface SearchState {
	q: string;
	/** Chosen values per filter: a result matches any value of a filter, and every filter that has values. */
	filters: Partial<Record<FilterKey, string[]>>;
	sort: SortOrder;
}

const isSort = (value: string | null): value is SortOrder =>
	(SORT_ORDERS as readonly (string | null)[]).includes(value);

/** Reads a search from URL parameters; unknown parameters, empty values and repeats are ignored. */
export function readSearchParams(params: URLSearchParams): SearchState {
	const filters: SearchState['filters'] = {};
	for (const key of FILTER_KEYS) {
		const values = [...new Set(params.getAll(key).filter((v) => v !== ''))];
		if (values.length) filters[key] = values;
	}
	const sort = params.get('sort');
	return { q: (params.get('q') ?? '').trim(), filters, sort: isSort(sort) ? sort : 'relevance' };
}

/** The URL parameters of a search, in a stable order, leaving out what is empty or the default. */
export function writeSearchParams(state: SearchState): URLSearchParams {
	const params = new URLSearchParams();
	if (state.q.trim()) params.set('q', state.q.trim());
	for (const key of FILTER_KEYS) for (const value of state.filters[key] ?? []) params.append(key, value);
	if (state.sort !== 'relevance') params.set('sort', state.sort);
	return params;
}

/** Whether there is anything to search for: words, or at least one filter (which lists every report it matches). */
export const hasSearch = (state: SearchState) =>
	state.q.trim() !== '' || Object.values(state.filters).some((v) => v.length > 0);

export interface PagefindQuery {
	/** null searches by filters alone. */
	term: string | null;
	options: { filters: Record<string, { any: string[] }>; sort?: Record<string, 'asc' | 'desc'> };
}

/** What to ask pagefind for; `without` leaves one filter out (to count that filter's other values). */
export function pagefindQuery(state: SearchState, without?: FilterKey): PagefindQuery {
	const filters: PagefindQuery['options']['filters'] = {};
	for (const key of FILTER_KEYS) {
		const values = state.filters[key];
		if (key !== without && values?.length) filters[key] = { any: values };
	}
	const term = searchableQuery(state.q);
	const options: PagefindQuery['options'] = { filters };
	if (state.sort !== 'relevance') options.sort = { [SORT_KEY]: state.sort === 'newest' ? 'desc' : 'asc' };
	return { term: term === '' ? null : term, options };
}
