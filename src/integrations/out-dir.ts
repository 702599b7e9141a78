import type { AstroIntegration } from 'astro';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
	claimIncrementalRecord,
	filesUnder,
	moveAside,
	pruneOutput,
	releaseIncrementalRecord,
	shareIncrementalCopies,
} from '../lib/publish/out-dir.ts';

/** Folders written whole by each build: moved aside before it, so they hold only its files. */
const WHOLE = ['_astro', 'pagefind'];

/**
 * Keeps the output folder between builds and removes afterwards what the build did not write (src/lib/publish/out-dir.ts):
 * the result is the same folder a build into an empty one gives. Listed first, so it prunes before other
 * integrations' build:done hooks (the search index) read the folder.
 */
export function keepOutDir(): AstroIntegration {
	let outDir = '';
	let publicDir = '';
	let trashDir = '';
	let cacheDir = '';
	let removed: Promise<void> = Promise.resolve();
	return {
		name: 'so-ket-out-dir',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({ vite: { build: { emptyOutDir: false } } });
			},
			'astro:config:done': ({ config }) => {
				outDir = fileURLToPath(config.outDir);
				publicDir = fileURLToPath(config.publicDir);
				trashDir = fileURLToPath(new URL('so-ket/old-output/', config.cacheDir));
				cacheDir = fileURLToPath(config.cacheDir);
			},
			'astro:build:start': () => {
				claimIncrementalRecord(cacheDir, outDir);
				shareIncrementalCopies(cacheDir, outDir);
				removed = moveAside(
					WHOLE.map((folder) => join(outDir, folder)),
					trashDir
				);
			},
			'astro:build:done': async ({ dir, assets, logger }) => {
				const root = fileURLToPath(dir);
				// What Astro wrote (every page and endpoint of every route) and what it copied from public/.
				const keep = new Set(filesUnder(publicDir));
				for (const urls of assets.values())
					for (const url of urls) keep.add(relative(root, fileURLToPath(url)).split(sep).join('/'));
				const pruned = pruneOutput(root, keep, [...WHOLE, '.git']);
				if (pruned) logger.info(`removed ${pruned} files of the previous build that this one did not write`);
				await removed;
				releaseIncrementalRecord(cacheDir, outDir);
			},
		},
	};
}
