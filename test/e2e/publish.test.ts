// The site as a host publishes it: built under a base path for a site URL, served only under that path, and crawled
// page by page in Chromium. Every link, asset, search bundle, feed entry, sitemap entry and download must resolve.
import { readFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { parseAtomFeed } from 'feedsmith';
import { browseSite, axeViolations, type Served } from '../helpers/browser.ts';
import { astroBuild, ROOT } from '../helpers/site.ts';
import { tempDir } from '../helpers/temp.ts';

const SITE_URL = 'https://so-ket.example.gov.vn';
const BASE = '/so-ket/';
// Late enough that both sample campaigns are over: every report of each is received or overdue.
const AS_OF = '2026-01-15';

let browser: Browser;
let server: Served;
let out = '';
const shots = join(ROOT, 'test-results/screenshots');

/** What the crawl found: every page and file reached, and everything that did not resolve. */
const crawl = {
	html: new Map<string, { ids: Set<string>; canonical: string | null }>(),
	files: new Set<string>(),
	broken: [] as string[],
	fragments: [] as { from: string; url: string }[],
	sitemap: [] as string[],
	feedEntries: 0,
};

// Addresses on the published site are read as addresses on the local server.
const local = (href: string) => (href.startsWith(SITE_URL) ? server.url + href.slice(SITE_URL.length) : href);

browseSite(
	(opened) => ({ browser, server } = opened),
	async () => {
		const root = tempDir('so-ket-publish-');
		// The host serves only what is under the base path: a link that forgets it finds nothing.
		out = join(root, 'www', BASE);
		await astroBuild(ROOT, out, { SITE_URL, BASE_PATH: BASE, AS_OF, SOKET_CACHE_DIR: join(root, 'cache') });
		return join(root, 'www');
	},
	600_000
);
beforeAll(async () => {
	mkdirSync(shots, { recursive: true });
	await crawlSite();
}, 600_000);

async function crawlSite() {
	const queue: { url: string; from: string }[] = [
		{ url: `${server.url}${BASE}`, from: '(start)' },
		{ url: `${server.url}${BASE}robots.txt`, from: '(start)' },
	];
	const seen = new Set<string>();
	const page = await browser.newPage();
	const enqueue = (href: string, from: string) => {
		const url = new URL(local(href), from);
		if (url.origin !== server.url) {
			crawl.broken.push(`${from} → ${href} (another site)`);
			return;
		}
		if (url.hash.length > 1) crawl.fragments.push({ from, url: url.href });
		url.hash = '';
		if (!seen.has(url.href)) queue.push({ url: url.href, from });
	};
	page.on('response', (r) => r.status() >= 400 && crawl.broken.push(`${page.url()} → ${r.url()} (${r.status()})`));
	// Leaving a page aborts what it was still fetching (its icon): not a broken link, and the icon is fetched on its own.
	page.on(
		'requestfailed',
		(r) =>
			r.failure()?.errorText !== 'net::ERR_ABORTED' &&
			crawl.broken.push(`${page.url()} → ${r.url()} (${r.failure()?.errorText})`)
	);
	while (queue.length) {
		const { url, from } = queue.shift()!;
		if (seen.has(url)) continue;
		seen.add(url);
		const path = new URL(url).pathname;
		if (path.endsWith('/') || path.endsWith('.html')) {
			const response = await page.goto(url, { waitUntil: 'load' });
			if (response?.status() !== 200) {
				crawl.broken.push(`${from} → ${url} (${response?.status()})`);
				continue;
			}
			const found = await page.evaluate(() => ({
				refs: [...document.querySelectorAll('a[href], link[href]')]
					.map((e) => e.getAttribute('href')!)
					.concat([...document.querySelectorAll('[src]')].map((e) => e.getAttribute('src')!)),
				ids: [...document.querySelectorAll('[id]')].map((e) => e.id),
				canonical: document.querySelector('link[rel=canonical]')?.getAttribute('href') ?? null,
			}));
			crawl.html.set(url, { ids: new Set(found.ids), canonical: found.canonical });
			for (const ref of found.refs) if (!/^(mailto|tel|data):/.test(ref)) enqueue(ref, url);
		} else {
			const response = await fetch(url);
			if (response.status !== 200) {
				crawl.broken.push(`${from} → ${url} (${response.status})`);
				continue;
			}
			crawl.files.add(url);
			const body = await response.text();
			if (path.endsWith('.atom')) {
				expect(SyntaxValidator.validate(body), url).toBe(true);
				const feed = parseAtomFeed(body);
				for (const link of feed.links ?? []) enqueue(link.href!, url);
				for (const entry of feed.entries ?? []) {
					crawl.feedEntries++;
					for (const link of entry.links ?? []) enqueue(link.href!, url);
				}
			} else if (path.endsWith('.xml')) {
				expect(SyntaxValidator.validate(body), url).toBe(true);
				const xml = new XMLParser().parse(body);
				const locs = [xml.sitemapindex?.sitemap, xml.urlset?.url]
					.flat()
					.filter(Boolean)
					.map((e: { loc: string }) => e.loc);
				if (xml.urlset) crawl.sitemap.push(...locs);
				for (const loc of locs) enqueue(loc, url);
			} else if (path.endsWith('robots.txt')) {
				for (const [, loc] of body.matchAll(/^Sitemap: (\S+)$/gm)) enqueue(loc!, url);
			}
		}
	}
	await page.close();
}

test('every page, link, asset, feed entry, sitemap entry and download resolves under the base path', () => {
	expect(crawl.broken).toEqual([]);
	// Both campaigns' pages were reached, with their feeds and downloads.
	expect(crawl.html.size).toBeGreaterThan(100);
	for (const campaign of ['kl120-2021', 'kl120-2025'])
		for (const file of ['bao-cao.atom', 'bai-hoc.atom', 'tong-hop.csv', 'tong-hop.json', 'tien-do.csv', 'don-doc.csv'])
			expect(crawl.files, `${campaign}/${file}`).toContain(`${server.url}${BASE}${campaign}/${file}`);
	expect(crawl.feedEntries).toBeGreaterThan(30);
	// A link to a place in a page finds that place.
	const missing = crawl.fragments.filter(({ url }) => {
		const target = new URL(url);
		const ids = crawl.html.get(target.href.replace(target.hash, ''))?.ids;
		return !ids?.has(decodeURIComponent(target.hash.slice(1)));
	});
	expect(missing).toEqual([]);
});

// A page reached with a query (the progress page filtered by `?status=`) is the same page: listed, and canonical, without it.
const withoutQuery = (url: string) => url.replace(/\?.*$/, '');

test('the sitemap lists every page once, and nothing else', () => {
	const pages = [...new Set([...crawl.html.keys()].map(withoutQuery))].filter((u) => !u.endsWith('/404.html'));
	const listed = crawl.sitemap.map(local);
	expect(new Set(listed).size).toBe(listed.length);
	expect([...listed].sort()).toEqual(pages.sort());
});

test("every page names its published address as canonical; the home page names the newest campaign's page", () => {
	for (const [url, { canonical }] of crawl.html) {
		if (url.endsWith('/404.html')) continue;
		expect(canonical, url).toMatch(/^https:\/\/so-ket\.example\.gov\.vn\/so-ket\//);
		const expected = url === `${server.url}${BASE}` ? `${server.url}${BASE}kl120-2025/` : withoutQuery(url);
		expect(local(canonical!), url).toBe(expected);
	}
});

test('each campaign page links its two Atom feeds from the head, and the feeds hold its reports newest first', async () => {
	const html = readFileSync(join(out, 'kl120-2025/tien-do/index.html'), 'utf8');
	expect(html).toContain(`<link rel="alternate" type="application/atom+xml"`);
	expect(html).toContain(`href="${BASE}kl120-2025/bao-cao.atom"`);
	expect(html).toContain(`href="${BASE}kl120-2025/bai-hoc.atom"`);
	const feed = parseAtomFeed(readFileSync(join(out, 'kl120-2025/bao-cao.atom'), 'utf8'));
	const synthesis = JSON.parse(readFileSync(join(out, 'kl120-2025/tong-hop.json'), 'utf8'));
	expect(feed.entries!.length).toBe(synthesis.total.done);
	const dates = feed.entries!.map((e) => e.updated!);
	expect(dates).toEqual([...dates].sort().reverse());
	expect(feed.entries![0]!.links![0]!.href).toMatch(
		/^https:\/\/so-ket\.example\.gov\.vn\/so-ket\/kl120-2025\/don-vi\//
	);
});

const unitLinks = async (page: Page, path: string) => {
	await page.goto(`${server.url}${BASE}${path}`);
	return page
		.locator('.unit-history a[data-unit]')
		.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
};

test("a unit in both campaigns links both ways; a merged unit's history follows formerly:", async () => {
	const page = await browser.newPage();
	expect(await unitLinks(page, 'kl120-2025/don-vi/xa-an-binh/')).toEqual([
		`${BASE}kl120-2021/don-vi/xa-an-binh/`,
		`${BASE}kl120-2021/don-vi/xa-an-thanh/`,
	]);
	expect(await unitLinks(page, 'kl120-2021/don-vi/xa-an-binh/')).toEqual([`${BASE}kl120-2025/don-vi/xa-an-binh/`]);
	// Three wards merged into phường Sơn Hà: each points forward to it, and it back to all three.
	expect((await unitLinks(page, 'kl120-2025/don-vi/phuong-son-ha/')).sort()).toEqual(
		['phuong-bac-son', 'phuong-dong-thanh', 'phuong-nam-ha'].map((u) => `${BASE}kl120-2021/don-vi/${u}/`)
	);
	// Statuses in another campaign give their kind, not days overdue counted to today, years after it closed: each
	// unit's status is the one its campaign's progress data gives, in the words that data names for its kind.
	const shown = await page.locator('.unit-history .history-units > li').evaluateAll((lis) =>
		lis.map((li) => ({
			campaign: li.closest<HTMLElement>('[data-campaign]')!.dataset.campaign!,
			unit: li.querySelector<HTMLElement>('a[data-unit]')?.dataset.unit ?? 'phuong-son-ha',
			status: li.querySelector<HTMLElement>('[data-status]')!.dataset.status!,
			text: li.querySelector('[data-status]')!.textContent,
		}))
	);
	type Progress = { statuses: { key: string; label: string }[]; units: { id: string; status: { kind: string } }[] };
	const progress = (campaign: string): Progress =>
		JSON.parse(readFileSync(join(out, campaign, 'tien-do.json'), 'utf8'));
	const expected = shown.map(({ campaign, unit }) => {
		const data = progress(campaign);
		const status = data.units.find((u) => u.id === unit)!.status.kind;
		return { campaign, unit, status, text: data.statuses.find((s) => s.key === status)!.label };
	});
	expect(shown).toEqual(expected);
	expect(shown.map(({ campaign, unit }) => `${campaign}/${unit}`).sort()).toEqual([
		'kl120-2021/phuong-bac-son',
		'kl120-2021/phuong-dong-thanh',
		'kl120-2021/phuong-nam-ha',
		'kl120-2025/phuong-son-ha',
	]);
	// One of the wards never sent its report: its kind is shown, with no count of days.
	expect(shown.map((s) => s.status)).toContain('missing');
	expect(shown.every((s) => !/\d/.test(s.text ?? ''))).toBe(true);
	expect(await unitLinks(page, 'kl120-2021/don-vi/phuong-nam-ha/')).toEqual([
		`${BASE}kl120-2025/don-vi/phuong-son-ha/`,
	]);
	// A district, gone with its tier, has no other campaign; a new commune has none either.
	for (const gone of ['kl120-2021/don-vi/huyen-uy-an-phu/', 'kl120-2025/don-vi/xa-tan-lap/']) {
		await page.goto(`${server.url}${BASE}${gone}`);
		expect(await page.locator('.unit-history').count()).toBe(0);
	}
	await page.close();
});

test("the comparison shows each campaign's own synthesis figures, and their differences", async () => {
	const now = JSON.parse(readFileSync(join(out, 'kl120-2025/tong-hop.json'), 'utf8'));
	const before = JSON.parse(readFileSync(join(out, 'kl120-2021/tong-hop.json'), 'utf8'));
	const page = await browser.newPage();
	// The home page (the newest campaign's overview) leads to the comparison.
	await page.goto(`${server.url}${BASE}`);
	expect(await page.locator('[data-compare]').getAttribute('href')).toBe(`${BASE}kl120-2025/tong-hop/#so-sanh`);
	await page.goto(`${server.url}${BASE}kl120-2025/tong-hop/`);
	const numbers = new Intl.NumberFormat('vi');
	const percents = new Intl.NumberFormat('vi', { style: 'percent', maximumFractionDigits: 1 });
	const row = (table: string, id: string) => page.locator(`#${table} [data-group="${id}"] td`).allTextContents();
	type Group = { total: number; counts: Record<string, number>; onTimeRate: number };
	const cells = (a: Group | undefined, b: Group | undefined) => [
		a ? numbers.format(a.total) : '—',
		b ? numbers.format(b.total) : '—',
		a ? numbers.format(a.counts['on-time']!) : '—',
		b ? numbers.format(b.counts['on-time']!) : '—',
		a ? percents.format(a.onTimeRate) : '—',
		b ? percents.format(b.onTimeRate) : '—',
	];
	const withoutDifferences = (tds: string[]) => tds.filter((_, i) => i % 3 !== 2);
	for (const tier of ['tinh', 'co-so', 'huyen']) {
		const a = now.byTier.find((t: { tier: string }) => t.tier === tier);
		const b = before.byTier.find((t: { tier: string }) => t.tier === tier);
		expect(withoutDifferences(await row('so-sanh-cap', tier)), tier).toEqual(cells(a, b));
	}
	for (const type of before.byType.map((t: { type: string }) => t.type)) {
		const a = now.byType.find((t: { type: string }) => t.type === type);
		const b = before.byType.find((t: { type: string }) => t.type === type);
		expect(withoutDifferences(await row('so-sanh-loai-hinh', type)), type).toEqual(cells(a, b));
	}
	// The difference of the grassroots tier's units, the one tier both campaigns have below the province.
	const coSo = await row('so-sanh-cap', 'co-so');
	const a = now.byTier.find((t: { tier: string }) => t.tier === 'co-so');
	const b = before.byTier.find((t: { tier: string }) => t.tier === 'co-so');
	expect(coSo[2]!.replace('−', '-')).toBe(
		new Intl.NumberFormat('vi', { signDisplay: 'exceptZero' }).format(a.total - b.total).replace('−', '-')
	);
	// The district tier existed only before: no difference is made up for it.
	expect((await row('so-sanh-cap', 'huyen'))[2]).toBe('—');
	// Lesson themes: each count is the one the campaign's own synthesis gives.
	for (const theme of await page
		.locator('#so-sanh-chu-de tr[data-group]')
		.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-group')!))) {
		const count = (s: { lessons: { themes: { theme: string; count: number }[] } }) =>
			s.lessons.themes.find((t) => t.theme === theme)?.count ?? 0;
		expect(withoutDifferences(await row('so-sanh-chu-de', theme)), theme).toEqual([
			numbers.format(count(now)),
			numbers.format(count(before)),
		]);
	}
	// The older campaign's synthesis points forward to the comparison instead of comparing with nothing.
	await page.goto(`${server.url}${BASE}kl120-2021/tong-hop/`);
	expect(await page.locator('.comparison').count()).toBe(0);
	expect(await page.locator('.comparison-forward a').getAttribute('href')).toBe(`${BASE}kl120-2025/tong-hop/`);
	await page.close();
});

test('search under the base path loads its bundle, and each result names its campaign', async () => {
	const page = await browser.newPage();
	const failed: string[] = [];
	page.on('response', (r) => r.status() >= 400 && failed.push(`${r.url()} ${r.status()}`));
	await page.goto(`${server.url}${BASE}tim-kiem/?q=${encodeURIComponent('đối thoại')}`);
	await page.waitForFunction(() => document.querySelectorAll('.result').length > 0, null, { timeout: 60_000 });
	const captions = await page.locator('.result > .caption').allTextContents();
	expect(captions.some((c) => c.startsWith('Kế hoạch 42-KH/TU (2025)'))).toBe(true);
	expect(captions.some((c) => c.startsWith('Kế hoạch 15-KH/TU (2021)'))).toBe(true);
	const links = await page.locator('.result h3 a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
	for (const link of links) expect((await fetch(link)).status, link).toBe(200);
	expect(failed).toEqual([]);
	expect(readdirSync(join(out, 'pagefind')).length).toBeGreaterThan(0);
	await page.close();
});

test.each([
	['unit-history', 'kl120-2025/don-vi/phuong-son-ha/', '.unit-history'],
	['unit-history-2021', 'kl120-2021/don-vi/xa-an-binh/', '.unit-history'],
	['comparison', 'kl120-2025/tong-hop/', '.comparison'],
	['tier-comparison', 'kl120-2025/cap/co-so/', '.comparison'],
])(
	'the %s part reads at 390 and 1280 px without sideways scrolling, with no axe violations',
	async (name, path, selector) => {
		for (const width of [390, 1280]) {
			const page = await browser.newPage({ viewport: { width, height: 900 } });
			await page.goto(`${server.url}${BASE}${path}`);
			const part = page.locator(selector);
			await part.scrollIntoViewIfNeeded();
			await part.screenshot({ path: join(shots, `${name}-${width}.png`) });
			expect(
				await page.evaluate(() => document.documentElement.scrollWidth),
				`${name} at ${width}`
			).toBeLessThanOrEqual(width);
			const violations = await axeViolations(page, { include: selector });
			expect(violations, `${name} at ${width}`).toEqual([]);
			await page.close();
		}
	}
);
