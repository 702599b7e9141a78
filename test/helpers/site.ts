import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { tempDir } from './temp.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

/** Runs the build (`npm run build`: scripts/build.ts) for a project root into outDir; resolves with its output, rejects with it on failure. */
export async function astroBuild(root: string, outDir: string, env: Record<string, string> = {}) {
	// Vitest sets BASE_URL="/" in its own environment, and Astro takes BASE_URL over the configured base path.
	const { BASE_URL: _, ...inherited } = process.env;
	const { stdout, stderr } = await run(
		join(ROOT, 'node_modules/.bin/node'),
		[join(ROOT, 'scripts/build.ts'), '--root', root, '--outDir', outDir],
		{
			cwd: root,
			// NO_COLOR: with CI set, Astro's logger colours its lines, and tests read them.
			env: {
				...inherited,
				NO_COLOR: '1',
				PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env.PATH}`,
				...(root !== ROOT && { SOKET_CACHE_DIR: join(root, '.astro-cache') }),
				...env,
			},
			maxBuffer: 64 * 1024 * 1024,
		}
	);
	return stdout + stderr;
}

/** Builds a project that must not build; resolves with the build's output, or fails the test if the build succeeded. */
export async function buildFailure(root: string): Promise<string> {
	try {
		await astroBuild(root, join(root, 'dist'));
	} catch (error) {
		return String((error as { stdout?: string }).stdout ?? '') + String((error as { stderr?: string }).stderr ?? '');
	}
	throw new Error('the build succeeded with broken content');
}

/**
 * A throwaway project: a copy of the real code with its own content folder, so a broken sample cannot touch the
 * real one. Code is copied, not linked: Astro resolves a linked src/ to paths outside the root and fails. The folder is
 * removed after the test file.
 */
export function scratchProject(prepare: (contentDir: string) => void): string {
	const root = tempDir('so-ket-site-');
	for (const entry of ['src', 'scripts', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
		if (existsSync(join(ROOT, entry))) cpSync(join(ROOT, entry), join(root, entry), { recursive: true });
	symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'));
	cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
	prepare(join(root, 'content'));
	return root;
}

/** As-of date of the shared sample build: mid-campaign, so every status appears. */
export const SAMPLE_AS_OF = '2021-05-20';

/** Lessons per lessons page in the shared sample build: small, so the sample's larger themes run to several pages. */
export const SAMPLE_LESSONS_PER_PAGE = 10;

/** Environment of the shared sample build, for a test that builds the sample again and compares. */
export const SAMPLE_ENV = { AS_OF: SAMPLE_AS_OF, LESSONS_PER_PAGE: String(SAMPLE_LESSONS_PER_PAGE) };

/**
 * Builds the sample site once for all test files (they run in parallel workers): the first worker builds,
 * the others wait on the lock. Returns the folder of built HTML.
 */
export async function sampleSite(): Promise<string> {
	const base = join(ROOT, '.cache/test-site');
	const out = join(base, 'dist');
	const done = join(base, 'done');
	const lock = join(base, 'lock');
	mkdirSync(base, { recursive: true });
	const stamp = String(process.ppid);
	if (existsSync(done) && readFileSync(done, 'utf8') === stamp) return out;
	try {
		mkdirSync(lock);
	} catch {
		for (let i = 0; i < 600; i++) {
			await new Promise((r) => setTimeout(r, 500));
			if (existsSync(done) && readFileSync(done, 'utf8') === stamp) return out;
			if (!existsSync(lock)) break;
		}
		return sampleSite();
	}
	try {
		rmSync(out, { recursive: true, force: true });
		await astroBuild(ROOT, out, SAMPLE_ENV);
		writeFileSync(done, stamp);
		return out;
	} finally {
		rmSync(lock, { recursive: true, force: true });
	}
}

export const page = (out: string, path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');

/** Ids of the sample units whose report was sent by `asOf`: what a site built as of that day may show as received. */
export function sampleReviewsSentBy(asOf: string, campaign = 'kl120-2021'): string[] {
	const dir = join(ROOT, 'content/reviews', campaign);
	return readdirSync(dir)
		.filter((f) => f.endsWith('.mdx'))
		.filter((f) => (/^sentOn:\s*(\S+)/m.exec(readFileSync(join(dir, f), 'utf8'))?.[1] ?? '') <= asOf)
		.map((f) => f.replace(/\.mdx$/, ''));
}

/** How many sample reports of every campaign were sent by a date: the ones a build as of that date indexes. */
export const sampleReportCountSentBy = (asOf: string): number =>
	readdirSync(join(ROOT, 'content/reviews')).reduce((n, campaign) => n + sampleReviewsSentBy(asOf, campaign).length, 0);
