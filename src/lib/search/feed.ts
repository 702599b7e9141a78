// What pagefind is handed of a built page: only what it reads. A review page is about 40% navigation, summary and
// tables of units around the report; leaving them out made preparing and indexing 2,000 pages 0.5 s faster.
import { TAG } from './pagefind-text.ts';

/** Marks the part of a page that is searchable; pages without it (navigation, tables of units) are not indexed. */
export const BODY_ATTRIBUTE = 'data-pagefind-body';

// Elements pagefind reads wherever they are: metadata, filters and sort keys given by attribute.
const FACET = /\sdata-pagefind-(?:filter|meta|sort)\s*=/i;
const BODY = new RegExp(`\\s${BODY_ATTRIBUTE}(?:[\\s=/>]|$)`, 'i');
const VOID = new Set([
	'area',
	'base',
	'br',
	'col',
	'embed',
	'hr',
	'img',
	'input',
	'link',
	'meta',
	'source',
	'track',
	'wbr',
]);

/** A tag's name, lower-cased; read by hand since it is asked of every tag of 10,000 pages (a regex took twice as long). */
function nameOf(tag: string): string | undefined {
	const start = tag.charCodeAt(1) === 47 ? 2 : 1; // "</"
	let end = start;
	for (let c = tag.charCodeAt(end); end === start ? isLetter(c) : isNameChar(c); c = tag.charCodeAt(++end));
	return end > start ? tag.slice(start, end).toLowerCase() : undefined;
}
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
// [\w:-]: letters, digits, "_", ":" and "-".
const isNameChar = (c: number) => isLetter(c) || (c >= 48 && c <= 58) || c === 95 || c === 45;
const opens = (tag: string) => /^<[a-z]/i.test(tag);
const closes = (tag: string) => tag.startsWith('</');
const selfClosing = (tag: string, name: string) => VOID.has(name) || tag.endsWith('/>');

/**
 * The parts of `html` that pagefind reads: the `<html>` tag (its language), every element marked with
 * {@link BODY_ATTRIBUTE}, every element giving metadata, filters or sort keys outside them, and the first `<h1>`
 * (pagefind's default title), in a document of their own. What pagefind indexes from it is what it indexes from the page.
 */
export function searchFeed(html: string): string {
	let root = '<html>';
	const head: string[] = [];
	const body: string[] = [];
	let h1 = '';
	let titled = false;
	// The element being copied whole: where it starts, its tag name, how deep inside it the scan is.
	let open: { start: number; name: string; depth: number; into: string[] | 'h1' } | undefined;
	for (const match of html.matchAll(TAG)) {
		const tag = match[0];
		const name = nameOf(tag);
		if (!name || match[1]) continue; // comments, scripts and styles
		if (open) {
			// An h1 inside a copied element comes first in the page: it is pagefind's title, not one found later.
			if (name === 'h1') titled = true;
			if (name !== open.name) continue;
			if (opens(tag) && !selfClosing(tag, name)) open.depth++;
			else if (closes(tag) && --open.depth === 0) {
				const element = html.slice(open.start, match.index + tag.length);
				if (open.into === 'h1') [h1, titled] = [element, true];
				else open.into.push(element);
				open = undefined;
			}
			continue;
		}
		if (!opens(tag)) continue;
		if (name === 'html') root = tag;
		const into = BODY.test(tag) ? body : FACET.test(tag) ? head : name === 'h1' && !titled ? 'h1' : undefined;
		if (!into) continue;
		if (selfClosing(tag, name)) {
			if (into !== 'h1') into.push(tag);
		} else open = { start: match.index, name, depth: 1, into };
	}
	return `<!doctype html>${root}<head><meta charset="utf-8">${head.join('')}</head><body>${h1}${body.join('')}</body></html>`;
}
