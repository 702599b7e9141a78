import { describe, expect, test } from 'vitest';
import { hasSearch, pagefindQuery, readSearchParams, writeSearchParams } from '../../src/lib/search/url-state.ts';
import { D_MARK } from '../../src/lib/search/pagefind-text.ts';

describe('search URL', () => {
	test('reads the query, every filter value and the sort order; ignores what it does not know', () => {
		const state = readSearchParams(
			new URLSearchParams('q=+bai+hoc+&tier=co-so&tier=huyen&tier=co-so&status=&sort=newest&page=2&x=1')
		);
		expect(state).toEqual({ q: 'bai hoc', filters: { tier: ['co-so', 'huyen'] }, sort: 'newest' });
		expect(readSearchParams(new URLSearchParams('sort=sideways')).sort).toBe('relevance');
	});

	test('writes a search back to the same URL parameters, leaving out what is empty or the default', () => {
		const params = 'q=d%C3%A2n+ch%E1%BB%A7&tier=co-so&parent=huyen-uy-thach-loc&sort=oldest';
		const state = readSearchParams(new URLSearchParams(params));
		expect(readSearchParams(writeSearchParams(state))).toEqual(state);
		expect(writeSearchParams({ q: ' ', filters: { tier: [] }, sort: 'relevance' }).toString()).toBe('');
	});

	test('a search needs words or a filter', () => {
		expect(hasSearch(readSearchParams(new URLSearchParams('q=+')))).toBe(false);
		expect(hasSearch(readSearchParams(new URLSearchParams('status=late')))).toBe(true);
	});
});

describe('pagefindQuery', () => {
	test('any chosen value of a filter matches; the query is prepared for the index; newest first sorts by date descending', () => {
		const state = readSearchParams(new URLSearchParams('q=đối+thoại&tier=co-so&tier=huyen&status=late&sort=newest'));
		expect(pagefindQuery(state)).toEqual({
			term: `d${D_MARK}ối thoại`,
			options: { filters: { tier: { any: ['co-so', 'huyen'] }, status: { any: ['late'] } }, sort: { date: 'desc' } },
		});
	});

	test('filters alone search with no term, and one filter can be left out to count its values', () => {
		const state = readSearchParams(new URLSearchParams('tier=co-so&status=late'));
		expect(pagefindQuery(state, 'tier')).toEqual({ term: null, options: { filters: { status: { any: ['late'] } } } });
	});
});
