// searchFeed: the part of a built page handed to pagefind, and proof that pagefind records the same from it.
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { searchFeed } from '../../src/lib/search/feed.ts';
import { indexSite } from '../../src/lib/search/index-site.ts';
import { indexableHtml, readable, searchableQuery, D_MARK } from '../../src/lib/search/pagefind-text.ts';
import { makeProject } from '../helpers/content-dir.ts';
import { openIndex, type Hit } from '../helpers/pagefind.ts';

// Shaped like a review page: metadata in the head, the unit's name as the only h1 outside the report, navigation,
// a summary and a table of units around the report, and tables after it.
const reviewPage = (
	unit: string,
	text: string
) => `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${unit} · Sơ kết</title>
<meta data-pagefind-filter="tier[content]" content="co-so"><meta data-pagefind-meta="unit[content]" content="${unit}">
<meta data-pagefind-meta="date[content]" content="27/4/2021"><meta data-pagefind-sort="date[content]" content="2021-04-27">
<link rel="stylesheet" href="/_astro/site.css"><script type="module">const a = "<div data-pagefind-body>";</script></head>
<body><header><nav aria-label="Chính"><a href="/">Trang chủ</a><form action="/tim-kiem/"><input name="q"></form></nav></header>
<main><nav class="breadcrumbs"><ol><li><a href="/x/">Tổng quan</a></li></ol></nav><h1>${unit}</h1>
<dl class="summary"><dt title="a > b">Cấp</dt><dd>Cấp cơ sở</dd></dl>
<section><h2 id="don-vi-truc-thuoc">Các đơn vị trực thuộc</h2><table><tr><td>Chi bộ Đồng Tâm</td></tr></table></section>
<div class="review-layout"><nav class="toc"><h2 id="muc-luc">Mục lục báo cáo</h2></nav><div>
<!-- <article data-pagefind-body>not this</article> -->
<article class="report" data-pagefind-body><h2 id="i-lanh-dao">I. CÔNG TÁC LÃNH ĐẠO</h2><div class="table-scroll"><div><p>${text}</p></div></div>
<h2 id="iv-bai-hoc">IV. BÀI HỌC KINH NGHIỆM</h2><ol><li>Đối thoại định kỳ với nhân dân.</li></ol></article>
<section><h2 id="so-lieu">Số liệu chính</h2><table><tr><th>Hội nghị đối thoại</th><td>12</td></tr></table></section></div></div></main>
<footer>Ban Dân vận Tỉnh ủy</footer></body></html>`;

test('a review page is reduced to its language, metadata, title and report', () => {
	const feed = searchFeed(reviewPage('Xã An Bình', 'Cấp ủy ban hành kế hoạch.'));
	expect(feed).toMatch(/^<!doctype html><html lang="vi"><head>/);
	expect(feed).toContain('<meta data-pagefind-filter="tier[content]" content="co-so">');
	expect(feed).toContain('<meta data-pagefind-sort="date[content]" content="2021-04-27">');
	expect(feed).toContain('<h1>Xã An Bình</h1>');
	expect(feed).toContain('<article class="report" data-pagefind-body><h2 id="i-lanh-dao">');
	expect(feed).toContain('<div class="table-scroll"><div><p>Cấp ủy ban hành kế hoạch.</p></div></div>');
	expect(feed).toContain('<li>Đối thoại định kỳ với nhân dân.</li></ol></article>');
	for (const left of [
		'Trang chủ',
		'Tổng quan',
		'Chi bộ Đồng Tâm',
		'Mục lục',
		'Số liệu chính',
		'Ban Dân vận',
		'not this',
		'site.css',
	])
		expect(feed, left).not.toContain(left);
});

test('an h1 inside the searchable part is the title: no later h1 is brought in', () => {
	const page =
		'<html lang="vi"><body><main data-pagefind-body><h1>Bài học: Cấp xã</h1><p>Một là…</p></main><h1>Khác</h1></body></html>';
	const feed = searchFeed(page);
	expect(feed).toContain('<main data-pagefind-body><h1>Bài học: Cấp xã</h1><p>Một là…</p></main>');
	expect(feed).not.toContain('Khác');
});

test('metadata given by an element with text, and searchable parts nested in their own kind, are copied whole', () => {
	const page =
		'<html><body><span data-pagefind-meta="unit">Xã <b>Phú</b> Mỹ</span><div><div data-pagefind-body><div>Một</div><div>Hai</div></div><div>Ngoài</div></div></body></html>';
	const feed = searchFeed(page);
	expect(feed).toContain('<span data-pagefind-meta="unit">Xã <b>Phú</b> Mỹ</span>');
	expect(feed).toContain('<div data-pagefind-body><div>Một</div><div>Hai</div></div>');
	expect(feed).not.toContain('Ngoài');
});

const PAGEFIND_BIN = join(dirname(fileURLToPath(import.meta.resolve('pagefind'))), 'runner', 'bin.cjs');
const record = ({ url, meta, filters, content, sub_results }: Hit) => ({
	url,
	meta,
	filters,
	content,
	sub_results: sub_results.map(({ title, url }) => ({ title, url })),
});

test('pagefind records the same page, title, metadata, filters, text and sections from the feed as from the page', async () => {
	const pages = {
		'a/index.html': reviewPage('Xã An Bình', 'Đảng ủy tổ chức đối thoại.'),
		'b/index.html': reviewPage('Phường Đông Hà', 'Công khai dự toán ngân sách.'),
	};
	// The whole pages, prepared for Vietnamese the same way, indexed by pagefind directly.
	const whole = makeProject(
		Object.fromEntries(Object.entries(pages).map(([path, html]) => [path, indexableHtml(html)]))
	);
	execFileSync(process.execPath, [PAGEFIND_BIN, '--site', whole], { cwd: whole, stdio: 'pipe' });
	const fed = makeProject(pages);
	await indexSite(fed, join(fed, 'pagefind'), join(fed, '.work'), { scratch: join(fed, '.scratch') });
	const records = async (site: string, query: string | null) => {
		const index = await openIndex(site);
		try {
			return (await index.search(query === null ? null : searchableQuery(query)))
				.map(record)
				.sort((a, b) => a.url.localeCompare(b.url));
		} finally {
			await index.close();
		}
	};
	for (const query of [null, 'đối thoại', 'ngan sach', 'Chi bộ Đồng Tâm'])
		expect(await records(fed, query), String(query)).toEqual(await records(whole, query));
	const every = await records(fed, null);
	expect(every.map((r) => r.meta['title'])).toEqual(['Xã An Bình', `Phường D${D_MARK}ông Hà`]);
	// The sections a match lands on, by their heading's anchor.
	const [hit] = await records(fed, 'đối thoại');
	expect(hit!.sub_results.map((s) => s.url)).toEqual(['/a/#i-lanh-dao', '/a/#iv-bai-hoc']);
	// Text outside the report (a table of units, the figures after it) is in neither index.
	for (const r of every) expect(readable(r.content)).not.toMatch(/Đồng Tâm|Hội nghị đối thoại/);
});
