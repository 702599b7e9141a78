// The code a benchmark measured, so that a result file says which commit its numbers belong to.
import { execFileSync } from 'node:child_process';

/** The short hash of `repo`'s HEAD, "with uncommitted changes" when tracked files differ from it; "unknown" outside git. */
export function benchedCommit(repo: string): string {
	const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8', stdio: 'pipe' });
	let commit: string;
	try {
		commit = git('rev-parse', '--short', 'HEAD').trim();
	} catch {
		return 'unknown';
	}
	try {
		git('diff', '--quiet', 'HEAD', '--');
		return commit;
	} catch {
		return `${commit} with uncommitted changes`;
	}
}
