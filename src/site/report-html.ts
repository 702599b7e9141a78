// Rendered report HTML, read from the disk cache only when a page asks for it: 50,000 reports of HTML held in
// memory at once would cost gigabytes (issue 7).
import { readHtml, type HtmlRef } from '../lib/report/html-cache.ts';

/** The HTML of a unit's report, read from where the reviews loader cached it (places by unit id). */
export const reportHtml =
	(places: ReadonlyMap<string, HtmlRef>) =>
	(unit: string): string | undefined => {
		const ref = places.get(unit);
		return ref === undefined ? undefined : readHtml(ref);
	};
