import { describe, expect, test } from 'vitest';
import { MAX_URL_LENGTH, mailtoUrl, newFileLink } from '../../src/lib/send/links.ts';

const path = 'content/reviews/kl120-2021/xa-an-binh.mdx';
const text = '---\nunit: "xa-an-binh"\n---\n\n## I. Công tác lãnh đạo, chỉ đạo\n\nNội dung & 100% {x}\n';

describe('newFileLink', () => {
	test('GitHub: the new-file editor in the campaign folder, with the file name, content and message as parameters', () => {
		const link = newFileLink({ host: 'github', url: 'https://github.com/o/r/', branch: 'main' }, path, text);
		expect(link.carriesText).toBe(true);
		const url = new URL(link.url);
		expect(url.origin + url.pathname).toBe('https://github.com/o/r/new/main/content/reviews/kl120-2021');
		expect(url.searchParams.get('filename')).toBe('xa-an-binh.mdx');
		expect(url.searchParams.get('value')).toBe(text);
	});

	test('GitLab: its own path and parameter names', () => {
		const url = new URL(
			newFileLink({ host: 'gitlab', url: 'https://gitlab.com/o/r', branch: 'trunk' }, path, text).url
		);
		expect(url.pathname).toBe('/o/r/-/new/trunk/content/reviews/kl120-2021');
		expect(url.searchParams.get('file_name')).toBe('xa-an-binh.mdx');
		expect(url.searchParams.get('content')).toBe(text);
	});

	test('Gitea takes the path but not the content, so the text is pasted', () => {
		expect(newFileLink({ host: 'gitea', url: 'https://git.example.vn/o/r', branch: 'main' }, path, text)).toEqual({
			url: `https://git.example.vn/o/r/_new/main/${path}`,
			carriesText: false,
		});
	});

	test('a report too long for a URL opens the editor empty, for pasting', () => {
		const long = 'Đảng ủy '.repeat(MAX_URL_LENGTH);
		const link = newFileLink({ host: 'github', url: 'https://github.com/o/r', branch: 'main' }, path, long);
		expect(link.carriesText).toBe(false);
		expect(new URL(link.url).searchParams.get('value')).toBeNull();
		expect(new URL(link.url).searchParams.get('filename')).toBe('xa-an-binh.mdx');
	});
});

test('mailtoUrl addresses the office with subject and body, spaces as %20 (mail clients show "+" as is)', () => {
	const url = mailtoUrl('bdv@example.vn', 'Ban Dân vận Tỉnh ủy', 'Đảng ủy xã An Bình', 'xa-an-binh.mdx');
	expect(url.startsWith('mailto:bdv@example.vn?subject=')).toBe(true);
	expect(url).not.toContain('+');
	const params = new URLSearchParams(url.slice(url.indexOf('?') + 1));
	expect(params.get('subject')).toBe('Báo cáo sơ kết - Đảng ủy xã An Bình');
	expect(params.get('body')).toContain('Kính gửi Ban Dân vận Tỉnh ủy,');
	expect(params.get('body')).toContain('xa-an-binh.mdx');
});
