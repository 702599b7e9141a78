// Progressive enhancement: column headers of a table[data-sortable] become buttons that sort its rows.
// A cell's data-sort (ISO date, urgency key) is compared when present, else its text, the Vietnamese way.
const collator = new Intl.Collator('vi', { numeric: true, sensitivity: 'base' });

export function enhanceSorting() {
  for (const table of document.querySelectorAll<HTMLTableElement>('table[data-sortable]')) {
    const body = table.tBodies[0];
    const headers = [...(table.tHead?.rows[0]?.cells ?? [])];
    if (!body || headers.length === 0) continue;
    // Roster order is the default, restored on neither column: ties keep it too.
    const original = [...body.rows];
    const keyOf = (row: HTMLTableRowElement, col: number) => {
      const cell = row.cells[col];
      return cell?.dataset.sort ?? cell?.textContent?.trim() ?? '';
    };
    headers.forEach((th, col) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      button.append(...th.childNodes);
      th.append(button);
      button.addEventListener('click', () => {
        const direction = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
        for (const h of headers) h.removeAttribute('aria-sort');
        th.setAttribute('aria-sort', direction);
        const sign = direction === 'ascending' ? 1 : -1;
        const sorted = original
          .map((row, i) => ({ row, i, key: keyOf(row, col) }))
          .sort((a, b) => sign * collator.compare(a.key, b.key) || a.i - b.i)
          .map((x) => x.row);
        body.append(...sorted);
      });
    });
    const caption = table.caption;
    if (caption) caption.insertAdjacentHTML('beforeend', '<span class="muted caption-hint"> Bấm vào tiêu đề cột để sắp xếp.</span>');
  }
}
