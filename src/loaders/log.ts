import type { LoaderContext } from 'astro/loaders';
import { formatProblem, type Problem } from '../lib/content/problem.ts';

export function logProblems(logger: LoaderContext['logger'], problems: readonly Problem[]) {
  for (const p of problems) (p.severity === 'error' ? logger.error : logger.warn)(formatProblem(p));
}
