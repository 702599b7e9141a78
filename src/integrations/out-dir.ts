import type { AstroIntegration } from 'astro';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
	claimIncrementalRecord,
	filesUnder,
	forgetIncrementalRecord,
	missingOutputs,
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
	let projectRoot = '';
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
				projectRoot = fileURLToPath(config.root);
			},
			'astro:build:start': () => {
				claimIncrementalRecord(cacheDir, outDir, projectRoot);
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
				// Astro prunes its copies of pages no longer keyed, and its copies are these pages (shareIncrementalCopies): a
				// page written and then pruned is missing. The site is refused, and the next build renders every page.
				const lost = missingOutputs(root, keep);
				if (lost.length) {
					forgetIncrementalRecord(cacheDir);
					throw new Error(
						`bản dựng thiếu ${lost.length} tệp vừa viết (${lost.slice(0, 3).join(', ')}): bộ nhớ đệm của Astro đã xóa nhầm; hãy chạy lại lệnh build, lần sau mọi trang được dựng lại (the build lost ${lost.length} files it wrote, pruned by Astro's incremental cache; build again: every page is rendered next time)`
					);
				}
				await removed;
				releaseIncrementalRecord(cacheDir, outDir);
			},
		},
	};
}
