// Rendered report HTML lives on disk, one file per report digest, so the content layer's data store keeps only
// metadata: 220 MB of HTML in the store costs seconds and gigabytes on every build (issue 7).
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where a report's HTML is kept: `<dir>/<digest>.html`. Digests are hex or base-64-url, so they cannot leave the folder. */
export const htmlPath = (dir: string, digest: string) => join(dir, `${digest.replace(/[^A-Za-z0-9_-]/g, '_')}.html`);

/** Writes atomically, so a build stopped half-way never leaves a truncated file that looks valid. */
export function writeHtml(dir: string, digest: string, html: string): string {
	const path = htmlPath(dir, digest);
	mkdirSync(dir, { recursive: true });
	const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
	writeFileSync(temporary, html);
	renameSync(temporary, path);
	return path;
}

export const hasHtml = (path: string) => existsSync(path);

/** Removes cached HTML no report refers to any more (changed or deleted reports). Returns how many went. */
export function pruneHtml(dir: string, keep: ReadonlySet<string>): number {
	if (!existsSync(dir)) return 0;
	let removed = 0;
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (keep.has(path)) continue;
		// Whatever else sits there (a folder left by another version) goes too, rather than stopping the build.
		rmSync(path, { recursive: true, force: true });
		removed++;
	}
	return removed;
}
