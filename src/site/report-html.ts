// Rendered report HTML, read from the disk cache only when a page asks for it: 50,000 reports of HTML held in
// memory at once would cost gigabytes (issue 7).
import { readFileSync } from 'node:fs';

/** The HTML of a unit's report, read from the cached file the reviews loader wrote for it (files by unit id). */
export const reportHtml =
	(files: ReadonlyMap<string, string>) =>
	(unit: string): string | undefined => {
		const file = files.get(unit);
		return file === undefined ? undefined : readFileSync(file, 'utf8');
	};
