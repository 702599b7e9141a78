// Progressive enhancement: the table is complete HTML; this only hides rows that do not match the chosen filters.
export function enhanceFilters() {
  for (const form of document.querySelectorAll<HTMLFormElement>('form[data-filter-for]')) {
    const table = document.getElementById(form.dataset.filterFor ?? '');
    if (!table) continue;
    const rows = [...table.querySelectorAll<HTMLTableRowElement>('tbody tr')];
    const count = form.querySelector<HTMLElement>('[data-filter-count]');
    const params = new URLSearchParams(location.search);
    for (const select of form.querySelectorAll('select')) if (params.has(select.name)) select.value = params.get(select.name) ?? '';
    const apply = () => {
      const chosen = [...form.querySelectorAll('select')].filter((s) => s.value);
      let shown = 0;
      for (const row of rows) {
        // A row's value may list several ids (a unit's ancestors), separated by spaces.
        const match = chosen.every((s) => (row.dataset[s.name] ?? '').split(' ').includes(s.value));
        row.hidden = !match;
        if (match) shown++;
      }
      if (count) count.textContent = `Hiển thị ${shown}/${rows.length} đơn vị`;
      const url = new URL(location.href);
      for (const s of form.querySelectorAll('select')) s.value ? url.searchParams.set(s.name, s.value) : url.searchParams.delete(s.name);
      history.replaceState(null, '', url);
    };
    form.addEventListener('change', apply);
    form.addEventListener('submit', (e) => e.preventDefault());
    form.hidden = false;
    apply();
  }
}
