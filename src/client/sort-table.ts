// Progressive enhancement: the column headers of a sortable unit table become buttons. What a click sorts is the
// whole table (src/client/filter-table.ts answers over every unit), not the rows of the page.
import { SORT_KEYS, type SortKey } from '../lib/compliance/table-query.ts';

/** Turns each header with a known data-key into a sort button; returns the headers by key for aria-sort. */
export function sortButtons(
	table: HTMLTableElement,
	onSort: (key: SortKey) => void
): [SortKey, HTMLTableCellElement][] {
	if (!table.hasAttribute('data-sortable')) return [];
	const headers = [...(table.tHead?.rows[0]?.cells ?? [])].filter(
		(th): th is HTMLTableCellElement & { dataset: { key: SortKey } } =>
			(SORT_KEYS as readonly string[]).includes(th.dataset.key ?? '')
	);
	for (const th of headers) {
		const button = document.createElement('button');
		button.type = 'button';
		button.className = 'sort';
		button.append(...th.childNodes);
		th.append(button);
		button.addEventListener('click', () => onSort(th.dataset.key));
	}
	table.caption?.insertAdjacentHTML(
		'beforeend',
		'<span class="muted caption-hint"> Bấm vào tiêu đề cột để sắp xếp cả bảng.</span>'
	);
	return headers.map((th) => [th.dataset.key, th]);
}
