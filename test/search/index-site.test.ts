// indexSite on a handful of pages: how pagefind, given pages prepared for Vietnamese, answers Vietnamese queries.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { makeProject } from '../helpers/content-dir.ts';
import { openIndex } from '../helpers/pagefind.ts';
import { indexSite } from '../../src/lib/search/index-site.ts';
import { readable, searchableQuery } from '../../src/lib/search/vietnamese.ts';

const html = (title: string, body: string) => `<!doctype html><html lang="vi"><head><title>${title}</title></head><body><nav>Đối thoại trang chủ</nav><h1>${title}</h1><article data-pagefind-body><p>${body}</p></article></body></html>`;
const site = makeProject({
  'a/index.html': html('Đảng ủy xã A', 'Đảng ủy tổ chức đối thoại với nhân dân.'),
  'b/index.html': html('Xã B', 'Ban Thanh tra nhân dân giám sát định kỳ việc công khai.').normalize('NFD'),
  'c/index.html': html('Xã C', 'Không để xảy ra dối trá trong báo cáo.'),
  'tim-kiem/index.html': '<!doctype html><html lang="vi"><body><h1>Tìm kiếm</h1><p>Đối thoại giám sát dối trá</p></body></html>',
});
let index: Awaited<ReturnType<typeof openIndex>>;
let count = 0;
beforeAll(async () => {
  count = await indexSite(site, join(site, 'pagefind'), join(site, '.feed'));
  index = await openIndex(site);
});
afterAll(() => index?.close());
const urls = async (query: string) => (await index.search(searchableQuery(query))).map((h) => h.url);

test('only pages with a marked body are indexed, and the scratch copy is gone afterwards', async () => {
  expect(count).toBe(3);
  expect(existsSync(join(site, '.feed'))).toBe(false);
  expect((await index.search(null)).map((h) => h.url).sort()).toEqual(['/a/', '/b/', '/c/']);
});

test('text saved decomposed (NFD) is found by composed queries, and composed text by decomposed queries', async () => {
  expect(await urls('giám sát')).toEqual(['/b/']);
  expect(await urls('giam sat')).toEqual(['/b/']);
  expect(await urls('đối thoại'.normalize('NFD'))).toEqual(['/a/']);
});

test('"d" finds "đ" and "d" alike, typed with or without its stroke and tones', async () => {
  for (const query of ['doi', 'đối', 'dối', 'Đối'.normalize('NFD')]) expect((await urls(query)).sort(), query).toEqual(['/a/', '/c/']);
  expect(await urls('dinh ky')).toEqual(['/b/']);
});

test('excerpts of a decomposed page read composed, with the matched words marked', async () => {
  const [hit] = await index.search(searchableQuery('dinh ky'));
  expect(readable(hit!.excerpt)).toContain('<mark>định</mark> <mark>kỳ</mark>');
  expect(readable(hit!.meta['title']!)).toBe('Xã B');
});
