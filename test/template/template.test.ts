// The Word template as a clerk meets it: generated from the campaign file, opened by a word processor, filled in
// Word, ingested with no sidecar and no flags, and published with its lessons.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { describe, expect, test } from 'vitest';
import { loadCampaigns } from '../../src/lib/content/load.ts';
import { reportTemplate } from '../../src/lib/template/report-template.ts';
import { DETAIL_ROWS, SECTION_HINTS } from '../../src/lib/template/details.ts';
import { skeletonOutline } from '../../src/lib/report/skeleton.ts';
import { runScript } from '../helpers/cli.ts';
import { ROOT, astroBuild, scratchProject } from '../helpers/site.ts';
import { tempDir } from '../helpers/temp.ts';
import { fillTemplate } from '../helpers/fill-template.ts';

const run = promisify(execFile);
const campaign = loadCampaigns(ROOT, join(ROOT, 'content')).campaigns.find((c) => c.id === 'kl120-2021')!;

const FILLED_DETAILS = {
	unit: 'Đảng ủy xã Phú Mỹ',
	documentNumber: '07-BC/ĐU',
	form: 'hội nghị',
	heldOn: '26/4/2021',
	sentOn: '28/4/2021',
	attendance: '64',
};
const FILLED_SECTIONS: Record<string, string[]> = {
	leadership: ['Đảng ủy ban hành kế hoạch thực hiện Kết luận 120-KL/TW, quán triệt đến các chi bộ.'],
	results: ['Tổ chức 6 hội nghị đối thoại với nhân dân; giải quyết dứt điểm 14 kiến nghị.'],
	achievements: ['Nhân dân được biết, được bàn và được kiểm tra các công trình ở thôn.'],
	limitations: ['Một số chi bộ triển khai còn chậm.'],
	causes: ['Một số cấp ủy chưa quan tâm đúng mức.'],
	lessons: [
		'Một là, cấp ủy và người đứng đầu phải gương mẫu, sâu sát cơ sở.',
		'Hai là, công khai, minh bạch để nhân dân giám sát.',
	],
	directions: ['Tiếp tục đối thoại định kỳ với nhân dân.'],
};

describe('npm run template', () => {
	test('writes a .docx with the details table and every required section as a Word heading, which LibreOffice opens', async () => {
		const dir = tempDir('so-ket-template-');
		// The sample holds two campaigns: the template is made for one, named by --campaign.
		const unnamed = await runScript('template', ['--out', join(dir, 'mau.docx')], ROOT);
		expect(unnamed.code).toBe(2);
		expect(unnamed.stderr).toContain('kl120-2021');
		const result = await runScript('template', ['--campaign', 'kl120-2021', '--out', join(dir, 'mau.docx')], ROOT);
		expect(result.code).toBe(0);
		const zip = await JSZip.loadAsync(readFileSync(join(dir, 'mau.docx')));
		const xml = await zip.file('word/document.xml')!.async('string');
		for (const heading of skeletonOutline())
			expect(xml).toMatch(
				new RegExp(`<w:pStyle w:val="Heading${heading.level}"/>.*?${heading.text.replace(/[.,]/g, '.')}`)
			);
		for (const row of DETAIL_ROWS) expect(xml).toContain(row.label);
		// The details table names the campaign itself, so ingest needs no --campaign for a filled template.
		expect(xml).toMatch(new RegExp(`Đợt sơ kết</w:t>.*?<w:t[^>]*>${campaign.title}</w:t>`));
		expect(xml).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
		expect(xml).toContain(`kết quả ${campaign.title.charAt(0).toLocaleLowerCase('vi')}${campaign.title.slice(1)}`);

		await run('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'mau.docx')], {
			timeout: 180_000,
		});
		expect(existsSync(join(dir, 'mau.pdf'))).toBe(true);
		await run('pdftoppm', ['-png', '-r', '60', join(dir, 'mau.pdf'), join(dir, 'trang')]);
		expect(readdirSync(dir).filter((f) => f.startsWith('trang')).length).toBeGreaterThanOrEqual(1);
	}, 240_000);

	test('a filled template is ingested with no sidecar and no flags, even with two campaigns, and the build shows its lessons', async () => {
		const filled = await fillTemplate(await reportTemplate(campaign), FILLED_DETAILS, FILLED_SECTIONS);
		const root = scratchProject(() => {});
		mkdirSync(join(root, 'inbox'));
		writeFileSync(join(root, 'inbox/bao-cao-phu-my.docx'), filled);
		const result = await runScript('ingest', ['inbox'], root);
		expect(result.stdout).toContain('✓ inbox/bao-cao-phu-my.docx → content/reviews/kl120-2021/xa-phu-my.mdx');
		expect(result.code).toBe(0);
		const text = readFileSync(join(root, 'content/reviews/kl120-2021/xa-phu-my.mdx'), 'utf8');
		expect(text.split('\n').slice(0, 10)).toEqual([
			'---',
			'unit: "xa-phu-my"',
			'documentNumber: "07-BC/ĐU"',
			'form: "hội nghị"',
			'heldOn: "26/4/2021"',
			'sentOn: "28/4/2021"',
			'attendance: {"total":64}',
			'campaign: "kl120-2021"',
			'---',
			'',
		]);
		// The header block and the hints are the template's, not the report's.
		expect(text).not.toContain('ĐẢNG CỘNG SẢN');
		expect(text).not.toContain('Thông tin báo cáo');
		for (const hint of Object.values(SECTION_HINTS)) expect(text).not.toContain(hint.slice(0, 20));

		const out = join(root, 'dist');
		await astroBuild(root, out, { AS_OF: '2021-05-20' });
		const page = readFileSync(join(out, 'kl120-2021/don-vi/xa-phu-my/index.html'), 'utf8');
		expect(page).toContain('cấp ủy và người đứng đầu phải gương mẫu, sâu sát cơ sở.');
		expect(page).toContain('công khai, minh bạch để nhân dân giám sát.');
	}, 600_000);
});
