import type { Loader } from 'astro/loaders';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCampaigns, loadRosters, reviewFiles, duplicateReviews } from '../lib/content/load.ts';
import { ContentError, errorsOf, type Problem } from '../lib/content/problem.ts';
import { resolveReview } from '../lib/content/review-file.ts';
import type { Review } from '../lib/model.ts';
import { PIPELINE_VERSION, processReport, type ProcessedReport } from '../lib/report/process.ts';
import { logProblems } from './log.ts';

/** What the store keeps of a report: everything derived from its text, so an unchanged file is never processed again. */
export type StoredReport = Omit<ProcessedReport, 'html'>;

/**
 * Reports as data: each file is parsed to a syntax tree, checked, and rendered to HTML once, then cached by
 * the content layer under the digest of its text. Nothing in a report is compiled or executed.
 */
export function reviewsLoader(): Loader {
  return {
    name: 'so-ket-reviews',
    load: async ({ store, config, logger, generateDigest }) => {
      const root = fileURLToPath(config.root);
      const contentDir = join(root, 'content');
      const { campaigns } = loadCampaigns(root, contentDir);
      const { units } = loadRosters(root, contentDir, campaigns);
      const ctx = { campaigns: new Map(campaigns.map((c) => [c.id, c])), units: new Map(units.map((u) => [`${u.campaign}/${u.id}`, u])), now: new Date() };

      const files = reviewFiles(root, contentDir);
      const untouched = new Set(store.keys());
      const problems: Problem[] = [];
      const reviews: Review[] = [];
      let processed = 0;
      for (const file of files) {
        const id = file.replace(/^content\/reviews\//, '').replace(/\.mdx?$/, '');
        untouched.delete(id);
        const source = readFileSync(join(root, file), 'utf8');
        const digest = generateDigest(`${PIPELINE_VERSION}\n${file}\n${source}`);
        let stored = store.get(id)?.digest === digest ? (store.get(id)!.data as StoredReport) : undefined;
        if (!stored) {
          const { html, ...rest } = processReport(source, file);
          stored = rest;
          processed++;
          if (!errorsOf(rest.problems).length) store.set({ id, data: rest, digest, filePath: file, rendered: { html } });
          else store.delete(id);
        }
        // Roster and campaign may have changed even when the report has not, so these checks run every build.
        const result = resolveReview(file, { ...stored, html: '' }, ctx);
        problems.push(...result.problems);
        if (result.review) reviews.push(result.review);
      }
      for (const id of untouched) store.delete(id);
      problems.push(...duplicateReviews(reviews));
      logger.info(`${files.length} reports: ${processed} processed, ${files.length - processed} unchanged`);
      logProblems(logger, problems);
      if (errorsOf(problems).length) throw new ContentError(problems);
    },
  };
}
