// `astro check` (TypeScript strictest over .astro and .ts files) must stay clean.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';
import { ROOT } from './helpers/site.ts';

test('astro check reports no errors and no warnings', async () => {
	const { stdout } = await promisify(execFile)(join(ROOT, 'node_modules/.bin/astro'), ['check'], {
		cwd: ROOT,
		env: { ...process.env, PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env.PATH}`, FORCE_COLOR: '0' },
		maxBuffer: 32 * 1024 * 1024,
	}).catch((e: { stdout: string }) => ({ stdout: e.stdout }));
	expect(stdout, stdout).toMatch(/- 0 errors\s+- 0 warnings/);
}, 300_000);
