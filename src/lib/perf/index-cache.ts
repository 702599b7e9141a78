// Keeps the last search index beside the build cache, under the digest of the pages it was built from.
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Hard-links a folder tree (copies across file systems). Nothing writes into these files afterwards: both sides are only ever replaced whole. */
function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const [source, target] = [join(from, entry.name), join(to, entry.name)];
    if (entry.isDirectory()) linkTree(source, target);
    else {
      try {
        linkSync(source, target);
      } catch {
        copyFileSync(source, target);
      }
    }
  }
}

/** Puts the index cached for `digest` at `output`; false when there is none (or it could not be read). */
export function restoreIndex(cacheDir: string, digest: string, output: string): boolean {
  const cached = join(cacheDir, digest);
  if (!existsSync(join(cached, 'pagefind-entry.json'))) return false;
  try {
    rmSync(output, { recursive: true, force: true });
    linkTree(cached, output);
    return true;
  } catch {
    rmSync(output, { recursive: true, force: true });
    return false;
  }
}

/** Caches the index just written at `output` for `digest`, replacing older ones. Never fails the build. */
export function saveIndex(cacheDir: string, digest: string, output: string): void {
  const temporary = join(cacheDir, `.${digest}.${process.pid}.tmp`);
  try {
    linkTree(output, temporary);
    rmSync(join(cacheDir, digest), { recursive: true, force: true });
    renameSync(temporary, join(cacheDir, digest));
    for (const name of readdirSync(cacheDir)) if (name !== digest && !name.startsWith('.')) rmSync(join(cacheDir, name), { recursive: true, force: true });
  } catch {
    rmSync(temporary, { recursive: true, force: true });
  }
}
