// The built pages of a site, in a stable order.
import { readdirSync } from 'node:fs';
import { sep } from 'node:path';

/** Every HTML file of a built site, as sorted paths relative to it; the search index's own folder is left out. */
export function htmlPages(site: string): string[] {
	return readdirSync(site, { recursive: true, encoding: 'utf8' })
		.filter((path) => path.endsWith('.html') && !path.startsWith(`pagefind${sep}`))
		.map((path) => path.split(sep).join('/'))
		.sort();
}
