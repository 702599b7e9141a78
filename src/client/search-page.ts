// The search page (/tim-kiem/): pagefind's JS API behind the page's own form. The form is plain HTML; this script
// runs the search, shows results and keeps the search in the URL. Pagefind loads only on this page (its head preloads it).
import { FILTER_KEYS } from '../lib/search/keys.ts';
import {
	hasSearch,
	pagefindQuery,
	readSearchParams,
	writeSearchParams,
	type SearchState,
} from '../lib/search/url-state.ts';
import { readable } from '../lib/search/pagefind-text.ts';
import { bestSections, type SubResult } from '../lib/search/sub-results.ts';
import { SHARDS_MANIFEST } from '../lib/search/shards.ts';
import { addCounts, dealShards, engineCount, mergeAnswers, type Counts } from '../lib/search/engines.ts';

interface ResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	sub_results: SubResult[];
}
interface SearchResponse {
	results: { score: number; data(): Promise<ResultData> }[];
	filters: Counts;
}
/** What the page asks of an index: one pagefind engine's, or several engines' together ({@link wholeIndex}). */
interface Searchable {
	filters(): Promise<Counts>;
	search(term: string | null, options: Record<string, unknown>): Promise<SearchResponse | null>;
}
interface Pagefind extends Searchable {
	options(options: Record<string, unknown>): Promise<void>;
	mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
}

const PAGE_SIZE = 10;
const SECTIONS_SHOWN = 3;
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const count = (n: number) => new Intl.NumberFormat('vi').format(n);
const PAGEFIND_OPTIONS = { baseUrl: base, excerptLength: 30 };

/** The site has no report to search yet: the index is empty by design, not broken. */
class NothingToSearch extends Error {}

/** Pagefind with the primary shard, and the other shards' folders still to merge. */
interface Loaded {
	engine: Pagefind;
	/** Pages in the whole index, over every shard. */
	pages: number;
	rest: string[];
}

let primary: Promise<Loaded> | undefined;
/**
 * Loads pagefind with the primary shard only. The manifest and pagefind's script are fetched together. Filter data is
 * not loaded here: results come first, counts after ({@link filterCounts}).
 */
function primaryIndex(): Promise<Loaded> {
	primary ??= (async () => {
		// The index comes in shards (src/lib/search/shards.ts): the primary bundle, and the others merged into it.
		const [manifest, engine] = await Promise.all([
			fetch(`${base}pagefind/${SHARDS_MANIFEST}`).then(
				async (response) =>
					(response.ok ? await response.json() : { pages: 0, bundles: [] }) as { pages: number; bundles: string[] }
			),
			import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<Pagefind>,
		]);
		if (manifest.pages === 0) throw new NothingToSearch();
		await engine.options(PAGEFIND_OPTIONS);
		return { engine, pages: manifest.pages, rest: manifest.bundles };
	})();
	return primary;
}

let whole: Promise<Searchable> | undefined;
/** Set once every shard is merged: from then on each search answers over the whole index at once. */
let wholeReady = false;
/**
 * The whole index: the shards dealt among one engine per core (src/lib/search/engines.ts), each engine in its own
 * worker, searched side by side and their answers merged. The primary's engine is the first; each other engine is
 * pagefind's script loaded from its first shard's folder (its own module, so its own worker), with the rest of its
 * shards merged into it. Started after the primary's first answer is on screen, so that none of this delays it.
 */
function wholeIndex({ engine, rest }: Loaded): Promise<Searchable> {
	whole ??= (async () => {
		const groups = dealShards(rest, engineCount(1 + rest.length, navigator.hardwareConcurrency));
		const engines = await Promise.all(
			groups.map(async ([own = '', ...merged], i) => {
				const loaded =
					i === 0 ? engine : ((await import(/* @vite-ignore */ `${base}pagefind/${own}pagefind.js`)) as Pagefind);
				if (i > 0) await loaded.options(PAGEFIND_OPTIONS);
				await Promise.all(merged.map((bundle) => loaded.mergeIndex(`${base}pagefind/${bundle}`, PAGEFIND_OPTIONS)));
				return loaded;
			})
		);
		wholeReady = true;
		if (engines.length === 1) return engine;
		return {
			filters: async () => addCounts(await Promise.all(engines.map((e) => e.filters()))),
			search: async (term, options) => {
				const answers = await Promise.all(engines.map((e) => e.search(term, options)));
				return answers.every((a) => a !== null) ? mergeAnswers(answers as SearchResponse[]) : null;
			},
		};
	})();
	return whole;
}

let filtersLoaded: Promise<unknown> | undefined;
/**
 * How many results each filter value would give: pagefind counts only the filters whose data it has loaded, one file
 * per filter and shard, so they are loaded once, after the first results are shown. A filter's own values are counted
 * as if it were not applied, so each count says what choosing it would give. Undefined when a newer search began.
 */
async function filterCounts(
	engine: Searchable,
	state: SearchState,
	stillCurrent: () => boolean
): Promise<Counts | undefined> {
	filtersLoaded ??= engine.filters();
	await filtersLoaded;
	const { term, options } = pagefindQuery(state);
	const all = await engine.search(term, options);
	if (!stillCurrent() || !all) return undefined;
	const counts: Counts = { ...all.filters };
	for (const key of FILTER_KEYS) {
		if (!state.filters[key]?.length) continue;
		const without = await engine.search(term, pagefindQuery(state, key).options);
		if (!stillCurrent() || !without) return undefined;
		counts[key] = without.filters[key] ?? {};
	}
	return counts;
}

function summary(found: number, state: SearchState): string {
	const words = state.q ? ` cho “${state.q}”` : '';
	const filtered = Object.keys(state.filters).length ? ' với các bộ lọc đã chọn' : '';
	return found === 0
		? `Không tìm thấy kết quả nào${words}${filtered}. Hãy thử từ khóa khác, ít từ hơn hoặc bỏ bớt bộ lọc.`
		: `Tìm thấy ${count(found)} kết quả${words}${filtered}.`;
}

function element<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	className?: string,
	text?: string
): HTMLElementTagNameMap[K] {
	const el = document.createElement(tag);
	if (className) el.className = className;
	if (text !== undefined) el.textContent = text;
	return el;
}

/** One result: the report (title, tier, date) and the sections of it that match, each linking to its heading. */
function resultItem(data: ResultData): HTMLLIElement {
	const item = element('li', 'result');
	const heading = element('h3');
	const link = element('a', '', readable(data.meta['title'] ?? data.url));
	link.href = data.url;
	heading.append(link);
	item.append(heading);
	const about = [data.meta['campaign'], data.meta['tier'], data.meta['date'] && `Sơ kết ngày ${data.meta['date']}`]
		.filter(Boolean)
		.join(' · ');
	if (about) item.append(element('p', 'caption', readable(about)));
	const sections = bestSections(data.sub_results, SECTIONS_SHOWN);
	if (sections.length === 0) {
		// Pagefind escapes the text of excerpts before marking the matches, so they are safe as HTML.
		const excerpt = element('p');
		excerpt.innerHTML = readable(data.excerpt);
		item.append(excerpt);
		return item;
	}
	const list = element('ul', 'result-sections');
	for (const section of sections) {
		const entry = element('li');
		const to = element('a', '', readable(section.title));
		to.href = section.url;
		const excerpt = element('p');
		excerpt.innerHTML = readable(section.excerpt);
		entry.append(to, excerpt);
		list.append(entry);
	}
	item.append(list);
	return item;
}

export function startSearchPage(): void {
	const form = document.querySelector<HTMLFormElement>('[data-search-form]');
	const status = document.querySelector<HTMLElement>('[data-search-status]');
	const list = document.querySelector<HTMLOListElement>('[data-search-results]');
	const more = document.querySelector<HTMLButtonElement>('[data-search-more]');
	if (!form || !status || !list || !more) return;
	const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
	const boxes = [...document.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][form="${form.id}"]`)];
	const sort = document.querySelector<HTMLSelectElement>(`select[name="sort"][form="${form.id}"]`);
	const idle = status.textContent ?? '';
	// Busy while its counts are worked out, after the results are shown.
	const filterPanel = document.querySelector<HTMLElement>('[data-search-filters]');
	for (const el of document.querySelectorAll<HTMLElement>('[data-no-js]')) el.hidden = true;

	const current = (): SearchState =>
		readSearchParams(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
	const show = (state: SearchState) => {
		input.value = state.q;
		for (const box of boxes)
			box.checked = state.filters[box.name as keyof SearchState['filters']]?.includes(box.value) ?? false;
		if (sort) sort.value = state.sort;
	};
	const remember = (state: SearchState, how: 'push' | 'replace') => {
		const query = writeSearchParams(state).toString();
		const url = `${location.pathname}${query ? `?${query}` : ''}`;
		if (url !== `${location.pathname}${location.search}`)
			history[how === 'push' ? 'pushState' : 'replaceState'](null, '', url);
	};
	const showCounts = (counts: Counts) => {
		for (const box of boxes) {
			const n = counts[box.name]?.[box.value] ?? 0;
			box.labels?.[0]?.querySelector('[data-count]')?.replaceChildren(`(${count(n)})`);
		}
	};

	let run = 0;
	let pending: SearchResponse['results'] = [];
	/** The next results of the list, `PAGE_SIZE` at a time; `fresh` replaces the list instead of adding to it. */
	const showMore = async (id: number, fresh = false) => {
		const next = pending.splice(0, PAGE_SIZE);
		const data = await Promise.all(next.map((r) => r.data()));
		if (id !== run) return;
		// The list is replaced only once the new results are ready, so it never flashes empty.
		if (fresh) {
			list.replaceChildren();
			delete list.dataset['partial'];
		}
		list.append(...data.map(resultItem));
		more.hidden = pending.length === 0;
		more.textContent = `Xem thêm kết quả (còn ${count(pending.length)})`;
	};

	const search = async (state: SearchState) => {
		const id = ++run;
		// What the list shows now belongs to the search before: stale, whether it was complete or not.
		delete list.dataset['partial'];
		if (!hasSearch(state)) {
			status.textContent = idle;
			list.replaceChildren();
			more.hidden = true;
			for (const box of boxes) box.labels?.[0]?.querySelector('[data-count]')?.replaceChildren();
			return;
		}
		list.setAttribute('aria-busy', 'true');
		filterPanel?.setAttribute('aria-busy', 'true');
		try {
			const loaded = await primaryIndex();
			const { term, options } = pagefindQuery(state);
			if (loaded.rest.length && !wholeReady) {
				// The first answer comes from the primary shard alone, while the other shards load: a reader sees
				// results in the time one shard takes, and the list is replaced by the whole index's ranking after.
				const first = await loaded.engine.search(term, options);
				if (id !== run) return;
				const still = `Đang tìm trong toàn bộ ${count(loaded.pages)} trang…`;
				if (first?.results.length) {
					pending = [...first.results];
					await showMore(id, true);
					if (id !== run) return;
					more.hidden = true;
					list.dataset['partial'] = '';
					status.textContent = `${still} Dưới đây là những kết quả tìm thấy đầu tiên.`;
				} else status.textContent = still;
			}
			const engine = await wholeIndex(loaded);
			const found = await engine.search(term, options);
			if (id !== run || !found) return;
			pending = [...found.results];
			await showMore(id, true);
			if (id !== run) return;
			status.textContent = summary(found.results.length, state);
			list.removeAttribute('aria-busy');
			const counts = await filterCounts(engine, state, () => id === run);
			if (counts) showCounts(counts);
		} catch (error) {
			if (id === run)
				status.textContent =
					error instanceof NothingToSearch
						? 'Chưa có báo cáo nào được đăng để tìm kiếm.'
						: 'Không tải được công cụ tìm kiếm. Vui lòng tải lại trang.';
		} finally {
			if (id === run) {
				list.removeAttribute('aria-busy');
				filterPanel?.removeAttribute('aria-busy');
			}
		}
	};

	let typing: ReturnType<typeof setTimeout> | undefined;
	input.addEventListener('input', () => {
		clearTimeout(typing);
		typing = setTimeout(() => {
			remember(current(), 'replace');
			void search(current());
		}, 250);
	});
	input.addEventListener('focus', () => void primaryIndex().catch(() => undefined), { once: true });
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		clearTimeout(typing);
		remember(current(), 'push');
		void search(current());
	});
	for (const control of [...boxes, ...(sort ? [sort] : [])])
		control.addEventListener('change', () => {
			remember(current(), 'replace');
			void search(current());
		});
	document.querySelector('[data-clear]')?.addEventListener('click', (event) => {
		event.preventDefault();
		for (const box of boxes) box.checked = false;
		remember(current(), 'replace');
		void search(current());
	});
	more.addEventListener('click', () => void showMore(run));
	window.addEventListener('popstate', () => {
		const state = readSearchParams(new URLSearchParams(location.search));
		show(state);
		void search(state);
	});

	const initial = readSearchParams(new URLSearchParams(location.search));
	show(initial);
	// On a narrow screen the filters would push the results below the fold: folded until asked for, unless in use.
	if (
		filterPanel instanceof HTMLDetailsElement &&
		matchMedia('(max-width: 50rem)').matches &&
		!Object.keys(initial.filters).length
	)
		filterPanel.open = false;
	void search(initial);
}
