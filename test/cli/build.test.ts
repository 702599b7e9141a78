import { describe, expect, test } from 'vitest';
import { BUNDLER_ENV, buildEnv } from '../../scripts/build.ts';
import { runScript } from '../helpers/cli.ts';
import { ROOT } from '../helpers/site.ts';

// mimalloc, rolldown's allocator, prints the options it was loaded with when MIMALLOC_VERBOSE is set; `astro build
// --help` loads the bundler without building.
const loadedOption = (output: string, name: string) =>
	[...output.matchAll(new RegExp(`option '${name}': (-?\\d+)`, 'g'))].map((match) => match[1]);

describe.concurrent('npm run build (scripts/build.ts)', () => {
	test("the bundler's allocator is loaded committing memory as it is used", async () => {
		const result = await runScript('build', ['--help'], ROOT, { MIMALLOC_VERBOSE: '1' });
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('astro build');
		const values = loadedOption(result.stdout + result.stderr, 'arena_eager_commit');
		expect(values.length).toBeGreaterThan(0);
		expect(new Set(values)).toEqual(new Set(['0']));
	});

	test('a value the caller sets is kept', async () => {
		expect(buildEnv({ MIMALLOC_ARENA_EAGER_COMMIT: '1', AS_OF: '2021-05-20' })).toEqual({
			MIMALLOC_ARENA_EAGER_COMMIT: '1',
			AS_OF: '2021-05-20',
		});
		expect(buildEnv({})).toEqual(BUNDLER_ENV);
		const result = await runScript('build', ['--help'], ROOT, {
			MIMALLOC_VERBOSE: '1',
			MIMALLOC_ARENA_EAGER_COMMIT: '2',
		});
		expect(new Set(loadedOption(result.stdout + result.stderr, 'arena_eager_commit'))).toEqual(new Set(['2']));
	});

	test("passes its arguments to astro build and ends as the build does, with Astro's message", async () => {
		const result = await runScript('build', ['--config', 'no-such-config.mjs'], ROOT);
		expect(result.code).toBe(1);
		expect(result.stdout + result.stderr).toContain('Unable to resolve `--config "no-such-config.mjs"`');
	});
});
