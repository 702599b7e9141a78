#!/usr/bin/env node
// Prints the synthesis, the urging list and the compliance table of every campaign to A4 PDF with the local Chromium.
// Page size, running heads and page numbers come from the pages' print styles (src/styles/print.css).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { EXIT, parseCli } from '../src/lib/cli/args.ts';
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

const { values } = parseCli(process.argv.slice(2), { out: { type: 'string' }, 'as-of': { type: 'string' }, dist: { type: 'string' }, build: { type: 'boolean' } }, HELP);
if (!values.out) {
  console.error(`--out is required\n\n${HELP}`);
  process.exit(EXIT.usage);
}
const asOf = values['as-of'];
if (asOf !== undefined && !parseCalendarDate(asOf)) {
  console.error(`--as-of "${asOf}" is not a real date; write it as YYYY-MM-DD`);
  process.exit(EXIT.usage);
}
const dist = resolve(values.dist ?? 'dist');
const out = resolve(values.out);

if (values.build || asOf !== undefined || !existsSync(join(dist, 'index.html'))) {
  console.log(`Xây dựng trang / building the site into ${dist}${asOf ? ` as of ${asOf}` : ''}…`);
  const env = { ...process.env, ...(asOf && { [AS_OF_VARIABLE]: asOf }) };
  execFileSync(resolve('node_modules/.bin/astro'), ['build', '--outDir', dist], { stdio: 'inherit', env });
}

/**
 * Runs in the compliance table's first page: appends the rows of its other pages (tien-do/2/…), so the PDF holds the
 * whole table in one document though no page of the site does (each is at most UNITS_PER_PAGE units); its pagers and
 * the "(trang 1/N)" of its titles go.
 */
async function wholeTable(base: string) {
  const table = document.querySelector<HTMLTableElement>('#tien-do')!;
  const pages = Number(table.dataset.pages ?? 1);
  for (let n = 2; n <= pages; n++) {
    const html = await (await fetch(`${base}${n}/`)).text();
    table.tBodies[0]!.append(...new DOMParser().parseFromString(html, 'text/html').querySelectorAll('#tien-do tbody > tr'));
  }
  for (const part of document.querySelectorAll('nav.pager, [data-page-range]')) part.remove();
  for (const text of [table.caption, ...document.querySelectorAll('style')]) if (text?.textContent) text.textContent = text.textContent.replace(/ \(trang 1\/\d+\)/g, '');
}

/** The pages an office hands over on paper: synthesis, urging list, compliance table. */
const PAGES = ['tong-hop', 'don-doc', 'tien-do'];

// Every campaign folder that has a synthesis page.
const campaigns = readdirSync(dist).filter((name) => existsSync(join(dist, name, 'tong-hop', 'index.html')));
if (campaigns.length === 0) {
  console.error(`no campaign pages in ${dist}; build the site first (npm run build)`);
  process.exit(EXIT.problems);
}
mkdirSync(out, { recursive: true });
const server = await serveStatic(dist);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
try {
  for (const campaign of campaigns)
    for (const page of PAGES) {
      const tab = await browser.newPage();
      await tab.goto(`${server.url}/${campaign}/${page}/`, { waitUntil: 'networkidle' });
      if (page === 'tien-do') await tab.evaluate(wholeTable, `${server.url}/${campaign}/tien-do/`);
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
