// A real word processor opens the documents: LibreOffice converts each to PDF, whose pages are checked as text and
// kept as PNG images (test-results/documents/) to be looked at.
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { campaignFigures } from '../../src/lib/synthesis/campaign-figures.ts';
import { officeDocuments } from '../../src/lib/documents/documents.ts';
import { ROOT, SAMPLE_AS_OF } from '../helpers/site.ts';
import { tempDir } from '../helpers/temp.ts';

const run = promisify(execFile);
const content = loadContent({ root: ROOT });
const campaign = content.campaigns.find((c) => c.id === 'kl120-2021')!;
const documents = officeDocuments(
	campaignFigures(campaign, content.units, content.reviews, { asOf: SAMPLE_AS_OF, closed: false })
);
const chosen = documents.filter((d) =>
	['bao-cao-tong-hop', 'cong-van-don-doc-cac-don-vi-truc-thuoc', 'cong-van-don-doc-huyen-uy-thach-loc'].includes(d.name)
);
const dir = tempDir('so-ket-docx-');
const images = join(ROOT, 'test-results/documents');
const pageText = async (pdf: string, page: number) =>
	(await run('pdftotext', ['-layout', '-f', String(page), '-l', String(page), pdf, '-'])).stdout;
const pages = async (pdf: string) => Number((await run('pdfinfo', [pdf])).stdout.match(/Pages:\s+(\d+)/)![1]);

beforeAll(async () => {
	for (const d of chosen) writeFileSync(join(dir, `${d.name}.docx`), await d.bytes());
	// Its own profile folder, so a LibreOffice already running elsewhere on the machine does not swallow the job.
	await run(
		'soffice',
		[
			`-env:UserInstallation=file://${join(dir, 'profile')}`,
			'--headless',
			'--convert-to',
			'pdf',
			'--outdir',
			dir,
			...chosen.map((d) => join(dir, `${d.name}.docx`)),
		],
		{ timeout: 240_000 }
	);
	mkdirSync(images, { recursive: true });
	for (const d of chosen) await run('pdftoppm', ['-png', '-r', '60', join(dir, `${d.name}.pdf`), join(images, d.name)]);
}, 300_000);

test('LibreOffice opens the synthesis report: its header, type, parts and appendix on A4 pages numbered from page 2', async () => {
	const pdf = join(dir, 'bao-cao-tong-hop.pdf');
	const count = await pages(pdf);
	expect(count).toBeGreaterThan(3);
	const info = (await run('pdfinfo', [pdf])).stdout;
	expect(info).toMatch(/Page size:\s+595\.\d* x 841\.\d* pts \(A4\)/);
	const first = await pageText(pdf, 1);
	for (const text of [
		'TỈNH ỦY SƠN HÀ',
		'BAN DÂN VẬN',
		'ĐẢNG CỘNG SẢN VIỆT NAM',
		'Sơn Hà, ngày 20 tháng 5 năm 2021',
		'BÁO CÁO',
		'I. TÌNH HÌNH TRIỂN KHAI THỰC HIỆN',
	])
		expect(first).toContain(text);
	// No number on page 1; from page 2 on, the page's number alone on its first line.
	expect(first.trim().split('\n')[0]).not.toMatch(/^\s*1\s*$/);
	for (let page = 2; page <= count; page++)
		expect((await pageText(pdf, page)).trim().split('\n')[0]!.trim()).toBe(String(page));
	const all = (await run('pdftotext', [pdf, '-'])).stdout;
	for (const text of [
		'II. KẾT QUẢ ĐẠT ĐƯỢC',
		'IV. BÀI HỌC KINH NGHIỆM',
		'V. ĐỀ XUẤT, KIẾN NGHỊ',
		'Nơi nhận:',
		'Nguyễn Thị Minh Hòa',
		'PHỤ LỤC',
	])
		expect(all).toContain(text);
	expect(await pageText(pdf, count)).toContain('Tình trạng');
});

test('LibreOffice opens each urging letter, its signature on the same page as the closing words', async () => {
	for (const name of ['cong-van-don-doc-cac-don-vi-truc-thuoc', 'cong-van-don-doc-huyen-uy-thach-loc']) {
		const pdf = join(dir, `${name}.pdf`);
		const count = await pages(pdf);
		const first = await pageText(pdf, 1);
		for (const text of ['ĐẢNG CỘNG SẢN VIỆT NAM', 'V/v đôn đốc sơ kết 05 năm', 'Kính gửi:'])
			expect(first).toContain(text);
		const last = await pageText(pdf, count);
		expect(last).toContain('Nơi nhận:');
		expect(last).toContain('Nguyễn Thị Minh Hòa');
		expect(last).toContain('thực hiện./.');
	}
});
