// A killed ingest leaves its temporary files (".<name>.<pid>.<12 hex>.tmp", see place.ts and inputs.ts) behind; the
// next run removes those whose process is gone. Only our own names are touched, never through a link.
import { lstat, readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';

/** The name ingest gives its temporary files: a dot, the final name, the process id, 12 hex digits, ".tmp". */
export const OUR_TEMP = /^\..+\.(\d+)\.[0-9a-f]{12}\.tmp$/;

const alive = (pid: number) => {
	if (pid === process.pid) return true;
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM'; // exists, owned by someone else
	}
};

const realFolder = async (path: string) => (await lstat(path).catch(() => null))?.isDirectory() ?? false;

/** Removes ingest's temporary files left by processes that no longer run, in `folders` and each campaign folder under `<contentDir>/reviews`. */
export async function removeStaleTemps(contentDir: string, folders: readonly string[] = []): Promise<string[]> {
	const reviews = join(contentDir, 'reviews');
	const campaigns = (await realFolder(reviews)) ? (await readdir(reviews)).map((name) => join(reviews, name)) : [];
	const removed: string[] = [];
	for (const folder of [...folders, ...campaigns]) {
		if (!(await realFolder(folder))) continue;
		for (const name of await readdir(folder)) {
			const pid = OUR_TEMP.exec(name)?.[1];
			if (pid === undefined || alive(Number(pid))) continue;
			const path = join(folder, name);
			if (!(await lstat(path)).isFile()) continue;
			await unlink(path).catch(() => undefined);
			removed.push(path);
		}
	}
	return removed;
}
