// The deployment workflows must build the way the README says, and the GitLab job's script must produce a site.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { ROOT, scratchProject } from '../helpers/site.ts';

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
// The README's build command: the shell block right after "Build command" in "Publishing the site".
const readme = read('README.md');
const publishing = readme.slice(readme.indexOf('## Publishing the site'));
const BUILD = /Build command[^\n]*\n\n```sh\n([^\n]+)\n```/.exec(publishing)?.[1];

test('the README names one build command', () => {
	expect(BUILD).toBe('npm run build');
});

interface Step {
	uses?: string;
	run?: string;
	id?: string;
	with?: Record<string, string>;
	env?: Record<string, string>;
}

describe('GitHub Pages workflow', () => {
	const workflow = parse(read('.github/workflows/pages.yml'));
	const steps: Step[] = workflow.jobs.build.steps;
	const uses = (name: string) => steps.find((s) => s.uses?.startsWith(`${name}@`));

	test('deploys on push to main, by hand, and every day on a schedule', () => {
		expect(workflow.on.push.branches).toEqual(['main']);
		expect(workflow.on).toHaveProperty('workflow_dispatch');
		expect(workflow.on.schedule).toHaveLength(1);
		// Once a day: a fixed minute and hour, every day of every month.
		expect(workflow.on.schedule[0].cron).toMatch(/^\d+ \d+ \* \* \*$/);
	});

	test("builds with the README's command for the Pages site's own address, then deploys with the official Pages actions", () => {
		const build = steps.find((s) => s.run === BUILD);
		expect(build).toBeDefined();
		const pages = uses('actions/configure-pages');
		expect(pages?.id).toBe('pages');
		expect(build!.env).toEqual({
			SITE_URL: '${{ steps.pages.outputs.origin }}',
			BASE_PATH: '${{ steps.pages.outputs.base_path }}',
		});
		expect(steps.indexOf(pages!)).toBeLessThan(steps.indexOf(build!));
		expect(uses('actions/upload-pages-artifact')?.with?.path).toBe('dist');
		expect(workflow.jobs.deploy.needs).toBe('build');
		expect(workflow.jobs.deploy.steps.map((s: Step) => s.uses?.split('@')[0])).toEqual(['actions/deploy-pages']);
		expect(workflow.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
	});

	test("restores the last build's caches after npm ci (which empties node_modules) and before the build", () => {
		const cache = uses('actions/cache');
		const install = steps.findIndex((s) => s.run?.startsWith('npm ci'));
		// Astro's cache folder when SOKET_CACHE_DIR is not set (astro.config.mjs).
		expect(read('astro.config.mjs')).toContain("process.env.SOKET_CACHE_DIR ?? './node_modules/.astro'");
		expect(cache?.with?.path).toBe('node_modules/.astro');
		// A new entry each run, the newest restored.
		expect(cache?.with?.key).toContain('${{ github.run_id }}');
		expect(cache!.with!.key!.startsWith(cache!.with!['restore-keys']!)).toBe(true);
		expect(steps.indexOf(cache!)).toBeGreaterThan(install);
		expect(steps.indexOf(cache!)).toBeLessThan(steps.findIndex((s) => s.run === BUILD));
	});
});

describe('GitLab Pages job', () => {
	const job = parse(read('.gitlab-ci.yml')).pages;

	test("builds with the README's command on the default branch, and publishes public/", () => {
		expect(job.script).toContain(BUILD);
		expect(job.artifacts.paths).toEqual(['public']);
		expect(job.rules).toEqual([{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }]);
		expect(job.variables.SITE_URL).toBe('$CI_PAGES_URL');
	});

	test("keeps the build's caches between jobs, outside node_modules", () => {
		expect(job.variables.SOKET_CACHE_DIR).toBe('.astro-cache');
		expect(job.cache.flatMap((c: { paths: string[] }) => c.paths)).toContain('.astro-cache/');
	});

	// No GitLab runner here: the job's script lines are run as its shell would, in a copy of the project whose
	// dependencies are already installed (before_script's `npm ci`), with the variables GitLab would give.
	test('its script lines, run in a copy of the project, leave the site in public/ for the Pages address', () => {
		const root = scratchProject(() => {});
		const { BASE_URL: _, ...env } = process.env;
		const variables = {
			...env,
			CI_PAGES_URL: 'https://tinh-uy.gitlab.io/so-ket',
			SOKET_CACHE_DIR: join(root, '.astro-cache'),
			PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env.PATH}`,
		};
		const expanded = { ...variables, SITE_URL: variables.CI_PAGES_URL };
		for (const line of job.script as string[])
			execFileSync('bash', ['-euc', line], { cwd: root, env: expanded, stdio: 'pipe', maxBuffer: 64 * 1024 * 1024 });
		expect(existsSync(join(root, 'dist'))).toBe(false);
		const home = readFileSync(join(root, 'public/index.html'), 'utf8');
		expect(home).toContain('<link rel="canonical" href="https://tinh-uy.gitlab.io/so-ket/kl120-2025/">');
		expect(home).toContain('href="/so-ket/favicon.svg"');
		expect(existsSync(join(root, 'public/favicon.svg'))).toBe(true);
		expect(existsSync(join(root, 'public/pagefind'))).toBe(true);
		expect(readFileSync(join(root, 'public/robots.txt'), 'utf8')).toContain(
			'Sitemap: https://tinh-uy.gitlab.io/so-ket/sitemap-index.xml'
		);
	}, 600_000);
});
