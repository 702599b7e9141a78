import { defineConfig } from 'vitest/config';

// Tests that build a site, start a process (a command, pagefind, a browser, a word processor) or type-check the project
// take minutes. `npm run test:unit` leaves them out for the edit loop; `npm test` (and CI) runs both projects.
const INTEGRATION = [
	'test/build/**/*.test.ts',
	'test/e2e/**/*.test.ts',
	'test/repo/**/*.test.ts',
	'test/cli/**/*.test.ts',
	'test/typecheck.test.ts',
	'test/bench/measure.test.ts',
	'test/bench/search-latency.test.ts',
	'test/bench/small.test.ts',
	'test/content/hostile-files.test.ts',
	'test/documents/word-processor.test.ts',
	'test/ingest/bad-inputs.test.ts',
	'test/ingest/cli.test.ts',
	'test/ingest/docx-limits.test.ts',
	'test/ingest/stale-temp.test.ts',
	'test/ingest/word-clean.test.ts',
	'test/report/skeleton.test.ts',
	'test/search/early-index.test.ts',
	'test/search/feed.test.ts',
	'test/search/index-site.test.ts',
	'test/search/index.test.ts',
	'test/search/shards.test.ts',
	'test/template/template.test.ts',
];

export default defineConfig({
	// Unit tests of src/site/ read a content store the test fills (test/helpers/content-store.ts), not a build's.
	resolve: { alias: { 'astro:content': new URL('test/helpers/content-store.ts', import.meta.url).pathname } },
	test: {
		// Removes each test file's temporary folders after it (test/helpers/temp.ts).
		setupFiles: ['test/helpers/cleanup.ts'],
		// Build and browser tests share one built sample site; they run in their own files, one at a time.
		fileParallelism: true,
		testTimeout: 20_000,
		hookTimeout: 300_000,
		projects: [
			{
				extends: true,
				test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['**/node_modules/**', ...INTEGRATION] },
			},
			{ extends: true, test: { name: 'integration', include: INTEGRATION } },
		],
	},
});
