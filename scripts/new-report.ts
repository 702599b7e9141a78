#!/usr/bin/env node
// Writes a report skeleton for one unit: frontmatter from the roster, every required section heading.
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { EXIT, parseCli } from '../src/lib/cli/args.ts';
import { loadCampaigns, loadRosters } from '../src/lib/content/load.ts';
import { labelOf } from '../src/lib/ingest/inputs.ts';
import { ReportExistsError, UnsafePathError, placeReport } from '../src/lib/ingest/place.ts';
import { reportSkeleton } from '../src/lib/report/skeleton.ts';
import { SLUG_PATTERN as ID } from '../src/lib/schema/slug.ts';

const HELP = `Tạo khung báo cáo sơ kết cho một đơn vị: phần thông tin lấy từ danh sách đơn vị, đủ các đề mục bắt buộc.
Writes a report skeleton for one unit: details from the roster, every required section heading.

Cách dùng / usage: npm run new-report -- --unit <id> [--campaign <id>] [--out <tệp/file>]

  --unit <id>        mã đơn vị trong danh sách / the unit's id on the roster (content/units/<campaign>.yaml)
  --campaign <id>    mã đợt sơ kết; mặc định là đợt duy nhất / the campaign; defaults to the only one
  --out <tệp/file>   nơi ghi; mặc định content/reviews/<đợt>/<đơn vị>.mdx; "-" để in ra màn hình
                     where to write; default content/reviews/<campaign>/<unit>.mdx; "-" prints it
  -h, --help         hướng dẫn này / this help

Không bao giờ ghi đè tệp đã có. Điền ngày sơ kết (heldOn), ngày gửi (sentOn) và nội dung, rồi chạy npm run validate.
Never overwrites a file. Fill in heldOn, sentOn and the text, then run npm run validate.

Mã thoát / exit codes: 0 đã tạo / written, 1 không tạo được / refused (unknown unit, file exists), 2 dùng sai lệnh / usage error`;

const fail = (code: number, message: string): never => {
	console.error(code === EXIT.usage ? `${message}\n(npm run new-report -- --help)` : message);
	process.exit(code);
};

const { values, positionals } = parseCli(
	process.argv.slice(2),
	{ unit: { type: 'string' }, campaign: { type: 'string' }, out: { type: 'string' } },
	HELP
);
if (positionals.length) fail(EXIT.usage, `Thừa tham số / unexpected argument: ${positionals.join(' ')}`);
if (values.unit === undefined) fail(EXIT.usage, 'Thiếu --unit <mã đơn vị> / --unit <id> is required');
for (const flag of ['unit', 'campaign'] as const) {
	const value = values[flag];
	if (value !== undefined && !ID.test(value))
		fail(
			EXIT.usage,
			`--${flag} "${value}" không hợp lệ / is not an id: lowercase a-z, digits and hyphens (e.g. xa-an-binh)`
		);
}

const root = process.cwd();
const contentDir = resolve(root, 'content');
const { campaigns } = loadCampaigns(root, contentDir);
const campaign =
	values.campaign !== undefined
		? campaigns.find((c) => c.id === values.campaign)
		: campaigns.length === 1
			? campaigns[0]
			: undefined;
if (!campaign)
	fail(
		EXIT.usage,
		values.campaign !== undefined
			? `Không có đợt "${values.campaign}" / unknown campaign; có / known: ${campaigns.map((c) => c.id).join(', ')}`
			: `Có ${campaigns.length} đợt, cần --campaign / ${campaigns.length} campaigns, give --campaign: ${campaigns.map((c) => c.id).join(', ')}`
	);
const { units } = loadRosters(root, contentDir, [campaign!]);
const unit = units.find((u) => u.campaign === campaign!.id && u.id === values.unit);
if (!unit) {
	const near = units
		.filter((u) => u.id.includes(values.unit!) || values.unit!.includes(u.id))
		.map((u) => u.id)
		.slice(0, 8);
	fail(
		EXIT.problems,
		`Không có đơn vị "${values.unit}" trong danh sách / unit "${values.unit}" is not on the roster of ${campaign!.id} (content/units/${campaign!.id}.yaml)${near.length ? `; gần giống / similar: ${near.join(', ')}` : ''}`
	);
}

const text = reportSkeleton(unit!, campaign!, units);
if (values.out === '-') {
	process.stdout.write(text);
	process.exit(EXIT.ok);
}
try {
	let written: string;
	if (values.out === undefined)
		written = (await placeReport({ contentDir, campaign: campaign!.id, unit: unit!.id, text, replace: false })).path;
	else {
		written = resolve(root, values.out);
		await writeFile(written, text, { flag: 'wx' }); // wx: never overwrites, never writes through an existing link
	}
	console.log(
		`✓ Đã tạo / written: ${labelOf(root, written)}\n  Điền heldOn, sentOn và nội dung, rồi chạy / fill in heldOn, sentOn and the text, then run: npm run validate`
	);
} catch (error) {
	const e = error as NodeJS.ErrnoException;
	if (error instanceof ReportExistsError || e.code === 'EEXIST')
		fail(
			EXIT.problems,
			`Tệp đã có, không ghi đè / the file already exists and was left unchanged: ${labelOf(root, e instanceof ReportExistsError ? e.path : resolve(root, values.out ?? ''))}`
		);
	if (error instanceof UnsafePathError) fail(EXIT.problems, error.message);
	fail(EXIT.problems, `Không ghi được / cannot write: ${e.message}`);
}
