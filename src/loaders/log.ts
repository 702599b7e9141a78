import type { LoaderContext } from 'astro/loaders';
import { formatProblem, type Problem } from '../lib/content/problem.ts';

export function logProblems(logger: LoaderContext['logger'], problems: readonly Problem[]) {
	for (const p of problems) {
		if (p.severity === 'error') logger.error(formatProblem(p));
		else logger.warn(formatProblem(p));
	}
}
