// The three pages an office hands over on paper, printed to PDF by Chromium as npm run pdf does: page numbers and
// the as-of date on every page, no heading at the foot of a page, no control printed, chart labels of 9 pt or more.
// The pages are kept as PNG images (test-results/print/) to be looked at.
import { execFile } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { browseSite, type Served } from '../helpers/browser.ts';
import { ROOT } from '../helpers/site.ts';
import { tempDir } from '../helpers/temp.ts';

const run = promisify(execFile);
let browser: Browser;
let server: Served;
const out = tempDir('so-ket-print-');
const images = join(ROOT, 'test-results/print');

browseSite((opened) => ({ browser, server } = opened), undefined, 600_000);
beforeAll(() => {
	mkdirSync(images, { recursive: true });
});

interface Line {
	page: number;
	y: number;
	text: string;
}
/** Every line of text of a PDF with its page and height on the page, from pdftotext's layout boxes. */
async function pdfLines(pdf: string): Promise<{ pages: number; height: number; lines: Line[] }> {
	const { stdout } = await run('pdftotext', ['-bbox-layout', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 });
	const lines: Line[] = [];
	let height = 0;
	stdout
		.split(/<page /)
		.slice(1)
		.forEach((pageXml, i) => {
			height = Number(/height="([\d.]+)"/.exec(pageXml)![1]);
			for (const line of pageXml.matchAll(/<line xMin="[\d.]+" yMin="([\d.]+)"[^>]*>([\s\S]*?)<\/line>/g)) {
				const words = [...line[2]!.matchAll(/<word [^>]*>([^<]*)<\/word>/g)].map((w) => decode(w[1]!));
				lines.push({ page: i + 1, y: Number(line[1]), text: words.join(' ') });
			}
		});
	return { pages: new Set(lines.map((l) => l.page)).size, height, lines };
}
const decode = (s: string) =>
	s
		.replace(/&amp;/g, '&')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'");
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe.each([
	['tong-hop', 'Báo cáo tổng hợp'],
	['don-doc', 'Danh sách đôn đốc'],
	['tien-do', 'Tiến độ gửi báo cáo'],
])('the printed %s page', (name, title) => {
	let pdf: string;
	let headings: string[];
	let controls: string[];
	beforeAll(async () => {
		const tab = await browser.newPage();
		await tab.goto(`${server.url}/kl120-2021/${name}/`, { waitUntil: 'networkidle' });
		// What must never close a page: headings, captions, a table's head row, a group's summary labels.
		headings = (await tab.locator('main h1, main h2, main h3, main caption, main thead th, main dt').allTextContents())
			.map(squash)
			.filter(Boolean);
		// Controls a reader could press on screen, sort buttons aside (they print as the column headings they hold).
		controls = (
			await tab
				.locator('button:not(th > button.sort), .downloads, .office-documents, .caption-hint, select, input')
				.allTextContents()
		)
			.map(squash)
			.filter(Boolean);
		pdf = join(out, `${name}.pdf`);
		// As scripts/pdf.ts prints: the page's own print styles set size, margins, running head and page numbers.
		await tab.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
		await tab.close();
		await run('pdftoppm', ['-png', '-r', '50', pdf, join(images, name)]);
	}, 120_000);

	test('numbers every page "Trang N/M" and heads it with what it is and the as-of date', async () => {
		const { pages, lines } = await pdfLines(pdf);
		expect(pages).toBeGreaterThan(1);
		expect(pages).toBeLessThan(12);
		for (let page = 1; page <= pages; page++) {
			const text = lines
				.filter((l) => l.page === page)
				.map((l) => l.text)
				.join('\n');
			expect(text, `page ${page}`).toContain(`Trang ${page}/${pages}`);
			expect(text, `page ${page}`).toContain('Số liệu tính đến ngày 20/5/2021');
			expect(text, `page ${page}`).toContain(`${title} · Ban Dân vận Tỉnh ủy`);
		}
	});

	test('ends no page with a heading', async () => {
		const { pages, height, lines } = await pdfLines(pdf);
		expect(headings.length).toBeGreaterThan(1);
		for (let page = 1; page < pages; page++) {
			// The page's body: below the running head and above the page number, in the margins.
			const body = lines.filter((l) => l.page === page && l.y > 45 && l.y < height - 45);
			// The lowest row of text (a table row gives one line per cell, at the same height).
			const bottom = Math.max(...body.map((l) => l.y));
			const lastRow = body.filter((l) => l.y > bottom - 3).map((l) => squash(l.text));
			const isHeading = (text: string) => headings.some((h) => h === text || (h.endsWith(text) && text.length > 3));
			expect(lastRow.every(isHeading), `page ${page} ends with "${lastRow.join(' | ')}"`).toBe(false);
		}
	});

	test('prints no button, download link or control', async () => {
		const { lines } = await pdfLines(pdf);
		const text = squash(lines.map((l) => l.text).join(' '));
		for (const control of controls) expect(text, control).not.toContain(control);
		for (const word of ['Tìm kiếm', 'Bấm vào tiêu đề', 'Tải ', '↕', 'Bỏ qua, đến nội dung'])
			expect(text).not.toContain(word);
	});
});

test('the compliance table repeats its head row on every page it runs over', async () => {
	const { pages, lines } = await pdfLines(join(out, 'tien-do.pdf'));
	const first = lines.find((l) => l.text.startsWith('Tình trạng từng đơn vị'))!.page;
	const last = Math.max(
		...lines.filter((l) => l.text.includes('Cơ sở') || l.text.includes('Chi bộ')).map((l) => l.page)
	);
	expect(last).toBeGreaterThan(first);
	// pdftotext gives each head cell as its own line.
	for (let page = first; page <= Math.min(last, pages); page++)
		expect(
			lines.filter((l) => l.page === page).map((l) => l.text),
			`page ${page}`
		).toEqual(expect.arrayContaining(['Loại hình', 'Đơn vị cấp trên']));
});

test('the compliance table prints across the page, each unit name on one or two lines', async () => {
	const tab = await browser.newPage();
	await tab.goto(`${server.url}/kl120-2021/tien-do/`, { waitUntil: 'networkidle' });
	await tab.emulateMedia({ media: 'print' });
	// The text width of landscape A4 with the print margins: 297 − 27 mm.
	await tab.setViewportSize({ width: Math.round((270 / 25.4) * 96), height: 800 });
	// Lines of each unit name: the distinct tops of its text's boxes.
	const lines = await tab.locator('#tien-do tbody th[scope=row]').evaluateAll((cells) =>
		cells.map((c) => {
			const range = document.createRange();
			range.selectNodeContents(c);
			return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
		})
	);
	expect(lines.length).toBe(40);
	expect(Math.max(...lines)).toBeLessThanOrEqual(2);
	await tab.close();
});

test('chart labels print at 9 pt or more on the portrait A4 text width', async () => {
	const tab = await browser.newPage();
	await tab.goto(`${server.url}/kl120-2021/tong-hop/`, { waitUntil: 'networkidle' });
	await tab.emulateMedia({ media: 'print' });
	await tab.setViewportSize({ width: Math.round((183 / 25.4) * 96), height: 800 });
	const sizes = await tab.locator('.chart svg').evaluateAll((svgs) =>
		svgs.flatMap((svg) => {
			const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
			return [...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
		})
	);
	expect(sizes.length).toBeGreaterThan(10);
	// 9 pt is 12 CSS px.
	expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
	await tab.close();
});
