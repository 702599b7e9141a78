// One digest over every built page, so a build can tell that the site it indexes is exactly the last one indexed.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';

/** Every HTML file of a built site, as sorted paths relative to it; the search index's own folder is left out. */
export function htmlPages(site: string): string[] {
  return readdirSync(site, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.html') && !path.startsWith(`pagefind${sep}`))
    .map((path) => path.split(sep).join('/'))
    .sort();
}

/** A digest of the pages' paths and bytes, plus `salt` (what else the index depends on). */
export function digestPages(site: string, pages: readonly string[], salt: string): string {
  const hash = createHash('sha256').update(`${salt}\n`);
  for (const page of pages) {
    const bytes = readFileSync(join(site, page));
    hash.update(`${page}\n${bytes.length}\n`).update(bytes);
  }
  return hash.digest('hex');
}
