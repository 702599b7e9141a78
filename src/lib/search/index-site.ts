// Writes the search index of a built site with pagefind's own command, over a copy of the pages prepared for
// Vietnamese. The command parses and writes in parallel; pagefind's Node service takes one page at a time, which
// measured 85 s against 25 s for 10,000 reports on two cores (issue 7).
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { htmlPages } from '../perf/pages-digest.ts';
import { indexableHtml } from './vietnamese.ts';

/** Marks the part of a page that is searchable; pages without it (navigation, tables of units) are not indexed. */
export const BODY_ATTRIBUTE = 'data-pagefind-body';

/** The URL pagefind gives a built file: "a/b/index.html" → "/a/b/". */
export const pageUrl = (path: string) => `/${path.replace(/(^|\/)index\.html$/, '$1')}`;

/** pagefind's command-line entry, run with this Node so nothing depends on PATH. */
const PAGEFIND_BIN = join(dirname(fileURLToPath(import.meta.resolve('pagefind'))), 'runner', 'bin.cjs');

/**
 * Copies every page of `site` that carries {@link BODY_ATTRIBUTE} into `feed` (replaced whole), prepared for
 * Vietnamese at the same path, so pagefind gives each the URL of the real page. Returns the paths copied.
 */
export function writeFeed(site: string, feed: string, pages = htmlPages(site)): string[] {
  rmSync(feed, { recursive: true, force: true });
  const fed: string[] = [];
  for (const path of pages) {
    const html = readFileSync(join(site, path), 'utf8');
    if (!html.includes(BODY_ATTRIBUTE)) continue;
    mkdirSync(dirname(join(feed, path)), { recursive: true });
    writeFileSync(join(feed, path), indexableHtml(html));
    fed.push(path);
  }
  return fed;
}

/**
 * Indexes every page of `site` that carries {@link BODY_ATTRIBUTE} into `output` (replaced whole), using `feed` as
 * scratch space (removed afterwards). Resolves with the number of pages indexed; throws with pagefind's own output.
 */
export async function indexSite(site: string, output: string, feed: string, pages = htmlPages(site)): Promise<number> {
  const fed = writeFeed(site, feed, pages);
  rmSync(output, { recursive: true, force: true });
  try {
    // Run in the feed folder so that no pagefind.yml of the caller's changes what is indexed.
    await promisify(execFile)(process.execPath, [PAGEFIND_BIN, '--site', feed, '--output-path', output], { cwd: feed, maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`pagefind could not index the site:\n${stdout}${stderr}`.trim());
  } finally {
    rmSync(feed, { recursive: true, force: true });
  }
  return fed.length;
}
