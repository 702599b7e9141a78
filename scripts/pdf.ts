#!/usr/bin/env node
// Prints the synthesis, the urging list and the compliance table of every campaign to A4 PDF with the local Chromium.
// Page size, running heads and page numbers come from the pages' print styles (src/styles/print.css).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EXIT, parseCli } from '../src/lib/cli/args.ts';
import { launchChromium } from '../src/lib/cli/chromium.ts';
import { serveStatic } from '../src/lib/cli/static-server.ts';
import { AS_OF_VARIABLE } from '../src/lib/content/as-of.ts';
import { parseCalendarDate } from '../src/lib/schema/calendar-date.ts';

const HELP = `In báo cáo tổng hợp, danh sách đôn đốc và bảng tiến độ ra tệp PDF khổ A4.
Prints the synthesis, the urging list and the compliance table of each campaign to A4 PDF.

Cách dùng / usage: npm run pdf -- --out <thư mục/folder> [--as-of YYYY-MM-DD] [--dist dist] [--build]

  --out     thư mục ghi PDF (bắt buộc)              folder for the PDFs (required)
  --as-of   số liệu tính đến ngày này (xây lại trang)  show the campaign as of this day (rebuilds the site)
  --dist    thư mục trang đã xây (mặc định dist)     folder of the built site (default dist)
  --build   luôn xây lại trang trước khi in         always rebuild the site first

Without --as-of or --build, the site is built only when the folder has none.
Chromium: /usr/bin/chromium, or the path in CHROMIUM_PATH.`;

const { values } = parseCli(
	process.argv.slice(2),
	{ out: { type: 'string' }, 'as-of': { type: 'string' }, dist: { type: 'string' }, build: { type: 'boolean' } },
	HELP
);
if (!values.out) {
	console.error(`cần cho biết thư mục ghi tệp PDF, ví dụ --out pdf/ (--out is required)\n\n${HELP}`);
	process.exit(EXIT.usage);
}
const asOf = values['as-of'];
if (asOf !== undefined && !parseCalendarDate(asOf)) {
	console.error(
		`--as-of "${asOf}" không phải một ngày có thật; hãy viết YYYY-MM-DD hoặc D/M/YYYY, ví dụ --as-of 2021-05-20 (not a real date)`
	);
	process.exit(EXIT.usage);
}
const dist = resolve(values.dist ?? 'dist');
const out = resolve(values.out);

if (values.build || asOf !== undefined || !existsSync(join(dist, 'index.html'))) {
	console.log(`Xây dựng trang / building the site into ${dist}${asOf ? ` as of ${asOf}` : ''}…`);
	const env = { ...process.env, ...(asOf && { [AS_OF_VARIABLE]: asOf }) };
	// The build as `npm run build` runs it (./build.ts).
	execFileSync(process.execPath, [join(import.meta.dirname, 'build.ts'), '--outDir', dist], { stdio: 'inherit', env });
}

/**
 * Runs in the first page of a list that runs over several (the compliance table, the urging list): appends what the
 * other pages (2/, 3/…) hold after its own, so the PDF is the whole list in one document though no page of the site
 * is (each holds at most UNITS_PER_PAGE units); pagers, page ranges and the "(trang 1/N)" of its titles go.
 */
async function wholeList({ base, parts }: { base: string; parts: string }) {
	let last = [...document.querySelectorAll(parts)].at(-1);
	for (let n = 2; last; n++) {
		const response = await fetch(`${base}${n}/`);
		if (!response.ok) break;
		const more = [...new DOMParser().parseFromString(await response.text(), 'text/html').querySelectorAll(parts)];
		last.after(...more);
		last = more.at(-1) ?? last;
	}
	// A group that went on from the page before (data-continued) joins its beginning.
	for (const rest of document.querySelectorAll('[data-continued]')) {
		rest.previousElementSibling?.querySelector('tbody')?.append(...rest.querySelectorAll('tbody > tr'));
		rest.remove();
	}
	for (const part of document.querySelectorAll('nav.pager, [data-page-range]')) part.remove();
	for (const text of [...document.querySelectorAll('caption, style')])
		if (text.textContent) text.textContent = text.textContent.replace(/ \(trang 1\/\d+\)/g, '');
}

/** What each printed list runs over: the elements its later pages add. */
const LIST_PARTS: Record<string, string> = { 'tien-do': '#tien-do tbody > tr', 'don-doc': 'section.urging-group' };

/** The pages an office hands over on paper: synthesis, urging list, compliance table. */
const PAGES = ['tong-hop', 'don-doc', 'tien-do'];

// Every campaign folder that has a synthesis page.
const campaigns = readdirSync(dist).filter((name) => existsSync(join(dist, name, 'tong-hop', 'index.html')));
if (campaigns.length === 0) {
	console.error(
		`không có trang đợt sơ kết nào trong ${dist}; hãy xây dựng trang trước bằng npm run build (no campaign pages; build the site first)`
	);
	process.exit(EXIT.problems);
}
mkdirSync(out, { recursive: true });
const server = await serveStatic(dist);
const browser = await launchChromium();
try {
	for (const campaign of campaigns)
		for (const page of PAGES) {
			const tab = await browser.newPage();
			await tab.goto(`${server.url}/${campaign}/${page}/`, { waitUntil: 'networkidle' });
			if (LIST_PARTS[page])
				await tab.evaluate(wholeList, { base: `${server.url}/${campaign}/${page}/`, parts: LIST_PARTS[page] });
			const file = join(out, `${campaign}-${page}.pdf`);
			await tab.pdf({
				path: file,
				preferCSSPageSize: true,
				printBackground: true,
			});
			await tab.close();
			console.log(`✓ ${file}`);
		}
} finally {
	await browser.close();
	await server.close();
}
