import { printable } from '../text/printable.ts';

/** One thing wrong with the content, located in a file so a person can fix it. */
export interface Problem {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** 1-based; 0 when the problem concerns the whole file. */
  line: number;
  column: number;
  /** Dotted field path (e.g. "tiers.1.unitTypes.0") or a section/body marker; empty for the whole file. */
  field: string;
  /** What is wrong and what would be right, in plain words. */
  message: string;
  severity: 'error' | 'warning';
  /** For a Word file: the paragraph of the document the line was converted from (1-based). */
  paragraph?: number;
}

/** One line per problem; every user-derived part is made printable (no newline, control character or ANSI escape). */
export const formatProblem = (p: Problem): string =>
  `${printable(p.file, 300)}:${p.line}:${p.column}  ${printable(p.field, 200) || '-'}  ${p.severity === 'warning' ? 'warning: ' : ''}${printable(p.message)}`;

/** Where in the file a problem is, and how bad: by default the whole file (line 0) and an error. */
export type ProblemAt = Partial<Pick<Problem, 'line' | 'column' | 'field' | 'severity'>>;

/** The one way to write a problem. */
export const problem = (file: string, message: string, at: ProblemAt = {}): Problem => ({
  file,
  line: at.line ?? 0,
  column: at.column ?? 0,
  field: at.field ?? '',
  message,
  severity: at.severity ?? 'error',
});

export const errorsOf = (problems: readonly Problem[]) => problems.filter((p) => p.severity === 'error');

/** Thrown when content cannot be published; carries every problem, not just the first. */
export class ContentError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    const errors = errorsOf(problems);
    super(`${errors.length} lỗi trong nội dung, sửa rồi xây dựng lại / ${errors.length} problem${errors.length === 1 ? '' : 's'} in the content:\n${errors.map(formatProblem).join('\n')}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}
