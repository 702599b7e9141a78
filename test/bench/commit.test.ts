// A result file names the code it measured: the commit, and whether tracked files had been changed since.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { benchedCommit } from '../../bench/commit.ts';
import { makeProject } from '../helpers/content-dir.ts';

const git = (repo: string, ...args: string[]) =>
	execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], {
		cwd: repo,
		encoding: 'utf8',
	}).trim();

test('the short hash of HEAD; "with uncommitted changes" once a tracked file differs; "unknown" outside git', () => {
	const repo = makeProject({ 'a.txt': 'một\n' });
	expect(benchedCommit(repo)).toBe('unknown');
	git(repo, 'init', '-q');
	git(repo, 'add', '.');
	git(repo, 'commit', '-q', '-m', 'first');
	const head = git(repo, 'rev-parse', '--short', 'HEAD');
	expect(benchedCommit(repo)).toBe(head);
	// A file git does not track is not the code measured.
	writeFileSync(join(repo, 'b.txt'), 'hai\n');
	expect(benchedCommit(repo)).toBe(head);
	writeFileSync(join(repo, 'a.txt'), 'một lần nữa\n');
	expect(benchedCommit(repo)).toBe(`${head} with uncommitted changes`);
});
