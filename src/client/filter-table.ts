// Progressive enhancement: the table is complete HTML; this only hides rows that do not match the chosen filters.
import { foldDiacritics, vietnameseLower } from '../lib/text/diacritics.ts';

/** What a reader typed, compared as the rows' data-name is: lower case, no diacritics, single spaces. */
const folded = (text: string) => foldDiacritics(vietnameseLower(text)).replace(/\s+/g, ' ').trim();

export function enhanceFilters() {
  for (const form of document.querySelectorAll<HTMLFormElement>('form[data-filter-for]')) {
    const table = document.getElementById(form.dataset.filterFor ?? '');
    if (!table) continue;
    const rows = [...table.querySelectorAll<HTMLTableRowElement>('tbody tr')];
    const count = form.querySelector<HTMLElement>('[data-filter-count]');
    const text = form.querySelector<HTMLInputElement>('input[name="q"]');
    const fields = () => [...form.querySelectorAll<HTMLSelectElement | HTMLInputElement>('select, input[name="q"]')];
    const fromUrl = () => {
      const params = new URLSearchParams(location.search);
      for (const field of fields()) field.value = params.get(field.name) ?? '';
    };
    fromUrl();
    const apply = () => {
      const chosen = [...form.querySelectorAll('select')].filter((s) => s.value);
      const words = text ? folded(text.value) : '';
      let shown = 0;
      for (const row of rows) {
        // A row's value may list several ids (a unit's ancestors), separated by spaces.
        const match = chosen.every((s) => (row.dataset[s.name] ?? '').split(' ').includes(s.value)) && (row.dataset.name ?? '').includes(words);
        row.hidden = !match;
        if (match) shown++;
      }
      if (count) count.textContent = `Hiển thị ${shown}/${rows.length} đơn vị`;
      const url = new URL(location.href);
      for (const f of fields()) f.value.trim() ? url.searchParams.set(f.name, f.value.trim()) : url.searchParams.delete(f.name);
      history.replaceState(null, '', url);
    };
    form.addEventListener('change', apply);
    form.addEventListener('input', apply);
    form.addEventListener('submit', (e) => e.preventDefault());
    // The status counts above the table are links to "?status=…": follow them without a reload.
    for (const link of document.querySelectorAll<HTMLAnchorElement>(`a[data-filter-link="${table.id}"]`))
      link.addEventListener('click', (e) => {
        e.preventDefault();
        history.replaceState(null, '', link.href);
        fromUrl();
        apply();
        table.scrollIntoView();
      });
    form.hidden = false;
    apply();
  }
}
