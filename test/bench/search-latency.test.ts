// The benchmark's search instrument on a tiny site searched through the reference's page: it waits for the first
// results, counts what was fetched to show them, and alternates sites. Nothing here is judged by its time.
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { HUGO_SEARCH_PAGE, HUGO_SEARCH_PATH } from '../../bench/project.ts';
import { measureSearch, searchQueries, searchSummary } from '../../bench/search-latency.ts';
import { indexSite } from '../../src/lib/search/index-site.ts';
import { makeProject } from '../helpers/content-dir.ts';

const page = (title: string, body: string) =>
	`<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${body}</p></main></body></html>`;

test('each query is timed to its first result on every site, with the requests and bytes it took, as often as asked', async () => {
	const sites = ['a', 'b'].map((name) => {
		const dir = makeProject({
			'reviews/xa-an-binh/index.html': page(
				'Xã An Bình',
				'Đảng ủy xã An Bình thực hiện quy chế dân chủ cơ sở, rút ra bài học kinh nghiệm.'
			),
			'reviews/xa-phu-my/index.html': page(
				'Xã Phú Mỹ',
				'Xã Phú Mỹ tổ chức đối thoại; dân chủ cơ sở được phát huy; bài học kinh nghiệm.'
			),
			'reviews/xa-yen-phu/index.html': page('Xã Yên Phú', 'Công khai tài chính, kinh nghiệm của cấp ủy.'),
			'tim-kiem/index.html': HUGO_SEARCH_PAGE,
		});
		return { name, dir, page: HUGO_SEARCH_PATH };
	});
	for (const site of sites) await indexSite(site.dir, join(site.dir, 'pagefind'), join(site.dir, '.work'));
	const order: string[] = [];
	const queries = searchQueries('xã An Bình');
	expect(queries.map((q) => q.kind)).toEqual([
		'with diacritics',
		'without diacritics',
		'rare: a unit name',
		'in every report',
	]);
	const measured = await measureSearch(sites, queries, 2, (line) => order.push(line.split(' ')[1]!));
	// Each repetition alternates which site goes first.
	expect(order).toEqual(['a', 'b', 'a', 'b', 'a', 'b', 'a', 'b', 'b', 'a', 'b', 'a', 'b', 'a', 'b', 'a']);
	for (const site of sites) {
		const m = measured[site.name]!;
		expect(m.page).toBe('/tim-kiem/');
		expect(m.queries.map((q) => q.samples.length)).toEqual([2, 2, 2, 2]);
		// "dân chủ cơ sở" is in two pages, the unit's name in one, "kinh nghiệm" in all three.
		expect(m.queries.map((q) => q.samples[0]!.shown)).toEqual([2, 2, 1, 3]);
		for (const sample of m.queries.flatMap((q) => q.samples)) {
			expect(sample.ms).toBeGreaterThan(0);
			// At least the page, pagefind.js, its entry, meta, WebAssembly, one index chunk and one fragment.
			expect(sample.requests).toBeGreaterThanOrEqual(7);
			// pagefind's WebAssembly alone is over 50 KB.
			expect(sample.bytes).toBeGreaterThan(50_000);
		}
		expect(searchSummary(m).perQuery).toHaveLength(4);
	}
}, 300_000);

test('a page that shows first results before the whole answer is timed to both; a page with one answer, once', async () => {
	// First results at once, "still searching" in the status, the whole answer 400 ms later: as Sơ kết's page does.
	const progressive = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Tìm kiếm</title></head><body>
<p role="status" data-search-status>Nhập từ khóa</p><ol id="r"></ol><script type="module">
const status = document.querySelector('[data-search-status]');
document.getElementById('r').innerHTML = '<li class="result">Xã An Bình</li>';
status.textContent = 'Đang tìm trong toàn bộ 3 trang…';
setTimeout(() => { status.textContent = 'Tìm thấy 1 kết quả.'; }, 400);
</script></body></html>`;
	const sites = [
		{ name: 'progressive', dir: makeProject({ 'tim-kiem/index.html': progressive }), page: '/tim-kiem/' },
		{
			name: 'one answer',
			dir: makeProject({
				'tim-kiem/index.html': `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Tìm kiếm</title></head><body><ol id="r"></ol><script type="module">setTimeout(() => { document.getElementById('r').innerHTML = '<li class="result">Xã An Bình</li>'; }, 100);</script></body></html>`,
			}),
			page: '/tim-kiem/',
		},
	];
	const measured = await measureSearch(sites, searchQueries('xã An Bình').slice(0, 1), 1);
	const [first] = measured['progressive']!.queries[0]!.samples;
	expect(first!.completeMs! - first!.ms).toBeGreaterThanOrEqual(350);
	const [single] = measured['one answer']!.queries[0]!.samples;
	expect(single!.completeMs).toBe(single!.ms);
	expect(searchSummary(measured['progressive']!).completeMs).toBe(first!.completeMs);
}, 120_000);
