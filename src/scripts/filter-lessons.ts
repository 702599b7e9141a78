// Progressive enhancement of the lessons page: every lesson is in the HTML; this only hides those that do not match
// the chosen tier, theme and words, and keeps the choice in the URL.
import { lessonMatcher } from '../lib/lessons/match.ts';

export function enhanceLessons(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-lessons-filter]');
  if (!form) return;
  const tiers = [...document.querySelectorAll<HTMLElement>('section[data-tier]')];
  const items = tiers.flatMap((tier) =>
    [...tier.querySelectorAll<HTMLElement>('li[data-lesson]')].map((li) => ({ li, tier: tier.dataset['tier'], theme: li.closest<HTMLElement>('section[data-theme]')?.dataset['theme'], text: li.firstChild?.textContent ?? '' })),
  );
  const total = new Set(items.map((i) => i.li.dataset['lesson'])).size;
  const count = form.querySelector<HTMLElement>('[data-filter-count]');
  const none = document.querySelector<HTMLElement>('[data-lessons-none]');
  const fields = [...form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('select, input')];
  const params = new URLSearchParams(location.search);
  for (const field of fields) if (params.has(field.name)) field.value = params.get(field.name) ?? '';

  const apply = () => {
    const chosen = Object.fromEntries(fields.map((f) => [f.name, f.value.trim()]));
    const matches = lessonMatcher(chosen['q'] ?? '');
    const shown = new Set<string>();
    for (const item of items) {
      const show = (!chosen['tier'] || item.tier === chosen['tier']) && (!chosen['theme'] || item.theme === chosen['theme']) && matches(item.text);
      item.li.hidden = !show;
      if (show) shown.add(item.li.dataset['lesson'] ?? '');
    }
    for (const section of document.querySelectorAll<HTMLElement>('section[data-theme], section[data-tier]')) section.hidden = !section.querySelector('li[data-lesson]:not([hidden])');
    if (count) count.textContent = `Hiển thị ${shown.size}/${total} bài học`;
    if (none) none.hidden = shown.size > 0;
    const url = new URL(location.href);
    for (const f of fields) f.value.trim() ? url.searchParams.set(f.name, f.value.trim()) : url.searchParams.delete(f.name);
    history.replaceState(null, '', url);
  };
  form.addEventListener('change', apply);
  form.addEventListener('input', apply);
  form.addEventListener('submit', (e) => e.preventDefault());
  form.hidden = false;
  apply();
}
