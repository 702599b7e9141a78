// Progressive enhancement: column headers of a table[data-sortable] become buttons that sort its rows.
// A cell's data-sort (ISO date, urgency key) is compared when present, else its text, the Vietnamese way.
// The chosen order is kept in the URL (?sort=2-desc), as the filters are, so it survives a reload or a shared link.
const collator = new Intl.Collator('vi', { numeric: true, sensitivity: 'base' });
const SORT_PARAM = 'sort';

export function enhanceSorting() {
  for (const table of document.querySelectorAll<HTMLTableElement>('table[data-sortable]')) {
    const body = table.tBodies[0];
    const headers = [...(table.tHead?.rows[0]?.cells ?? [])];
    if (!body || headers.length === 0) continue;
    // The built order (what needs action first) is the default; ties keep it too.
    const original = [...body.rows];
    const keyOf = (row: HTMLTableRowElement, col: number) => {
      const cell = row.cells[col];
      return cell?.dataset.sort ?? cell?.textContent?.trim() ?? '';
    };
    const sortBy = (col: number, direction: 'ascending' | 'descending') => {
      for (const h of headers) h.removeAttribute('aria-sort');
      headers[col]!.setAttribute('aria-sort', direction);
      const sign = direction === 'ascending' ? 1 : -1;
      const sorted = original
        .map((row, i) => ({ row, i, key: keyOf(row, col) }))
        .sort((a, b) => sign * collator.compare(a.key, b.key) || a.i - b.i)
        .map((x) => x.row);
      body.append(...sorted);
      const url = new URL(location.href);
      url.searchParams.set(SORT_PARAM, `${col}-${direction === 'ascending' ? 'asc' : 'desc'}`);
      history.replaceState(null, '', url);
    };
    headers.forEach((th, col) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      button.append(...th.childNodes);
      th.append(button);
      button.addEventListener('click', () => sortBy(col, th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending'));
    });
    const saved = /^(\d+)-(asc|desc)$/.exec(new URLSearchParams(location.search).get(SORT_PARAM) ?? '');
    if (saved && headers[Number(saved[1])]) sortBy(Number(saved[1]), saved[2] === 'asc' ? 'ascending' : 'descending');
    const caption = table.caption;
    if (caption) caption.insertAdjacentHTML('beforeend', '<span class="muted caption-hint"> Bấm vào tiêu đề cột để sắp xếp.</span>');
  }
}
