#!/usr/bin/env node
// Checks reports, rosters and campaigns exactly as the build does, without building.
import { resolve, relative, sep } from 'node:path';
import { loadContent } from '../src/lib/content/load.ts';
import { errorsOf } from '../src/lib/content/problem.ts';
import { printProblems } from '../src/lib/cli/report-problems.ts';
import { EXIT, parseCli } from '../src/lib/cli/args.ts';

const HELP = `Kiểm tra báo cáo, danh sách đơn vị và kế hoạch như khi xây dựng trang.
Checks reports, rosters and campaign files exactly as the build does.

Cách dùng / usage: npm run validate [-- <tệp/file>…]

  Không có tệp: kiểm tra toàn bộ content/.   Without files: checks all of content/.
  Có tệp: chỉ báo lỗi của các tệp đó.        With files: reports problems of those files only.

Mỗi lỗi một dòng / one problem per line:  tệp:dòng:cột  trường  nội dung
Mã thoát / exit codes: 0 không có lỗi / no errors, 1 có lỗi / errors found, 2 dùng sai lệnh / usage error`;

const { positionals } = parseCli(process.argv.slice(2), {}, HELP);
const root = process.cwd();
const only = new Set(positionals.map((f) => relative(root, resolve(f)).split(sep).join('/')));
const content = loadContent({ root });
const problems = only.size ? content.problems.filter((p) => only.has(p.file)) : content.problems;
printProblems(problems, (line) => console.log(line));
const errors = errorsOf(problems).length;
const warnings = problems.length - errors;
const scope = only.size ? `${only.size} tệp / files` : `${content.reviews.length} báo cáo / reports, ${content.units.length} đơn vị / units, ${content.campaigns.length} đợt / campaigns`;
console.log(errors ? `✗ ${errors} lỗi, ${warnings} cảnh báo / ${errors} errors, ${warnings} warnings (${scope})` : `✓ Không có lỗi / no errors, ${warnings} cảnh báo / warnings (${scope})`);
process.exit(errors ? EXIT.problems : EXIT.ok);
