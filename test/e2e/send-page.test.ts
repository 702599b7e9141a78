// The send page as a commune clerk uses it, in real Chromium on the built sample site: pick the unit, drop a Word
// file, read the problems, fix the details, download; the download is what ingest stores and validate accepts.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { AlignmentType, Document, ExternalHyperlink, Packer, Paragraph, TextRun } from 'docx';
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { encodeLegacy } from '../helpers/legacy-encode.ts';
import { browseSite, axeViolations, WCAG_22_AA, type Served } from '../helpers/browser.ts';
import { runScript } from '../helpers/cli.ts';
import { ROOT, scratchProject } from '../helpers/site.ts';
import { tempDir } from '../helpers/temp.ts';
import { buildFullReportDocx } from '../helpers/docx-fixture.ts';
import { loadCampaigns } from '../../src/lib/content/load.ts';
import { reportTemplate } from '../../src/lib/template/report-template.ts';
import { fillTemplate } from '../helpers/fill-template.ts';

let browser: Browser;
let site: string;
// The size budget stated in the README (gzip): what the page loads at once, and the checking core it fetches on the first check.
const BUDGET = { page: 40_000, core: 450_000 };
let server: Served;
const shots = join(ROOT, 'test-results/screenshots');

browseSite((opened) => ({ browser, server, dir: site } = opened), undefined, 600_000);
beforeAll(() => {
	mkdirSync(shots, { recursive: true });
});

async function openPage(width = 390): Promise<{ page: Page; errors: string[] }> {
	const context = await browser.newContext({ viewport: { width, height: 900 }, acceptDownloads: true });
	// The machine running the suite may be busy building other sites: generous waits, no verdict on speed.
	context.setDefaultTimeout(90_000);
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	// Typing before the page's module has attached its listeners would be lost: wait until its script and data are in.
	await page.goto(`${server.url}/gui-bao-cao/`, { waitUntil: 'networkidle' });
	return { page, errors };
}
// The newest campaign (kl120-2025) is chosen when the page opens; the units picked here are on the 2021 roster.
async function pickUnit(page: Page, typed: string, name: string, campaign = 'kl120-2021') {
	await page.selectOption('#dot', campaign);
	await page.fill('#tim-don-vi', typed);
	await page.getByRole('option', { name }).click();
	await expect.poll(() => page.textContent('#don-vi-da-chon')).toBe(`Đã chọn: ${name}`);
}
async function upload(page: Page, dir: string, name: string, bytes: Uint8Array) {
	const path = join(dir, name);
	writeFileSync(path, bytes);
	// The status of an earlier check must not pass for this one's.
	await page.evaluate(() => (document.getElementById('trang-thai')!.textContent = ''));
	await page.setInputFiles('#tep-bao-cao', path);
	await page.waitForFunction(
		() =>
			!document.getElementById('trang-thai')?.textContent?.startsWith('Đang kiểm tra') &&
			document.getElementById('trang-thai')?.textContent !== '',
		null,
		{ timeout: 60_000 }
	);
}
const statusText = (page: Page) => page.textContent('#trang-thai');
const problemTexts = (page: Page) => page.locator('#van-de li').allTextContents();
const horizontalOverflow = (page: Page) =>
	page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

// `limitation` replaces the text under "2. Hạn chế" (e.g. a paragraph with a hyperlink).
async function boldHeadingsDocx(limitation?: Paragraph): Promise<Buffer> {
	const bold = (text: string) => new Paragraph({ children: [new TextRun({ text, bold: true })] });
	const p = (text: string) => new Paragraph(text);
	const doc = new Document({
		sections: [
			{
				children: [
					new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: 'BÁO CÁO', bold: true })] }),
					bold('I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO'),
					p('Đảng ủy ban hành kế hoạch thực hiện.'),
					bold('II. KẾT QUẢ THỰC HIỆN'),
					p('Tổ chức 5 hội nghị đối thoại.'),
					bold('III. ĐÁNH GIÁ CHUNG'),
					bold('1. Ưu điểm'),
					p('Nhân dân đồng tình.'),
					bold('2. Hạn chế'),
					limitation ?? p('Còn chậm.'),
					bold('3. Nguyên nhân'),
					p('Chưa sâu sát.'),
					bold('IV. BÀI HỌC KINH NGHIỆM'),
					p('Một là, phát huy vai trò người đứng đầu. Hai là, công khai để dân giám sát.'),
					bold('V. PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP'),
					p('Tiếp tục đối thoại.'),
				],
			},
		],
	});
	return Packer.toBuffer(doc);
}

// Thạch Bình's written review, its details typed in the form and its Word file (bold-paragraph headings) chosen.
async function sendBoldHeadingsReport(page: Page, dir: string) {
	await pickUnit(page, 'thach binh', 'Đảng ủy xã Thạch Bình');
	await page.check('#hinh-thuc-van-ban');
	await page.fill('#ngay-to-chuc', '20/4/2021');
	await page.fill('#ngay-gui', '22/4/2021');
	await upload(page, dir, 'dam.docx', await boldHeadingsDocx());
}

// Every paragraph typed in a TCVN3 (.VnTime) font: valid Unicode of the wrong letters, as Word stores it.
async function legacyDocx(): Promise<Buffer> {
	const legacy = (text: string) => new Paragraph(encodeLegacy(text, 'tcvn3').toString('latin1'));
	// TCVN3 has no capital letters with tones (those were a separate font), so the headings are in lower case.
	const lines = [
		'I. Công tác lãnh đạo, chỉ đạo',
		'Đảng ủy đã ban hành kế hoạch và tổ chức quán triệt.',
		'II. Kết quả thực hiện',
		'Tổ chức đối thoại với nhân dân.',
		'III. Đánh giá chung',
		'1. Ưu điểm',
		'Nhân dân đồng tình ủng hộ.',
		'2. Hạn chế',
		'Một số nơi còn chậm.',
		'3. Nguyên nhân',
		'Cấp ủy chưa sâu sát.',
		'IV. Bài học kinh nghiệm',
		'Một là, phát huy vai trò của người đứng đầu.',
		'V. Phương hướng, nhiệm vụ, giải pháp',
		'Tiếp tục đối thoại với nhân dân.',
	];
	return Packer.toBuffer(
		new Document({
			sections: [
				{
					children: lines.map((l) =>
						/^[IV]+\. |^\d\. /.test(l)
							? new Paragraph({
									children: [new TextRun({ text: encodeLegacy(l, 'tcvn3').toString('latin1'), bold: true })],
								})
							: legacy(l)
					),
				},
			],
		})
	);
}

describe('the send page /gui-bao-cao/', () => {
	test('a clerk picks the unit typed without diacritics, sees the problems in Vietnamese, fixes the details, reloads, and downloads what ingest stores', async () => {
		const dir = tempDir('so-ket-send-');
		const { page, errors } = await openPage(390);
		// The page opens on the newest campaign, whose roster has no Phú Mỹ: it says which campaign has it.
		expect(await page.inputValue('#dot')).toBe('kl120-2025');
		await page.fill('#tim-don-vi', 'phu my');
		await expect
			.poll(() => page.textContent('#don-vi-da-chon'))
			.toContain('đợt “Sơ kết 05 năm thực hiện Kết luận số 120-KL/TW');
		await pickUnit(page, 'phu my', 'Đảng ủy xã Phú Mỹ');

		const docx = await buildFullReportDocx();
		await upload(page, dir, 'bao-cao-phu-my.docx', docx);
		expect(await statusText(page)).toMatch(/^Báo cáo có \d+ lỗi/);
		const problems = (await problemTexts(page)).join('\n');
		expect(problems).toContain('Lỗi · Mục “Hình thức sơ kết”');
		expect(problems).toContain('Cách sửa: Chọn hình thức sơ kết ở phần 2.');
		expect(problems).toContain('Lỗi · Mục “Ngày tổ chức sơ kết”');
		expect(await page.isVisible('#gui-chan')).toBe(true);
		expect(await page.isVisible('#tai-ve')).toBe(false);
		await page.screenshot({ path: join(shots, 'send-page-errors-390.png'), fullPage: true });

		await page.check('#hinh-thuc-hoi-nghi');
		await page.fill('#ngay-to-chuc', '26/4/2021');
		expect(await page.textContent('#ngay-to-chuc-chu')).toBe('Tức là thứ hai, ngày 26 tháng 4 năm 2021');
		await page.fill('#ngay-gui', '28/4/2021');
		// Reload mid-way: the unit, the details and the chosen file are all still there, and the report is checked again.
		await page.reload();
		await page.waitForFunction(() => document.getElementById('trang-thai')?.textContent?.startsWith('Báo cáo'), null, {
			timeout: 60_000,
		});
		expect(await page.inputValue('#tim-don-vi')).toBe('Đảng ủy xã Phú Mỹ');
		expect(await page.isChecked('#hinh-thuc-hoi-nghi')).toBe(true);
		expect(await page.inputValue('#ngay-to-chuc')).toBe('26/4/2021');
		expect(await page.textContent('#tep-da-chon')).toBe('Tệp đang dùng: bao-cao-phu-my.docx');
		await page.fill('#so-dai-bieu', '64');
		await page.click('#kiem-tra');
		await expect.poll(() => statusText(page), { timeout: 60_000 }).toMatch(/^Báo cáo hợp lệ/);

		expect(await page.locator('#bai-hoc li').allTextContents()).toEqual([
			'Phát huy vai trò của người đứng đầu cấp ủy.',
			'Công khai, minh bạch để nhân dân biết, nhân dân bàn.',
		]);
		expect(await page.locator('#de-muc li').allTextContents()).toContain('IV. BÀI HỌC KINH NGHIỆM');
		expect(await page.locator('#xem-truoc table').count()).toBe(1);
		expect(await page.getAttribute('#gui-git', 'href')).toMatch(
			/^https:\/\/github\.com\/son-ha-ban-dan-van\/so-ket\/new\/main\/content\/reviews\/kl120-2021\?filename=xa-phu-my\.mdx&value=/
		);
		expect(await page.getAttribute('#gui-thu', 'href')).toMatch(/^mailto:bandanvan@sonha\.example\.vn\?subject=/);
		expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
		await page.screenshot({ path: join(shots, 'send-page-valid-390.png'), fullPage: true });

		const [download] = await Promise.all([page.waitForEvent('download'), page.click('#tai-ve')]);
		expect(download.suggestedFilename()).toBe('xa-phu-my.mdx');
		const downloaded = readFileSync(await download.path());
		expect(await page.isVisible('#da-gui')).toBe(true);

		// The office's route: the same Word file with the same details in a sidecar, through npm run ingest.
		const root = scratchProject(() => {});
		mkdirSync(join(root, 'inbox'));
		writeFileSync(join(root, 'inbox/bao-cao-phu-my.docx'), docx);
		writeFileSync(
			join(root, 'inbox/bao-cao-phu-my.docx.yaml'),
			'unit: xa-phu-my\nform: hội nghị\nheldOn: 26/4/2021\nsentOn: 28/4/2021\nattendance: { total: 64 }\n'
		);
		// The sample holds two campaigns: the office names the one chosen on the page, as ingest asks.
		expect((await runScript('ingest', ['inbox', '--campaign', 'kl120-2021'], root)).code).toBe(0);
		expect(readFileSync(join(root, 'content/reviews/kl120-2021/xa-phu-my.mdx')).equals(downloaded)).toBe(true);
		// The downloaded file itself is accepted unchanged, and validates.
		writeFileSync(join(root, 'xa-phu-my.mdx'), downloaded);
		const again = await runScript('ingest', ['xa-phu-my.mdx'], root);
		expect(again.stdout).toContain('= xa-phu-my.mdx → content/reviews/kl120-2021/xa-phu-my.mdx');
		expect((await runScript('validate', ['content/reviews/kl120-2021/xa-phu-my.mdx'], root)).code).toBe(0);
		expect(errors).toEqual([]);
	}, 300_000);

	test('Word files with bold-paragraph headings and in an old TCVN3 font are read as the build reads them', async () => {
		const dir = tempDir('so-ket-send-');
		const { page, errors } = await openPage(1280);
		await sendBoldHeadingsReport(page, dir);
		expect(await statusText(page)).toMatch(/^Báo cáo hợp lệ/);
		expect(await page.locator('#de-muc li').allTextContents()).toEqual(
			expect.arrayContaining(['I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO', '1. Ưu điểm', 'IV. BÀI HỌC KINH NGHIỆM'])
		);
		expect(await page.locator('#bai-hoc li').count()).toBe(2);
		expect(await page.locator('#xem-truoc h2, #xem-truoc h3').count()).toBeGreaterThanOrEqual(5);

		await upload(page, dir, 'vntime.docx', await legacyDocx());
		expect(await statusText(page)).toMatch(/^Báo cáo hợp lệ/);
		expect(await page.textContent('#ghi-chu')).toContain('TCVN3');
		expect(await page.textContent('#xem-truoc')).toContain('Đảng ủy đã ban hành kế hoạch và tổ chức quán triệt.');
		await page.screenshot({ path: join(shots, 'send-page-valid-1280.png'), fullPage: true });
		expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
		expect(errors).toEqual([]);
	}, 300_000);

	test("a report with an import line or a <script> tag is refused in the page with the build's own problems, and cannot be sent", async () => {
		const { page } = await openPage(390);
		await pickUnit(page, 'yen dong', 'Đảng ủy xã Yên Đồng');
		await page.check('#hinh-thuc-van-ban');
		await page.fill('#ngay-to-chuc', '20/4/2021');
		await page.fill('#ngay-gui', '22/4/2021');
		const body = readFileSync(join(ROOT, 'content/reviews/kl120-2021/xa-an-binh.mdx'), 'utf8')
			.split(/^---$/m)
			.slice(2)
			.join('---');
		const hostile = `import x from 'y'\n\n<script>alert(1)</script>\n${body}`;
		await page.fill('#van-ban-dan', hostile);
		await page.click('#kiem-tra');
		await expect.poll(() => statusText(page), { timeout: 60_000 }).toMatch(/^Báo cáo có \d+ lỗi/);
		// The build's verdict on the same text and details: ingest's check, which is the build's, located in the input.
		const root = scratchProject(() => {});
		mkdirSync(join(root, 'inbox'));
		writeFileSync(join(root, 'inbox/van-ban-dan.md'), hostile);
		writeFileSync(
			join(root, 'inbox/van-ban-dan.md.yaml'),
			'unit: xa-yen-dong\nform: bằng văn bản\nheldOn: 20/4/2021\nsentOn: 22/4/2021\n'
		);
		const ingest = await runScript('ingest', ['inbox', '--dry-run', '--campaign', 'kl120-2021'], root);
		expect(ingest.code).toBe(1);
		const build = [...ingest.stdout.matchAll(/inbox\/van-ban-dan\.md:(\d+):\d+ {2}\S+ {2}(.+)$/gm)].map((m) => ({
			line: Number(m[1]),
			message: m[2],
		}));
		expect(build.map((p) => p.line)).toEqual([1, 3]);
		const shown = await page
			.locator('#van-de li.error')
			.evaluateAll((items) =>
				items.map((li) => ({ line: Number((li as HTMLElement).dataset.line), message: li.children[1]!.textContent }))
			);
		expect(shown).toEqual(build);
		expect(await page.isVisible('#gui-chan')).toBe(true);
		expect(await page.locator('#xem-truoc script').count()).toBe(0);
	}, 300_000);

	test('axe finds no violations, and nothing scrolls sideways at 390 px, before and after a check', async () => {
		const dir = tempDir('so-ket-send-');
		for (const width of [390, 1280]) {
			const { page } = await openPage(width);
			const audit = () => axeViolations(page, { tags: WCAG_22_AA });
			expect(await audit()).toEqual([]);
			await pickUnit(page, 'phu my', 'Đảng ủy xã Phú Mỹ');
			await page.click('[data-add-commendation]');
			await upload(page, dir, 'bao-cao.docx', await buildFullReportDocx());
			expect(await audit()).toEqual([]);
			expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
			await page.screenshot({ path: join(shots, `send-page-form-${width}.png`), fullPage: true });
			await page.context().close();
		}
	}, 300_000);

	test('a filled Word template needs nothing typed in the form: the page reads its details table, and ingest stores the same bytes', async () => {
		const dir = tempDir('so-ket-send-');
		const campaign = loadCampaigns(ROOT, join(ROOT, 'content')).campaigns.find((c) => c.id === 'kl120-2021')!;
		const filled = await fillTemplate(
			await reportTemplate(campaign),
			{ unit: 'Đảng ủy xã Hòa Đông', form: 'bằng văn bản', heldOn: '21/4/2021', sentOn: '23/4/2021' },
			{
				leadership: ['Đảng ủy ban hành kế hoạch.'],
				results: ['Tổ chức đối thoại 3 lần.'],
				achievements: ['Dân đồng tình.'],
				limitations: ['Còn chậm.'],
				causes: ['Chưa sâu sát.'],
				lessons: ['Một là, lắng nghe dân.', 'Hai là, công khai kết quả.'],
				directions: ['Tiếp tục đối thoại.'],
			}
		);
		const { page, errors } = await openPage(390);
		await upload(page, dir, 'mau-da-dien.docx', filled);
		expect(await statusText(page)).toMatch(/^Báo cáo hợp lệ/);
		expect(await page.locator('#bai-hoc li').allTextContents()).toEqual(['Lắng nghe dân.', 'Công khai kết quả.']);
		const [download] = await Promise.all([page.waitForEvent('download'), page.click('#tai-ve')]);
		expect(download.suggestedFilename()).toBe('xa-hoa-dong.mdx');
		// Nothing was chosen on the page (it opened on kl120-2025): the template's own campaign decides where it goes.
		expect(await page.inputValue('#dot')).toBe('kl120-2025');
		expect(await page.getAttribute('#gui-git', 'href')).toContain(
			'/content/reviews/kl120-2021?filename=xa-hoa-dong.mdx'
		);

		const root = scratchProject(() => {});
		mkdirSync(join(root, 'inbox'));
		writeFileSync(join(root, 'inbox/mau-da-dien.docx'), filled);
		expect((await runScript('ingest', ['inbox'], root)).code).toBe(0);
		expect(
			readFileSync(join(root, 'content/reviews/kl120-2021/xa-hoa-dong.mdx')).equals(readFileSync(await download.path()))
		).toBe(true);
		expect(errors).toEqual([]);
	}, 300_000);

	test('a problem in a Word file is shown at its Word paragraph, with what to do in Word', async () => {
		const dir = tempDir('so-ket-send-');
		const { page, errors } = await openPage(390);
		const link = new Paragraph({
			children: [
				new TextRun('Còn chậm, xem '),
				new ExternalHyperlink({ link: 'javascript:alert(1)', children: [new TextRun('chi tiết')] }),
				new TextRun('.'),
			],
		});
		await pickUnit(page, 'thach binh', 'Đảng ủy xã Thạch Bình');
		await page.check('#hinh-thuc-van-ban');
		await page.fill('#ngay-to-chuc', '20/4/2021');
		await page.fill('#ngay-gui', '22/4/2021');
		await upload(page, dir, 'lien-ket.docx', await boldHeadingsDocx(link));
		expect(await statusText(page)).toMatch(/^Báo cáo có 1 lỗi/);
		const [problem] = await page.locator('#van-de li.error').allTextContents();
		// The place is the Word paragraph as Word numbers it: "BÁO CÁO", then the headings and paragraphs, the link in the 10th.
		expect(problem).toMatch(/^Lỗi · Đoạn thứ 10 trong tệp Word lien-ket\.docx/);
		expect(problem).toContain('Ở đoạn thứ');
		expect(problem).toContain(
			'(bắt đầu “Còn chậm, xem chi tiết.”, dưới đề mục “2. Hạn chế”): liên kết "javascript:alert(1)" không được phép'
		);
		expect(problem).toContain(
			'Cách sửa: Mở tệp trong Word, sửa đoạn này (xóa liên kết, ký hiệu hoặc thẻ lạ), lưu lại rồi chọn lại tệp.'
		);
		const [, shown, inMessage] = /Đoạn thứ (\d+) .*Ở đoạn thứ (\d+)/.exec(problem!)!;
		expect(shown).toBe(inMessage);
		await page.locator('#van-de').screenshot({ path: join(shots, 'send-page-word-paragraph-390.png') });
		expect(await axeViolations(page, { tags: WCAG_22_AA })).toEqual([]);
		expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
		expect(errors).toEqual([]);
	}, 300_000);

	test("the preview is the unit page's report part as published: details, body, commendations and figures, the same as the built page", async () => {
		const dir = tempDir('so-ket-send-');
		const published = readFileSync(join(ROOT, 'content/reviews/kl120-2021/xa-an-binh.mdx'));
		for (const width of [390, 1280]) {
			const { page, errors } = await openPage(width);
			await pickUnit(page, 'an binh', 'Đảng ủy xã An Bình');
			await upload(page, dir, 'xa-an-binh.mdx', published);
			expect(await statusText(page)).toMatch(/^Báo cáo hợp lệ/);
			const unitPage = await page.context().newPage();
			await unitPage.goto(`${server.url}/kl120-2021/don-vi/xa-an-binh/`);
			const pairs = (p: Page, list: string) =>
				p
					.locator(`${list} > dt`)
					.evaluateAll((dts) => dts.map((dt) => [dt.textContent!.trim(), dt.nextElementSibling!.textContent!.trim()]));
			// The unit page's own rows (tier, type, parent, deadlines) are not the report's; every other row is previewed, in order.
			const PAGE_ONLY = /^(Cấp|Loại hình|Đơn vị cấp trên|Hạn |Liên hệ)/;
			const expected = (await pairs(unitPage, 'main dl.summary')).filter(([label]) => !PAGE_ONLY.test(label!));
			expect(expected.map(([label]) => label)).toEqual([
				'Hình thức sơ kết',
				'Ngày sơ kết',
				'Ngày gửi báo cáo',
				'Cơ quan ban hành',
				'Số báo cáo',
				'Người ký',
			]);
			expect(expected[3]![1]).toBe('ĐẢNG ỦY XÃ AN BÌNH');
			expect(await pairs(page, '#xem-truoc dl.summary')).toEqual(expected);
			// The body is the HTML the build stored for the page, and the two tables read the same, row by row.
			const bodyHtml = (p: Page, at: string) =>
				p.locator(at).evaluate((a) => a.innerHTML.replace(/ tabindex="0"/g, ''));
			expect(await bodyHtml(page, '#xem-truoc article.report')).toBe(await bodyHtml(unitPage, 'main article.report'));
			const rows = (p: Page, caption: string, scope: string) =>
				p
					.locator(`${scope} table:has(caption:text-is("${caption}")) tr`)
					.evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent!.trim())));
			for (const caption of ['Khen thưởng gắn với sơ kết', 'Số liệu do đơn vị báo cáo']) {
				const onPage = await rows(unitPage, caption, 'main');
				expect(onPage.length).toBeGreaterThan(2);
				expect(await rows(page, caption, '#xem-truoc')).toEqual(onPage);
			}
			expect(await axeViolations(page, { tags: WCAG_22_AA })).toEqual([]);
			expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
			await page.locator('#xem-truoc').screenshot({ path: join(shots, `send-page-preview-${width}.png`) });
			expect(errors).toEqual([]);
			await page.context().close();
		}
	}, 300_000);

	test("a campaign sending through GitLab or Gitea opens that host's new-file editor at the report's path, with the text (GitLab) or copied (Gitea)", async () => {
		const dir = tempDir('so-ket-send-');
		for (const [host, url] of [
			['gitlab', 'https://gitlab.example.vn/ban-dan-van/so-ket'],
			['gitea', 'https://git.example.vn/ban-dan-van/so-ket'],
		] as const) {
			const context = await browser.newContext({ viewport: { width: 390, height: 900 } });
			context.setDefaultTimeout(90_000);
			await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
			// The campaign file's sending: block, as the built data would carry it for a GitLab or Gitea repository.
			await context.route('**/gui-bao-cao/du-lieu.json', async (route) => {
				const data = await (await route.fetch()).json();
				for (const campaign of data.campaigns)
					if (campaign.sending) campaign.sending.repository = { host, url, branch: 'main' };
				await route.fulfill({ json: data });
			});
			const opened: string[] = [];
			await context.route(
				`${url.slice(0, url.indexOf('/', 8))}/**`,
				(route) => (opened.push(route.request().url()), route.fulfill({ body: 'editor', contentType: 'text/plain' }))
			);
			const page = await context.newPage();
			await page.goto(`${server.url}/gui-bao-cao/`, { waitUntil: 'networkidle' });
			await sendBoldHeadingsReport(page, dir);
			expect(await statusText(page)).toMatch(/^Báo cáo hợp lệ/);
			const [download] = await Promise.all([page.waitForEvent('download'), page.click('#tai-ve')]);
			const text = readFileSync(await download.path(), 'utf8');
			expect(await page.textContent('#gui-git')).toBe(host === 'gitlab' ? 'Gửi qua GitLab' : 'Gửi qua Gitea');
			const [popup] = await Promise.all([context.waitForEvent('page'), page.click('#gui-git')]);
			await popup.waitForLoadState();
			const link = new URL(opened.at(-1)!);
			if (host === 'gitlab') {
				expect(link.pathname).toBe('/ban-dan-van/so-ket/-/new/main/content/reviews/kl120-2021');
				expect(link.searchParams.get('file_name')).toBe('xa-thach-binh.mdx');
				expect(link.searchParams.get('content')).toBe(text);
			} else {
				// Gitea and Forgejo take the path, not the content: the page copies the text for pasting.
				expect(link.pathname).toBe('/ban-dan-van/so-ket/_new/main/content/reviews/kl120-2021/xa-thach-binh.mdx');
				await expect.poll(() => page.textContent('#sao-chep-ket-qua')).toBe('Đã sao chép nội dung tệp.');
				expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
			}
			await context.close();
		}
	}, 300_000);

	test('its script loads on this page only, within the size budget of the README', async () => {
		const html = readFileSync(join(site, 'gui-bao-cao/index.html'), 'utf8');
		const entry = /<script type="module" src="\/(_astro\/[^"]+\.js)"/.exec(html)?.[1];
		expect(entry).toBeDefined();
		const pages = readdirSync(site, { recursive: true, encoding: 'utf8' }).filter(
			(f) => f.endsWith('.html') && !f.startsWith('gui-bao-cao')
		);
		expect(pages.length).toBeGreaterThan(20);
		for (const file of pages) expect(readFileSync(join(site, file), 'utf8')).not.toContain(entry);
		const gz = (file: string) => gzipSync(readFileSync(join(site, file)), { level: 9 }).length;
		const core = readdirSync(join(site, '_astro')).filter((f) => f.startsWith('check-report.'));
		expect(core).toHaveLength(1);
		// The entry and what it imports statically, against what is fetched only when a report is checked.
		const entryText = readFileSync(join(site, entry!), 'utf8');
		const imported = [...entryText.matchAll(/from"\.\/([^"]+\.js)"/g)].map((m) => `_astro/${m[1]}`);
		const pageBytes = [entry!, ...imported].reduce((sum, f) => sum + gz(f), 0);
		expect(pageBytes).toBeLessThanOrEqual(BUDGET.page);
		expect(gz(`_astro/${core[0]}`)).toBeLessThanOrEqual(BUDGET.core);
	});
});
