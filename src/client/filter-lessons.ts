// Progressive enhancement of a lessons page: every lesson is in the HTML; this only hides those that do not match the
// typed words and the chosen unit type, and keeps the choice in the URL and in the links to the other pages.
import { lessonMatcher } from '../lib/lessons/match.ts';

export function enhanceLessons(): void {
	const form = document.querySelector<HTMLFormElement>('form[data-lessons-filter]');
	if (!form) return;
	const items = [...document.querySelectorAll<HTMLElement>('li[data-lesson]')].map((li) => ({
		li,
		type: li.dataset['type'],
		text: li.firstChild?.textContent ?? '',
	}));
	const count = form.querySelector<HTMLElement>('[data-filter-count]');
	const none = document.querySelector<HTMLElement>('[data-lessons-none]');
	const pagers = [...document.querySelectorAll<HTMLAnchorElement>('a[data-pager]')];
	const fields = [...form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('select, input')];
	const params = new URLSearchParams(location.search);
	for (const field of fields) if (params.has(field.name)) field.value = params.get(field.name) ?? '';

	const apply = () => {
		const chosen = Object.fromEntries(fields.map((f) => [f.name, f.value.trim()]));
		const matches = lessonMatcher(chosen['q'] ?? '');
		let shown = 0;
		for (const item of items) {
			const show = (!chosen['type'] || item.type === chosen['type']) && matches(item.text);
			item.li.hidden = !show;
			if (show) shown++;
		}
		if (count) count.textContent = `Hiển thị ${shown}/${items.length} bài học`;
		if (none) none.hidden = shown > 0;
		// The same choice follows the reader to the URL and to the other pages of the list.
		const withChoice = (href: string) => {
			const url = new URL(href);
			for (const f of fields)
				f.value.trim() ? url.searchParams.set(f.name, f.value.trim()) : url.searchParams.delete(f.name);
			return url.href;
		};
		history.replaceState(null, '', withChoice(location.href));
		for (const a of pagers) a.href = withChoice(a.href);
	};
	form.addEventListener('change', apply);
	form.addEventListener('input', apply);
	form.addEventListener('submit', (e) => e.preventDefault());
	form.hidden = false;
	apply();
}
