// Which problems `validate <files>` shows: those of the chosen files, and always those of the campaign and roster
// files, since a problem there fails the build whichever report is being checked.
import type { Problem } from './problem.ts';

/** Folders (relative to the project root) of the files every report depends on. */
export const SHARED_CONTENT = ['content/campaigns/', 'content/units/'] as const;

/** Whether a problem's file is a campaign or roster file. */
export const isSharedContent = (file: string) => SHARED_CONTENT.some((dir) => file.startsWith(dir));

/**
 * The problems of `chosen` (files or folders, relative to the root, forward slashes) and of the campaign and roster
 * files; every problem when nothing is chosen.
 */
export function problemsInScope(problems: readonly Problem[], chosen: readonly string[]): Problem[] {
  if (chosen.length === 0) return [...problems];
  const folders = chosen.map((c) => `${c.replace(/\/+$/, '')}/`);
  const inChosen = (file: string) => chosen.includes(file) || folders.some((f) => file.startsWith(f));
  return problems.filter((p) => inChosen(p.file) || isSharedContent(p.file));
}
