import { describe, expect, test } from 'vitest';
import { indexableHtml, readable, searchableQuery, D_MARK } from '../../src/lib/search/pagefind-text.ts';

describe('indexableHtml', () => {
	test('writes đ and Đ in text as d and D with their combining mark', () => {
		expect(indexableHtml('<p>Đảng ủy tổ chức đối thoại</p>')).toBe(
			`<p>D${D_MARK}ảng ủy tổ chức d${D_MARK}ối thoại</p>`
		);
	});

	test('composes text saved decomposed (NFD)', () => {
		const nfd = '<p>Bài học kinh nghiệm</p>'.normalize('NFD');
		expect(indexableHtml(nfd)).toBe('<p>Bài học kinh nghiệm</p>'.normalize('NFC'));
		expect(indexableHtml(nfd)).not.toBe(nfd);
	});

	test('leaves tags, ids, links, scripts and styles as they are', () => {
		const html =
			'<h2 id="iv-bài-học-đây"><a href="/đ/" title="a > đ">Đây</a></h2><script>const d = "đ";</script><style>p::after{content:"đ"}</style><!-- đ -->';
		expect(indexableHtml(html)).toBe(
			`<h2 id="iv-bài-học-đây"><a href="/đ/" title="a > đ">D${D_MARK}ây</a></h2><script>const d = "đ";</script><style>p::after{content:"đ"}</style><!-- đ -->`
		);
	});

	test('writes đ in metadata read from a content attribute, since pagefind searches metadata; filters stay ids', () => {
		const html =
			'<meta data-pagefind-meta="unit[content]" content="Đảng ủy xã"><meta data-pagefind-filter="tier[content]" content="đ">';
		expect(indexableHtml(html)).toBe(
			`<meta data-pagefind-meta="unit[content]" content="D${D_MARK}ảng ủy xã"><meta data-pagefind-filter="tier[content]" content="đ">`
		);
	});

	test('a round trip through readable gives the original text back', () => {
		const text = 'ĐÁNH GIÁ CHUNG: đối thoại, Đảng uỷ, dân chủ';
		expect(readable(indexableHtml(`<p>${text}</p>`))).toBe(`<p>${text}</p>`);
	});
});

describe('searchableQuery', () => {
	test('composes, trims and writes đ as the index does; a plain d stays a d', () => {
		expect(searchableQuery('  đối   thoại '.normalize('NFD'))).toBe(`d${D_MARK}ối thoại`);
		expect(searchableQuery('dan chu co so')).toBe('dan chu co so');
	});
});

describe('readable', () => {
	test('shows d or D with the mark as đ or Đ inside excerpts with marks', () => {
		expect(readable(`<mark>D${D_MARK}ảng</mark> và d${D_MARK}ối thoại`)).toBe('<mark>Đảng</mark> và đối thoại');
	});

	test('a mark written after a "đ" is kept after it, even once normalisation has put it before the index\'s mark', () => {
		// "đ" + grave (U+0300, combining class 230) is written d + the mark (class 240) + grave; NFD puts the grave first.
		const indexed = indexableHtml('<p>Đ\u0300 đ</p>');
		expect(readable(indexed.normalize('NFD')).normalize('NFC')).toBe('<p>Đ\u0300 đ</p>');
		expect(readable(indexed)).toBe('<p>Đ\u0300 đ</p>');
	});
});
