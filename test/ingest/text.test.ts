import { describe, expect, test } from 'vitest';
import { InvalidUtf8Error, decodeUtf8Strict, normalizeText } from '../../src/lib/ingest/text.ts';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16();

describe('normalizeText', () => {
	test('removes a UTF-8 BOM and converts CRLF to LF', () => {
		const input = Buffer.concat([BOM, Buffer.from('Bài học kinh nghiệm\r\nMột là, …\r\n', 'utf8')]);
		expect(normalizeText(input)).toEqual({
			text: 'Bài học kinh nghiệm\nMột là, …\n',
			changes: [
				'đã bỏ dấu BOM (removed a byte order mark)',
				'đã đổi kiểu xuống dòng CRLF sang LF (converted CRLF line endings to LF)',
			],
		});
	});

	test('normalises decomposed (NFD) letters to NFC', () => {
		const nfd = 'Đảng ủy xã'.normalize('NFD');
		const { text, changes } = normalizeText(Buffer.from(nfd, 'utf8'));
		expect(text).toBe('Đảng ủy xã');
		expect(text).not.toBe(nfd);
		expect(changes).toEqual(['đã chuẩn hóa dấu tiếng Việt về dạng dựng sẵn NFC (normalised to NFC)']);
	});

	test('converts old Mac CR line endings', () => {
		expect(normalizeText('a\rb\r\nc')).toEqual({
			text: 'a\nb\nc',
			changes: [
				'đã đổi kiểu xuống dòng CRLF sang LF (converted CRLF line endings to LF)',
				'đã đổi kiểu xuống dòng CR sang LF (converted CR line endings to LF)',
			],
		});
	});

	test.each([
		['UTF-16 LE', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Sơ kết\r\n', 'utf16le')]), 'LE'],
		['UTF-16 BE', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be('Sơ kết\r\n')]), 'BE'],
	])('decodes %s with a BOM', (_, input, order) => {
		expect(normalizeText(input)).toEqual({
			text: 'Sơ kết\n',
			changes: [
				'đã bỏ dấu BOM (removed a byte order mark)',
				`đã đổi UTF-16 ${order} sang UTF-8 (decoded UTF-16 ${order} text to UTF-8)`,
				'đã đổi kiểu xuống dòng CRLF sang LF (converted CRLF line endings to LF)',
			],
		});
	});

	test('strips a BOM from a string', () => {
		expect(normalizeText('\uFEFFxã')).toEqual({ text: 'xã', changes: ['đã bỏ dấu BOM (removed a byte order mark)'] });
	});

	test('reports no change for clean text', () => {
		expect(normalizeText(Buffer.from('Công tác lãnh đạo, chỉ đạo\n'))).toEqual({
			text: 'Công tác lãnh đạo, chỉ đạo\n',
			changes: [],
		});
	});

	test('refuses bytes that are not UTF-8 rather than inventing replacement characters', () => {
		expect(() => normalizeText(Buffer.from('Bµi häc', 'latin1'))).toThrow(InvalidUtf8Error);
	});
});

describe('decodeUtf8Strict', () => {
	test('decodes valid UTF-8 and keeps a BOM for the caller to see', () => {
		expect(decodeUtf8Strict(Buffer.from('Huyện ủy'))).toBe('Huyện ủy');
		expect(decodeUtf8Strict(Buffer.concat([BOM, Buffer.from('a')]))).toBe('\uFEFFa');
	});

	test.each([
		['a TCVN3 byte on line 2', Buffer.from('dong mot\nB\u00b5i', 'latin1'), 10, 2],
		['an overlong encoding', Buffer.from([0x61, 0x0a, 0x0a, 0xc0, 0x80]), 3, 3],
		['an encoded surrogate', Buffer.from([0xed, 0xa0, 0x80]), 0, 1],
		['a sequence cut off at the end', Buffer.concat([Buffer.from('xã'), Buffer.from([0xe1, 0xbb])]), 3, 1],
	])('throws InvalidUtf8Error naming where: %s', (_, bytes, offset, line) => {
		const error = (() => {
			try {
				decodeUtf8Strict(bytes);
			} catch (e) {
				return e;
			}
			return undefined;
		})();
		expect(error).toBeInstanceOf(InvalidUtf8Error);
		expect(error).toMatchObject({ offset, line });
		expect((error as Error).message).toContain(`line ${line}, byte offset ${offset}`);
	});
});
