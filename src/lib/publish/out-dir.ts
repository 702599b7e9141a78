// The output folder is kept between builds and pruned afterwards, instead of emptied before (issue 7). Emptying it
// deletes ~20,000 files and folders at 10,000 reports, and on this machine's file system (ext4 without a journal)
// creating files soon after deleting many makes every new inode search past the recently deleted ones: the page
// phase took about half as long again. Pages written over old ones keep their inodes.
import {
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	readlinkSync,
	renameSync,
	rmdirSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { rm } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** Every file under `dir`, as '/'-separated paths relative to it; links are listed, never followed. */
export function filesUnder(dir: string, base = dir): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		return entry.isDirectory() ? filesUnder(path, base) : [relative(base, path).split(sep).join('/')];
	});
}

/**
 * Moves folders the build writes whole (e.g. `_astro`, `pagefind`) into `trashDir`, so they start empty, and removes
 * them in the background, with anything left there by a build that stopped half-way; resolves once all is gone.
 */
export async function moveAside(folders: readonly string[], trashDir: string): Promise<void> {
	mkdirSync(trashDir, { recursive: true });
	const gone = readdirSync(trashDir).map((name) => join(trashDir, name));
	for (const folder of folders) {
		if (!existsSync(folder)) continue;
		const target = join(trashDir, `${Date.now()}-${process.pid}-${Math.random().toString(36).slice(2)}`);
		try {
			renameSync(folder, target);
			gone.push(target);
		} catch {
			// Another file system: removed here instead.
			rmSync(folder, { recursive: true, force: true });
		}
	}
	// The moves above happen before the first await, so they are done when this returns.
	await Promise.all(gone.map((path) => rm(path, { recursive: true, force: true, maxRetries: 3 })));
}

/**
 * Removes every file of `outDir` this build did not write: not in `keep` and not under a folder of `keepUnder`
 * (relative, '/'-separated), then every folder left empty. Returns how many files went.
 */
export function pruneOutput(outDir: string, keep: ReadonlySet<string>, keepUnder: readonly string[]): number {
	const kept = (file: string) => keep.has(file) || keepUnder.some((folder) => file.startsWith(`${folder}/`));
	let removed = 0;
	for (const file of filesUnder(outDir)) {
		if (kept(file)) continue;
		rmSync(join(outDir, file), { force: true });
		removed++;
	}
	if (removed) removeEmptyFolders(outDir);
	return removed;
}

function removeEmptyFolders(dir: string, top = true): void {
	for (const entry of readdirSync(dir, { withFileTypes: true }))
		if (entry.isDirectory()) removeEmptyFolders(join(dir, entry.name), false);
	if (!top && readdirSync(dir).length === 0) rmdirSync(dir);
}

/** Astro's record of the pages it built and their keys, in its cache folder (astro/dist/core/build/incremental.js). */
const INCREMENTAL_MANIFEST = 'incremental-build.json';
/** Which output folder the record describes, and whether the build that wrote it finished. */
const MANIFEST_OWNER = 'so-ket/incremental-out-dir.json';

/**
 * Called as a build starts. Astro copies a page instead of rendering it when its key matches its record and the page
 * is already in the output folder; the record describes the last build, whatever folder it wrote. So it is forgotten
 * (every page rendered) when the last build wrote another folder (`npm run pdf -- --dist …`) or stopped half-way:
 * this folder may then hold pages older than the record says.
 */
export function claimIncrementalRecord(cacheDir: string, outDir: string, root?: string): void {
	const owner = join(cacheDir, MANIFEST_OWNER);
	let last: { outDir?: string; finished?: boolean } = {};
	try {
		last = JSON.parse(readFileSync(owner, 'utf8'));
	} catch {
		// No record of whose it is: trusted only if there is no manifest either.
	}
	if (last.outDir !== outDir || last.finished !== true || (root && namesMissingRoute(cacheDir, root)))
		forgetIncrementalRecord(cacheDir);
	mkdirSync(dirname(owner), { recursive: true });
	writeFileSync(owner, JSON.stringify({ outDir, finished: false }));
}

/** Where Astro keeps a second copy of every page it may copy next time (astro/dist/core/build/incremental.js). */
const INCREMENTAL_COPIES = 'dist';

/**
 * Points Astro's folder of page copies at the output folder itself. Astro writes every keyed page twice, to the output
 * and to that folder, to restore a page missing from the output; the output is kept between builds here, so at
 * 10,000 reports the copies were 10,300 more files and 170 MB written per cold build (slow to create on this file
 * system, see above) for nothing. Through the link, a page missing from the output has no copy either: it is rendered.
 */
export function shareIncrementalCopies(cacheDir: string, outDir: string): void {
	const copies = resolve(cacheDir, INCREMENTAL_COPIES);
	const target = resolve(outDir);
	// An output folder set inside Astro's folder of copies keeps the copies: the link would take its place.
	if (target === copies || target.startsWith(copies + sep)) return;
	try {
		if (readlinkSync(copies) === target) return;
	} catch {
		// Not a link yet: a folder of copies from an older build, or nothing.
	}
	mkdirSync(cacheDir, { recursive: true });
	// Made beside it and moved into place, so that copies are removed only where a link can replace them.
	const link = `${copies}.${process.pid}.link`;
	try {
		rmSync(link, { force: true });
		symlinkSync(target, link, 'junction');
	} catch {
		return; // a file system without links: Astro keeps its own copies, as before
	}
	rmSync(copies, { recursive: true, force: true });
	renameSync(link, copies);
}

/** Astro renders every page again at the next build. */
export function forgetIncrementalRecord(cacheDir: string): void {
	rmSync(join(cacheDir, INCREMENTAL_MANIFEST), { force: true });
}

/**
 * Whether Astro's record names a page file of `root` that is gone (renamed or moved). Astro prunes the copies of the
 * pages such a file wrote, and its copies are the output's pages (see {@link shareIncrementalCopies}): pages written
 * again by the renamed file would be deleted as soon as they are written.
 */
function namesMissingRoute(cacheDir: string, root: string): boolean {
	try {
		const record = JSON.parse(readFileSync(join(cacheDir, INCREMENTAL_MANIFEST), 'utf8')) as { routes?: object };
		return Object.keys(record.routes ?? {}).some((route) => !existsSync(join(root, route)));
	} catch {
		return false; // no record, or none Astro itself would read
	}
}

/** The files of `outDir` among `written` that are not there: pages a build said it wrote and then lost. */
export const missingOutputs = (outDir: string, written: Iterable<string>): string[] =>
	[...written].filter((file) => !existsSync(join(outDir, file)));

/** Called when a build has finished: Astro's record now describes `outDir`. */
export function releaseIncrementalRecord(cacheDir: string, outDir: string): void {
	writeFileSync(join(cacheDir, MANIFEST_OWNER), JSON.stringify({ outDir, finished: true }));
}
