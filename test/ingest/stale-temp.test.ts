// A killed ingest leaves ".<name>.<pid>.<hex>.tmp" files: the next run removes those of dead processes, the content
// loader never reads them, and git ignores them.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { errorsOf } from '../../src/lib/content/problem.ts';
import { removeStaleTemps } from '../../src/lib/ingest/stale-temp.ts';
import { runScript } from '../helpers/cli.ts';
import { review, validProject } from '../helpers/content-dir.ts';

const deadPid = () => spawnSync('true').pid!;

test('the next ingest removes temporary files of a killed one, keeps those of a running process and files not ours', async () => {
	const root = validProject();
	const inbox = join(root, 'inbox');
	mkdirSync(inbox);
	writeFileSync(join(inbox, 'xa-a2.mdx'), review({ unit: 'xa-a2' }));
	const campaign = join(root, 'content/reviews/thu');
	const dead = deadPid();
	const stale = [
		join(campaign, `.xa-a1.mdx.${dead}.0123456789ab.tmp`),
		join(inbox, `.xa-b.mdx.rejected.txt.${dead}.abcdefabcdef.tmp`),
	];
	const kept = [join(campaign, `.xa-a1.mdx.${process.pid}.0123456789ab.tmp`), join(campaign, 'ghi-chu.tmp')];
	for (const path of [...stale, ...kept]) writeFileSync(path, review({ unit: 'xa-a1' }));

	const result = await runScript('ingest', ['inbox'], root);
	expect(result.code).toBe(0);
	expect(result.stdout).toContain('Đã xóa 2 tệp tạm của lần nhận bị dừng trước');
	for (const path of stale) expect(existsSync(path)).toBe(false);
	for (const path of kept) expect(existsSync(path)).toBe(true);
});

test('a dry run removes nothing', async () => {
	const root = validProject();
	const temp = join(root, 'content/reviews/thu', `.xa-a1.mdx.${deadPid()}.0123456789ab.tmp`);
	writeFileSync(temp, 'x');
	mkdirSync(join(root, 'inbox'));
	writeFileSync(join(root, 'inbox/xa-a2.mdx'), review({ unit: 'xa-a2' }));
	expect((await runScript('ingest', ['inbox', '--dry-run'], root)).code).toBe(0);
	expect(existsSync(temp)).toBe(true);
	expect(await removeStaleTemps(join(root, 'content'))).toEqual([temp]);
	expect(readdirSync(join(root, 'content/reviews/thu'))).toEqual(['xa-a1.mdx']);
});

test('leftover temporary files are neither read as reports nor committed', () => {
	const root = validProject();
	writeFileSync(
		join(root, 'content/reviews/thu', `.xa-a2.mdx.${deadPid()}.0123456789ab.tmp`),
		review({ unit: 'xa-a2' })
	);
	const content = loadContent({ root });
	expect(errorsOf(content.problems)).toEqual([]);
	expect(content.reviews.map((r) => r.unit)).toEqual(['xa-a1']);
	const repo = resolve(import.meta.dirname, '../..');
	const ignored = execFileSync(
		'git',
		['check-ignore', 'content/reviews/thu/.xa-a2.mdx.123.0123456789ab.tmp', '.cache/html/ab.html.123.x1y2.tmp'],
		{ cwd: repo, encoding: 'utf8' }
	);
	expect(ignored.trim().split('\n')).toHaveLength(2);
});
