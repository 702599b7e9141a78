import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../src/lib/cli/chromium.ts';
import { serveStatic } from '../../src/lib/cli/static-server.ts';
import { sampleSite } from './site.ts';

/** Serves a built site on 127.0.0.1 (a free port) the way a static host would. */
export const serve = serveStatic;
export type Served = Awaited<ReturnType<typeof serve>>;

/** Debian's Chromium, headless, with the flags this closed network needs. */
export { launchChromium };

/** A built site served, and Chromium to open its pages. */
export interface Browsing {
	/** The folder served. */
	dir: string;
	server: Served;
	browser: Browser;
}

/**
 * The set-up every browser test file shares: before its tests, `site()` is built (the sample site by default), served
 * and a Chromium launched, then handed to `opened`; after them, both are closed.
 */
export function browseSite(
	opened: (browsing: Browsing) => void,
	site: () => Promise<string> = sampleSite,
	timeout?: number
): void {
	let server: Served | undefined;
	let browser: Browser | undefined;
	beforeAll(async () => {
		const dir = await site();
		server = await serve(dir);
		browser = await launchChromium();
		opened({ dir, server, browser });
	}, timeout);
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});
}

/** The WCAG 2.2 A and AA rules, as axe tags them. */
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's violations on the page as it stands ("rule: first targets"), over the whole page or one part of it
 * (a CSS selector), for every rule or only those with the given tags.
 */
export async function axeViolations(
	page: Page,
	{ include, tags }: { include?: string; tags?: string[] } = {}
): Promise<string[]> {
	await page.addScriptTag({ content: AXE_SOURCE });
	return page.evaluate(
		async ({ include, tags }) => {
			type Result = { violations: { id: string; nodes: { target: string[] }[] }[] };
			const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<Result> } }).axe;
			const result = await axe.run(
				include ? { include: [[include]] } : document,
				tags ? { runOnly: { type: 'tag', values: tags } } : {}
			);
			return result.violations.map(
				(v) =>
					`${v.id}: ${v.nodes
						.slice(0, 3)
						.map((n) => n.target.join(' '))
						.join(' | ')}`
			);
		},
		{ include, tags }
	);
}
