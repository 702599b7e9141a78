// Writes the search index of a built site: pagefind's own command (it parses and writes in parallel; its Node
// service takes one page at a time: 85 s against 25 s for 10,000 reports on two cores) over scratch copies of the
// pages prepared for Vietnamese, one index per shard of pages, each rebuilt only when one of its pages changed.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { htmlPages } from '../perf/built-pages.ts';
import { linkTree } from '../perf/link-tree.ts';
import { PAGES_PER_SHARD, SHARDS_MANIFEST, shardCount, shardFolder, shardOf, type ShardsManifest } from './shards.ts';
import { indexableHtml } from './vietnamese.ts';

/** Marks the part of a page that is searchable; pages without it (navigation, tables of units) are not indexed. */
export const BODY_ATTRIBUTE = 'data-pagefind-body';

/** Bump when what goes into a shard's index changes, so no shard indexed the old way is reused. */
const FEED_VERSION = 1;

/** The URL pagefind gives a built file: "a/b/index.html" → "/a/b/". */
export const pageUrl = (path: string) => `/${path.replace(/(^|\/)index\.html$/, '$1')}`;

/** pagefind's command-line entry, run with this Node so nothing depends on PATH. */
const PAGEFIND_BIN = join(dirname(fileURLToPath(import.meta.resolve('pagefind'))), 'runner', 'bin.cjs');

export interface IndexOptions {
  /** The built pages to consider (default: every HTML file of the site). */
  pages?: readonly string[];
  perShard?: number;
  /** Told each shard as it is indexed. */
  onShard?: (done: number, total: number) => void;
}

export interface IndexResult {
  /** Pages indexed. */
  pages: number;
  shards: number;
  /** Shards indexed by this call; the others were reused from `workDir`. */
  rebuilt: number;
}

/**
 * Indexes every page of `site` that carries {@link BODY_ATTRIBUTE} into `output` (replaced whole): the first shard is
 * the bundle itself, the others sit in sub-folders listed in {@link SHARDS_MANIFEST}. `workDir` keeps each shard's
 * index under the digest of its pages, so an unchanged shard is never indexed again.
 */
export async function indexSite(site: string, output: string, workDir: string, options: IndexOptions = {}): Promise<IndexResult> {
  const searchable: { path: string; digest: string }[] = [];
  for (const path of options.pages ?? htmlPages(site)) {
    const bytes = readFileSync(join(site, path));
    if (bytes.includes(BODY_ATTRIBUTE)) searchable.push({ path, digest: createHash('sha256').update(bytes).digest('hex') });
  }
  rmSync(output, { recursive: true, force: true });
  mkdirSync(output, { recursive: true });
  const shards = shardCount(searchable.length, options.perShard ?? PAGES_PER_SHARD);
  const manifest: ShardsManifest = { version: 1, pages: searchable.length, bundles: [] };
  if (searchable.length === 0) {
    // Nothing to search yet (a campaign's first days): the browser reads this and says so.
    writeFileSync(join(output, SHARDS_MANIFEST), JSON.stringify(manifest));
    return { pages: 0, shards: 0, rebuilt: 0 };
  }
  const members: string[][] = Array.from({ length: shards }, () => []);
  const hashes = Array.from({ length: shards }, () => createHash('sha256').update(`${FEED_VERSION}\n`));
  for (const { path, digest } of searchable) {
    const k = shardOf(path, shards);
    members[k]!.push(path);
    hashes[k]!.update(`${path}\n${digest}\n`);
  }

  const built = join(workDir, 'built');
  mkdirSync(built, { recursive: true });
  const used = new Set<string>();
  let rebuilt = 0;
  for (let k = 0; k < shards; k++) {
    const digest = hashes[k]!.digest('hex');
    used.add(digest);
    const bundle = join(built, digest);
    if (!existsSync(join(bundle, 'pagefind-entry.json'))) {
      await indexShard(site, members[k]!, join(workDir, 'feed'), bundle);
      rebuilt++;
    }
    linkTree(bundle, join(output, shardFolder(k)));
    if (k > 0) manifest.bundles.push(shardFolder(k));
    options.onShard?.(k + 1, shards);
  }
  writeFileSync(join(output, SHARDS_MANIFEST), JSON.stringify(manifest));
  for (const name of readdirSync(built)) if (!used.has(name)) rmSync(join(built, name), { recursive: true, force: true });
  return { pages: searchable.length, shards, rebuilt };
}

/** Runs pagefind over copies of `pages` prepared for Vietnamese; the bundle appears at `bundle` only when complete. */
async function indexShard(site: string, pages: readonly string[], feed: string, bundle: string): Promise<void> {
  rmSync(feed, { recursive: true, force: true });
  for (const path of pages) {
    mkdirSync(dirname(join(feed, path)), { recursive: true });
    writeFileSync(join(feed, path), indexableHtml(readFileSync(join(site, path), 'utf8')));
  }
  const partial = `${bundle}.partial`;
  rmSync(partial, { recursive: true, force: true });
  try {
    // Run in the feed folder so that no pagefind.yml of the caller's changes what is indexed.
    await promisify(execFile)(process.execPath, [PAGEFIND_BIN, '--site', feed, '--output-path', partial], { cwd: feed, maxBuffer: 64 * 1024 * 1024 });
    renameSync(partial, bundle);
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`pagefind could not index the site:\n${stdout}${stderr}`.trim());
  } finally {
    rmSync(feed, { recursive: true, force: true });
    rmSync(partial, { recursive: true, force: true });
  }
}
