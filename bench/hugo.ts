// Hugo for the comparison: Debian's package, installed with apt-get when it is missing.
import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

export const HUGO = '/usr/bin/hugo';

const runnable = (path: string) => {
	try {
		accessSync(path, constants.X_OK);
		return true;
	} catch {
		return false;
	}
};

/** The path of a working hugo, installing Debian's package first if needed; throws with apt-get's words when it cannot. */
export function ensureHugo(log: (line: string) => void): string {
	if (runnable(HUGO)) return HUGO;
	log("hugo is missing: installing Debian's package (apt-get install hugo)…");
	const apt = (args: string[]) =>
		execFileSync('apt-get', args, {
			stdio: ['ignore', 'ignore', 'pipe'],
			env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
		});
	try {
		apt(['install', '-y', '--no-install-recommends', 'hugo']);
	} catch {
		// The package lists may be missing or stale.
		apt(['update']);
		apt(['install', '-y', '--no-install-recommends', 'hugo']);
	}
	if (!runnable(HUGO)) throw new Error(`apt-get finished but ${HUGO} is not there`);
	return HUGO;
}
