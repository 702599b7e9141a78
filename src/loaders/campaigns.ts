import type { Loader } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { loadCampaigns } from '../lib/content/load.ts';
import { ContentError, errorsOf } from '../lib/content/problem.ts';
import { logProblems } from './log.ts';

/** Campaign files, content/campaigns/<id>.yaml, checked with located errors. */
export function campaignsLoader(): Loader {
	return {
		name: 'so-ket-campaigns',
		load: async ({ store, parseData, config, logger, generateDigest }) => {
			const root = fileURLToPath(config.root);
			const { campaigns, problems } = loadCampaigns(root, `${root}/content`);
			logProblems(logger, problems);
			if (errorsOf(problems).length) throw new ContentError(problems);
			store.clear();
			for (const { id, ...data } of campaigns)
				store.set({ id, data: await parseData({ id, data }), digest: generateDigest(data) });
		},
	};
}
