// Writes the search index of a built site with pagefind's Node API, feeding it pages prepared for Vietnamese.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { htmlPages } from '../perf/pages-digest.ts';
import { indexableHtml } from './vietnamese.ts';

/** Marks the part of a page that is searchable; pages without it (navigation, tables of units) are not indexed. */
export const BODY_ATTRIBUTE = 'data-pagefind-body';

/** The URL pagefind gives a built file: "a/b/index.html" → "/a/b/". */
export const pageUrl = (path: string) => `/${path.replace(/(^|\/)index\.html$/, '$1')}`;

/**
 * Indexes every page of `site` that carries {@link BODY_ATTRIBUTE} into `output` (replaced whole).
 * Resolves with the number of pages indexed; throws with pagefind's own messages when it fails.
 */
export async function indexSite(site: string, output: string, pages = htmlPages(site)): Promise<number> {
  rmSync(output, { recursive: true, force: true });
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind could not start: ${errors.join('; ')}`);
  try {
    let count = 0;
    for (const path of pages) {
      const html = readFileSync(join(site, path), 'utf8');
      if (!html.includes(BODY_ATTRIBUTE)) continue;
      const added = await index.addHTMLFile({ url: pageUrl(path), content: indexableHtml(html) });
      if (added.errors.length) throw new Error(`pagefind could not index ${path}: ${added.errors.join('; ')}`);
      count++;
    }
    const written = await index.writeFiles({ outputPath: output });
    if (written.errors.length) throw new Error(`pagefind could not write its index: ${written.errors.join('; ')}`);
    return count;
  } finally {
    await pagefind.close();
  }
}
