#!/usr/bin/env node
// `astro build` in the environment its bundler is quickest in (`npm run build`; any argument is Astro's, as in
// `npm run build -- --force`). A child process, because an allocator reads its options when it is loaded, and Astro
// has loaded its bundler before it reads the project's configuration.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Rolldown's allocator (mimalloc 3) commits its memory arenas eagerly. On Linux that memory came in huge pages, and
 * bundling the content layer's store (a 20 MB module at 10,000 reports) spent about 2 s of a core zeroing them (perf:
 * clear_page_erms in rolldown's threads). Committed as used, the server bundle took 1.7–2.0 s against 2.9–3.5 s, the
 * browser's 0.6–0.7 s against 0.9–1.2 s, and the cold build 1.0 to 3.9 s less (median 2.2 s) in each of five
 * alternating pairs.
 * A value the caller sets is kept.
 */
export const BUNDLER_ENV: Readonly<Record<string, string>> = { MIMALLOC_ARENA_EAGER_COMMIT: '0' };

/** The environment Astro is run in: the caller's, with {@link BUNDLER_ENV} where the caller set nothing. */
export const buildEnv = (env: NodeJS.ProcessEnv): NodeJS.ProcessEnv => ({ ...BUNDLER_ENV, ...env });

/** Astro's own command-line entry, as its package names it. */
function astroCli(): string {
	const require = createRequire(import.meta.url);
	const manifest = require.resolve('astro/package.json');
	const { bin } = require(manifest) as { bin: { astro: string } };
	return join(dirname(manifest), bin.astro);
}

if (import.meta.main) {
	const child = spawn(process.execPath, [astroCli(), 'build', ...process.argv.slice(2)], {
		stdio: 'inherit',
		env: buildEnv(process.env),
	});
	// Stopping this command stops the build; the build's end is this command's.
	for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => child.kill(signal));
	child.on('exit', (code, signal) => {
		if (!signal) return void (process.exitCode = code ?? 1);
		// Ended by a signal: so is this command, as a shell expects.
		process.removeAllListeners(signal);
		process.kill(process.pid, signal);
	});
}
