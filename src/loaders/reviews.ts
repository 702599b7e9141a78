import type { Loader } from 'astro/loaders';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCampaigns, loadRosters, readReviewFile, reviewFiles, duplicateReviews } from '../lib/content/load.ts';
import { ContentError, errorsOf, type Problem } from '../lib/content/problem.ts';
import { checkReview, reviewContext, toReview, type ReviewContext } from '../lib/content/review-file.ts';
import type { Review } from '../lib/model.ts';
import { PIPELINE_VERSION } from '../lib/report/process.ts';
import type { ReportMeta } from '../lib/report/batch.ts';
import { compactPacks, holdsHtml, pruneHtml, type HtmlRef } from '../lib/report/html-cache.ts';
import { ReportPool } from '../lib/report/pool.ts';
import { logProblems } from './log.ts';

/**
 * What the store keeps of a report: everything derived from its text, so an unchanged file is never processed again.
 * The HTML itself is cached on disk, in packs (`html`); keeping it in the store would cost seconds per build.
 */
export type StoredReport = ReportMeta & { html: HtmlRef };

/**
 * Reports as data: each file is parsed to a syntax tree, checked, and rendered to HTML once, then cached under the
 * digest of its text (metadata in the content layer, HTML in packs on disk). Changed reports are processed over worker
 * threads. Nothing in a report is compiled or executed.
 */
export function reviewsLoader(): Loader {
	return {
		name: 'so-ket-reviews',
		load: async ({ store, config, logger, generateDigest, watcher }) => {
			const root = fileURLToPath(config.root);
			const contentDir = join(root, 'content');
			// astro dev keeps its store in .astro/, astro build in cacheDir: each prunes what its own store does not name,
			// so each gets a folder of its own (Astro gives a loader a watcher in dev only).
			const htmlDir = fileURLToPath(new URL(watcher ? 'so-ket/html-dev/' : 'so-ket/html/', config.cacheDir));
			const files = reviewFiles(root, contentDir);
			const untouched = new Set(store.keys());
			const metas: (ReportMeta | undefined)[] = new Array(files.length);
			const jobs: { index: number; id: string; file: string; digest: string; result: Promise<ReportMeta> }[] = [];
			// Changed reports go to the workers as soon as they are read, so processing overlaps the reading.
			const pool = new ReportPool({ htmlDir });
			let started: number | undefined;
			let ctx: ReviewContext;
			const packSizes = new Map<string, number>();
			// Links, devices and oversized files under content/ are refused before anything reads them as a report.
			const unreadable: Problem[] = [];
			try {
				for (const [index, file] of files.entries()) {
					// Lets the workers' answers in (and the other loaders run) while files are still being read.
					if (index % 256 === 255) await new Promise((resolve) => setImmediate(resolve));
					const id = file.replace(/^content\/reviews\//, '').replace(/\.mdx?$/, '');
					untouched.delete(id);
					const read = readReviewFile(root, file);
					if ('problem' in read) {
						unreadable.push(read.problem);
						continue;
					}
					const source = read.text;
					// The cache folder is part of the key: Astro keeps an entry whose digest is unchanged, and the entry names a pack in it.
					const digest = generateDigest(`${PIPELINE_VERSION}\n${htmlDir}\n${file}\n${source}`);
					const entry = store.get(id);
					const stored = entry?.digest === digest ? (entry.data as StoredReport) : undefined;
					// The cached HTML must be this project's and still there: a store copied from elsewhere, a moved project or a
					// cleaned cache sends the report round again, never to another project's files, which may go at any time.
					if (stored && holdsHtml(htmlDir, stored.html, packSizes)) metas[index] = stored;
					else {
						started ??= performance.now();
						jobs.push({ index, id, file, digest, result: pool.add({ file, source, digest }) });
					}
				}

				// Campaigns and rosters are read while the workers process.
				const { campaigns } = loadCampaigns(root, contentDir);
				const { units } = loadRosters(root, contentDir, campaigns);
				ctx = reviewContext(campaigns, units, new Date());
			} catch (error) {
				// Workers left running would keep the build from ever exiting.
				await pool.abort(error);
				throw error;
			}
			await pool.close();
			const results = await Promise.all(jobs.map((job) => job.result));
			jobs.forEach((job, i) => {
				const meta = results[i]!;
				metas[job.index] = meta;
				// Deleted first: a report processed again with its digest unchanged (its pack was gone) has a new place.
				store.delete(job.id);
				if (meta.html !== undefined) store.set({ id: job.id, data: meta, digest: job.digest, filePath: job.file });
			});
			for (const id of untouched) store.delete(id);
			if (jobs.length || untouched.size) {
				// Reports whose pack is mostly dead HTML move to a new one; the entry is replaced, its digest being the same.
				const entries = store.values();
				const refs = entries.flatMap((e) => (e.data as Partial<StoredReport>).html ?? []);
				const moved = compactPacks(htmlDir, refs);
				for (const entry of entries) {
					const to = moved.get((entry.data as StoredReport).html!);
					if (!to) continue;
					const data = { ...(entry.data as StoredReport), html: to };
					store.delete(entry.id);
					store.set({ ...entry, data });
				}
				pruneHtml(htmlDir, new Set(refs.map((ref) => (moved.get(ref) ?? ref).file)));
			}

			const problems: Problem[] = [...unreadable];
			const reviews: Review[] = [];
			files.forEach((file, index) => {
				if (!metas[index]) return;
				// Roster and campaign may have changed even when the report has not, so these checks run every build.
				problems.push(...checkReview(file, metas[index]!, ctx));
				const review = toReview(file, metas[index]!, ctx);
				if (review) reviews.push(review);
			});
			problems.push(...duplicateReviews(reviews));
			logger.info(
				`${files.length} reports: ${jobs.length} processed${started !== undefined ? ` in ${Math.round(performance.now() - started)} ms` : ''}, ${files.length - jobs.length} unchanged`
			);
			logProblems(logger, problems);
			if (errorsOf(problems).length) throw new ContentError(problems);
		},
	};
}
