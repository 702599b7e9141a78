// The reference a search is timed against: the same reports as Hugo pages, indexed once by pagefind's command.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ensureHugo } from './hugo.ts';
import { copyAllToHugo, hugoProject } from './project.ts';

const BIN = resolve(import.meta.dirname, '..', 'node_modules', '.bin');

/**
 * Builds the reference of `reports` reports from `reviewsDir` in `root`, unless it already holds that many pages
 * indexed; returns its output folder. Throws with the command's words when Hugo or pagefind fails.
 */
export function searchReference(
	reviewsDir: string,
	root: string,
	reports: number,
	log: (line: string) => void
): string {
	const publicDir = join(root, 'public');
	const reviews = join(root, 'content', 'reviews');
	const built =
		existsSync(join(publicDir, 'pagefind', 'pagefind-entry.json')) &&
		existsSync(reviews) &&
		readdirSync(reviews).length === reports;
	if (built) return publicDir;
	rmSync(root, { recursive: true, force: true });
	hugoProject(root);
	copyAllToHugo(reviewsDir, root);
	const run = (what: string, command: string, args: string[]) => {
		log(`reference: ${what}…`);
		const done = spawnSync(command, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
		if (done.status !== 0) throw new Error(`${what} failed:\n${done.stdout}${done.stderr}`.trim());
	};
	run('hugo', ensureHugo(log), ['--source', root, '--destination', publicDir]);
	run('pagefind', join(BIN, 'pagefind'), ['--site', publicDir]);
	return publicDir;
}
