import type { Loader } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { loadCampaigns, loadRosters } from '../lib/content/load.ts';
import { ContentError, errorsOf } from '../lib/content/problem.ts';
import { logProblems } from './log.ts';

/** Rosters, content/units/<campaign>.yaml; entry ids are "<campaign>/<unit>" because rosters are per campaign. */
export function unitsLoader(): Loader {
	return {
		name: 'so-ket-units',
		load: async ({ store, parseData, config, logger, generateDigest }) => {
			// Loaders start together: waiting a turn lets the reviews loader start its workers before this parse blocks.
			await new Promise((resolve) => setImmediate(resolve));
			const root = fileURLToPath(config.root);
			const { campaigns } = loadCampaigns(root, `${root}/content`);
			const { units, problems } = loadRosters(root, `${root}/content`, campaigns);
			logProblems(logger, problems);
			if (errorsOf(problems).length) throw new ContentError(problems);
			store.clear();
			for (const unit of units) {
				const id = `${unit.campaign}/${unit.id}`;
				const data = { ...unit };
				store.set({ id, data: await parseData({ id, data }), digest: generateDigest(data) });
			}
		},
	};
}
