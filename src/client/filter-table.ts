// Progressive enhancement of the unit tables: the page holds one page of the table as HTML (complete without
// JavaScript, with links to the other pages). Once a reader filters, types a name or sorts, the campaign's table data
// (tien-do/du-lieu.json) is loaded once and the answer over EVERY unit is shown page by page, the query kept in the
// address (?status=late&sort=sentOn-desc&page=2) so a link shares the view.
import { partyDate } from '../lib/labels.ts';
import { pagerNumbers } from '../lib/lessons/pages.ts';
import {
	actionOrder,
	answerQuery,
	isDefaultView,
	queryParams,
	readQuery,
	type TableQuery,
} from '../lib/compliance/table-query.ts';
import { tableRows, type TableData, type TableRow } from '../lib/export/table-data.ts';
import { paginate } from '../lib/compliance/table-pages.ts';
import { sortButtons } from './sort-table.ts';

const loaded = new Map<string, Promise<TableRow[]>>();
/** The campaign's rows, fetched once per page however many tables ask. */
const loadRows = (url: string) => {
	let rows = loaded.get(url);
	if (!rows)
		loaded.set(
			url,
			(rows = fetch(url)
				.then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${r.status}`))))
				.then((d: TableData) => tableRows(d)))
		);
	return rows;
};

const numbers = new Intl.NumberFormat('vi');
const element = <K extends keyof HTMLElementTagNameMap>(
	tag: K,
	props: Partial<HTMLElementTagNameMap[K]> = {},
	...children: (Node | string)[]
) => {
	const el = Object.assign(document.createElement(tag), props);
	el.append(...children);
	return el;
};
const hidden = (text: string) => element('span', { className: 'visually-hidden' }, text);

/** A row as the page builds it (src/components/UnitTable.astro), from the table data; text only, never markup. */
function renderRow(row: TableRow, columns: string[], unitBase: string): HTMLTableRowElement {
	const tr = element('tr');
	tr.dataset.status = row.status;
	const cell = (label: string, ...content: (Node | string)[]) => {
		const td = element('td', {}, ...content);
		td.dataset.label = label;
		return td;
	};
	for (const key of columns) {
		if (key === 'name') {
			const th = element('th', {}, element('a', { href: `${unitBase}${row.id}/` }, row.name));
			th.scope = 'row';
			tr.append(th);
		} else if (key === 'tier') tr.append(cell('Cấp', row.tierName));
		else if (key === 'type') tr.append(cell('Loại hình', row.typeName));
		else if (key === 'parent')
			tr.append(
				cell('Cấp trên', row.parent ? element('a', { href: `${unitBase}${row.parent.id}/` }, row.parent.name) : '—')
			);
		else if (key === 'heldOn') tr.append(cell('Ngày sơ kết', partyDate(row.heldOn || undefined)));
		else if (key === 'sentOn') tr.append(cell('Ngày gửi', partyDate(row.sentOn || undefined)));
		else if (key === 'report')
			tr.append(
				cell(
					'Báo cáo',
					row.report
						? element(
								'a',
								{ href: `${unitBase}${row.id}/` },
								row.report.number ?? 'Xem báo cáo',
								hidden(` của ${row.name}`)
							)
						: element('span', { className: 'muted' }, 'Chưa có báo cáo')
				)
			);
		else if (key === 'status') {
			const tag = element('strong', { className: `tag tag--${row.status}` }, row.statusText);
			tag.dataset.status = row.status;
			const td = element('td', { className: 'status-cell' }, tag);
			td.dataset.sort = row.statusSort;
			tr.append(td);
		}
	}
	return tr;
}

/** The pager of an answer, as src/components/Pager.astro draws it, its links keeping the query. */
function renderPager(current: number, pages: number, href: (n: number) => string, label: string): HTMLElement {
	const nav = element('nav', { className: 'pager no-print' });
	nav.setAttribute('aria-label', label);
	nav.dataset.clientPager = '';
	const list = element('ul');
	const link = (n: number, ...content: (Node | string)[]) => {
		const a = element('a', { href: href(n) }, ...content);
		a.dataset.page = String(n);
		return a;
	};
	if (current > 1) list.append(element('li', {}, link(current - 1, '‹ Trang trước')));
	for (const n of pagerNumbers(current, pages)) {
		if (n === null) {
			const gap = element('li', {}, '…');
			gap.setAttribute('aria-hidden', 'true');
			list.append(gap);
		} else if (n === current) {
			const here = element('span', {}, hidden('Trang '), numbers.format(n));
			here.setAttribute('aria-current', 'page');
			list.append(element('li', {}, here));
		} else list.append(element('li', {}, link(n, hidden('Trang '), numbers.format(n))));
	}
	if (current < pages) list.append(element('li', {}, link(current + 1, 'Trang sau ›')));
	nav.append(list);
	return nav;
}

export function enhanceFilters() {
	for (const form of document.querySelectorAll<HTMLFormElement>('form[data-filter-for]')) {
		const table = document.getElementById(form.dataset.filterFor ?? '') as HTMLTableElement | null;
		const body = table?.tBodies[0];
		const source = table?.dataset.source;
		if (!table || !body || !source) continue;
		const size = Number(table.dataset.pageSize) || body.rows.length || 1;
		const columns = [...(table.tHead?.rows[0]?.cells ?? [])].map((th) => th.dataset.key ?? '');
		const count = form.querySelector<HTMLElement>('[data-filter-count]');
		const none = document.querySelector<HTMLElement>(`[data-table-none="${table.id}"]`);
		const fields = () => [
			...form.querySelectorAll<HTMLSelectElement | HTMLInputElement>('select:not([name="sort"]), input[name="q"]'),
		];
		const sortField = form.querySelector<HTMLSelectElement>('select[name="sort"]');
		// The table as built: its own pagers and page range, shown again when the reader asks for the default view.
		const builtRows = [...body.rows];
		const caption = table.caption?.firstChild;
		const builtCaption = caption?.textContent ?? '';
		const builtParts = [
			...document.querySelectorAll<HTMLElement>('nav.pager:not([data-client-pager]), [data-page-range]'),
		];
		const base = table.dataset.base ?? location.pathname;
		// The page as opened: once the reader asks for something the address becomes the table's first page with a
		// query, so what this page answers is judged by where it was opened, not by the address now.
		const builtPath = location.pathname;
		const openedWith = new URLSearchParams(location.search);
		// A status, type or parent page (tien-do/late/, tien-do/loai/xa/late/, tien-do/cap-tren/huyen-a/) is the table
		// with those filters chosen.
		const presets: TableQuery['filters'] = {
			...(form.dataset.presetStatus && { status: form.dataset.presetStatus }),
			...(form.dataset.presetType && { type: form.dataset.presetType }),
			...(form.dataset.presetParent && { parent: form.dataset.presetParent }),
		};
		// A pre-built order's page (tien-do/sap-xep/…/) is the table with that order chosen.
		const presetSort = readQuery(new URLSearchParams({ sort: form.dataset.presetSort ?? '' })).sort;
		const isPresetSort = (sort: TableQuery['sort']) =>
			presetSort ? sort?.key === presetSort.key && sort.ascending === presetSort.ascending : sort === null;
		const headers = sortButtons(table, (key) => {
			const query = current();
			query.sort = { key, ascending: query.sort?.key === key ? !query.sort.ascending : true };
			query.page = 1;
			void show(query, true);
		});
		const wrapper = table.closest('.table-scroll') ?? table;
		let clientPagers: HTMLElement[] = [];

		/** The query as the address says it, the page's own filters where it says none. */
		const fromAddress = (): TableQuery => {
			const query = readQuery(openedWith);
			for (const [key, value] of Object.entries(presets) as [keyof TableQuery['filters'], string][])
				if (!openedWith.has(key)) query.filters[key] = value;
			if (presetSort && !openedWith.has('sort')) query.sort = presetSort;
			for (const field of fields())
				field.value = field.name === 'q' ? query.q : (query.filters[field.name as keyof TableQuery['filters']] ?? '');
			return query;
		};
		/** The page as built answers the query: no name, no other order, its own filter (or none) and its own page. */
		const builtAnswers = (query: TableQuery) => {
			const others = { ...query.filters };
			for (const [key, value] of Object.entries(presets) as [keyof TableQuery['filters'], string][]) {
				if (others[key] !== value) return false;
				delete others[key];
			}
			return (
				isPresetSort(query.sort) &&
				isDefaultView({ ...query, filters: others, sort: null }) &&
				query.page === 1 &&
				!openedWith.has('page')
			);
		};
		let sort: TableQuery['sort'] = null;
		let page = 1;
		const current = (): TableQuery => {
			const query = readQuery(new URLSearchParams());
			for (const field of fields()) {
				const value = field.value.trim();
				if (field.name === 'q') query.q = value;
				else if (value) query.filters[field.name as keyof TableQuery['filters']] = value;
			}
			query.sort = sort;
			query.page = page;
			return query;
		};

		// The status counts ("Tất cả" too) mark the status shown: as built, or the one chosen in the form.
		const statusLinks = [...document.querySelectorAll<HTMLAnchorElement>(`a[data-filter-link="${table.id}"]`)];
		const builtMarks = statusLinks.map((link) => link.getAttribute('aria-current'));
		const markStatus = (query: TableQuery) => {
			const built = builtAnswers(query);
			statusLinks.forEach((link, i) => {
				const chosen = (link.dataset.status ?? '') === (query.filters.status ?? '');
				const mark = built ? builtMarks[i] : chosen ? 'true' : null;
				if (mark) link.setAttribute('aria-current', mark);
				else link.removeAttribute('aria-current');
			});
		};

		let shown = 0;
		const show = async (query: TableQuery, remember: boolean) => {
			const ticket = ++shown;
			sort = query.sort;
			page = query.page;
			markStatus(query);
			if (sortField) sortField.value = query.sort ? `${query.sort.key}-${query.sort.ascending ? 'asc' : 'desc'}` : '';
			for (const [key, th] of headers)
				query.sort?.key === key
					? th.setAttribute('aria-sort', query.sort.ascending ? 'ascending' : 'descending')
					: th.removeAttribute('aria-sort');
			if (remember) {
				const params = queryParams(query);
				history.replaceState(null, '', builtAnswers(query) ? builtPath : `${base}${params.size ? `?${params}` : ''}`);
			}
			if (builtAnswers(query)) {
				// The page as built answers the default view: nothing to load.
				for (const p of clientPagers) p.remove();
				clientPagers = [];
				body.replaceChildren(...builtRows);
				for (const part of builtParts) part.hidden = false;
				if (none) none.hidden = true;
				if (count) count.textContent = '';
				if (caption) caption.textContent = builtCaption;
				table.removeAttribute('aria-busy');
				return;
			}
			// Tests and assistive technology can tell when the answer is in.
			table.setAttribute('aria-busy', 'true');
			if (count) count.textContent = 'Đang tải danh sách đơn vị…';
			let rows: TableRow[];
			try {
				rows = await loadRows(source);
			} catch {
				if (count)
					count.textContent =
						'Không tải được danh sách đơn vị; các trang của bảng vẫn dùng được qua các liên kết trang.';
				table.removeAttribute('aria-busy');
				return;
			}
			if (ticket !== shown) return;
			const scope = table.dataset.scopeTier;
			const inScope = scope ? rows.filter((r) => r.tier === scope) : rows;
			const ordered = table.dataset.order === 'action' ? actionOrder(inScope) : inScope;
			const answer = answerQuery(ordered, query);
			const pages = paginate(answer, size);
			const at = pages[Math.min(query.page, pages.length) - 1]!;
			body.replaceChildren(...at.rows.map((r) => renderRow(r, columns, table.dataset.unitBase ?? '')));
			for (const part of builtParts) part.hidden = true;
			for (const p of clientPagers) p.remove();
			const href = (n: number) => `${base}?${queryParams({ ...query, page: n })}`;
			clientPagers =
				at.pages > 1
					? [
							renderPager(at.number, at.pages, href, 'Các trang kết quả'),
							renderPager(at.number, at.pages, href, 'Các trang kết quả (cuối bảng)'),
						]
					: [];
			if (clientPagers.length) {
				wrapper.before(clientPagers[0]!);
				(none ?? wrapper).after(clientPagers[1]!);
			}
			for (const p of clientPagers)
				p.addEventListener('click', (e) => {
					const a = (e.target as Element).closest<HTMLAnchorElement>('a[data-page]');
					if (!a) return;
					e.preventDefault();
					void show({ ...current(), page: Number(a.dataset.page) }, true).then(() => table.scrollIntoView());
				});
			if (none) none.hidden = answer.length > 0;
			if (caption)
				caption.textContent = `${table.dataset.caption ?? ''}: ${numbers.format(answer.length)} đơn vị khớp${at.pages > 1 ? ` (trang ${numbers.format(at.number)}/${numbers.format(at.pages)})` : ''}`;
			if (count)
				count.textContent = `Hiển thị ${numbers.format(answer.length)}/${numbers.format(inScope.length)} đơn vị${at.pages > 1 ? `, trang ${numbers.format(at.number)}/${numbers.format(at.pages)}` : ''}`;
			table.removeAttribute('aria-busy');
		};

		form.addEventListener('change', (e) => {
			if (sortField && e.target === sortField) sort = readQuery(new URLSearchParams({ sort: sortField.value })).sort;
			void show({ ...current(), page: 1 }, true);
		});
		form.addEventListener('input', (e) => {
			if ((e.target as HTMLElement).matches('input[name="q"]')) void show({ ...current(), page: 1 }, true);
		});
		form.addEventListener('submit', (e) => e.preventDefault());
		// The status counts link to the pre-built status pages; with the script they choose the status here instead.
		for (const link of statusLinks)
			link.addEventListener('click', (e) => {
				const select = form.querySelector<HTMLSelectElement>('select[name="status"]');
				if (!select || link.dataset.status === undefined) return;
				e.preventDefault();
				select.value = link.dataset.status;
				void show({ ...current(), page: 1 }, true).then(() => table.scrollIntoView());
			});
		// The pre-built orders' links (tien-do/sap-xep/…/) choose the order here instead.
		for (const link of document.querySelectorAll<HTMLAnchorElement>(`a[data-sort-link="${table.id}"]`))
			link.addEventListener('click', (e) => {
				e.preventDefault();
				const sort = readQuery(new URLSearchParams({ sort: link.dataset.sort ?? '' })).sort;
				void show({ ...current(), sort, page: 1 }, true).then(() => table.scrollIntoView());
			});
		form.hidden = false;
		void show(fromAddress(), false);
	}
}
