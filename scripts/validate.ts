#!/usr/bin/env node
// Checks reports, rosters and campaigns exactly as the build does, without building.
import { existsSync } from 'node:fs';
import { resolve, relative, sep } from 'node:path';
import { loadContent } from '../src/lib/content/load.ts';
import { errorsOf } from '../src/lib/content/problem.ts';
import { problemsInScope } from '../src/lib/content/scope.ts';
import { printProblems } from '../src/lib/cli/report-problems.ts';
import { EXIT, parseCli } from '../src/lib/cli/args.ts';

const HELP = `Kiểm tra báo cáo, danh sách đơn vị và kế hoạch như khi xây dựng trang.
Checks reports, rosters and campaign files exactly as the build does.

Cách dùng / usage: npm run validate [-- <tệp|thư mục / file|folder>…]

  Không có tệp: kiểm tra toàn bộ content/.   Without files: checks all of content/.
  Có tệp/thư mục: báo lỗi của chúng, và luôn cả lỗi của kế hoạch (content/campaigns/) và danh sách đơn vị
  (content/units/), vì các lỗi này làm hỏng việc xây dựng trang dù kiểm tra báo cáo nào.
  With files or folders: reports the problems of those, and always those of the campaign files (content/campaigns/)
  and rosters (content/units/), since any of these fails the build whichever report is checked.
  Tệp phải nằm trong content/; để thử một báo cáo chưa đặt vào, dùng: npm run ingest -- --dry-run <tệp>
  Files must be inside content/; to check a report not yet placed there: npm run ingest -- --dry-run <file>

Mỗi lỗi một dòng / one problem per line:  tệp:dòng:cột  trường  nội dung
Trong GitHub Actions (GITHUB_ACTIONS=true) mỗi lỗi còn được ghi thành chú thích ::error file=…,line=…::…
In GitHub Actions (GITHUB_ACTIONS=true) each problem is also printed as an annotation on the line it concerns.
Mã thoát / exit codes: 0 không có lỗi / no errors, 1 có lỗi / errors found, 2 dùng sai lệnh / usage error`;

const { positionals } = parseCli(process.argv.slice(2), {}, HELP);
const root = process.cwd();
const only = new Set(positionals.map((f) => relative(root, resolve(f)).split(sep).join('/')));
const usage = (message: string): never => {
	console.error(`${message}\n(npm run validate -- --help)`);
	process.exit(EXIT.usage);
};
const missing = positionals.filter((f) => !existsSync(resolve(f)));
if (missing.length) usage(`Không tìm thấy / not found: ${missing.join(', ')}`);
// A file outside content/ would always look clean here: the build never reads it.
const outside = [...only].filter((f) => f !== 'content' && !f.startsWith('content/'));
if (outside.length)
	usage(
		`Không thuộc content/ / not part of content/: ${outside.join(', ')}\nĐể thử một báo cáo chưa đặt vào / to check a report before placing it: npm run ingest -- --dry-run ${outside[0]}`
	);
const content = loadContent({ root });
const problems = problemsInScope(content.problems, [...only]);
printProblems(problems, (line) => console.log(line));
const errors = errorsOf(problems).length;
const warnings = problems.length - errors;
const scope = only.size
	? `${only.size} tệp / files, kế hoạch và danh sách đơn vị / campaign and roster files`
	: `${content.reviews.length} báo cáo / reports, ${content.units.length} đơn vị / units, ${content.campaigns.length} đợt / campaigns`;
console.log(
	errors
		? `✗ ${errors} lỗi, ${warnings} cảnh báo / ${errors} errors, ${warnings} warnings (${scope})`
		: `✓ Không có lỗi / no errors, ${warnings} cảnh báo / warnings (${scope})`
);
process.exit(errors ? EXIT.problems : EXIT.ok);
