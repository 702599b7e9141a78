#!/usr/bin/env node
// Writes the Word template a unit fills in (Party header, details table, every required section), from the campaign file.
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { EXIT, parseCli } from '../src/lib/cli/args.ts';
import { loadCampaigns } from '../src/lib/content/load.ts';
import { reportTemplate } from '../src/lib/template/report-template.ts';

const HELP = `Tạo mẫu báo cáo Word (.docx) cho đơn vị điền: phần đầu văn bản, bảng thông tin báo cáo, đủ các đề mục bắt buộc.
Writes the Word template (.docx) a unit fills in: Party header block, details table, every required section heading.

Cách dùng / usage: npm run template -- [--campaign <id>] [--out <tệp/file>]

  --campaign <id>    mã đợt sơ kết; mặc định là đợt duy nhất / the campaign; defaults to the only one
  --out <tệp/file>   nơi ghi; mặc định mau-bao-cao-<đợt>.docx / where to write; default mau-bao-cao-<campaign>.docx
  -h, --help         hướng dẫn này / this help

Đơn vị điền bảng thông tin và viết dưới từng đề mục, rồi gửi tệp qua trang /gui-bao-cao/ hoặc qua thư cho văn phòng;
npm run ingest đọc bảng thông tin, không cần tệp kèm theo.
The unit fills the table and writes under each heading; ingest and the send page read the table, no sidecar needed.

Mã thoát / exit codes: 0 đã ghi / written, 2 dùng sai lệnh / usage error`;

const { values, positionals } = parseCli(
	process.argv.slice(2),
	{ campaign: { type: 'string' }, out: { type: 'string' } },
	HELP
);
const usage = (message: string): never => {
	console.error(`${message}\n(npm run template -- --help)`);
	process.exit(EXIT.usage);
};
if (positionals.length) usage(`Thừa tham số / unexpected argument: ${positionals.join(' ')}`);
const root = process.cwd();
const { campaigns } = loadCampaigns(root, resolve(root, 'content'));
const campaign =
	values.campaign !== undefined
		? campaigns.find((c) => c.id === values.campaign)
		: campaigns.length === 1
			? campaigns[0]
			: undefined;
if (!campaign)
	usage(
		values.campaign !== undefined
			? `Không có đợt "${values.campaign}" / unknown campaign; có / known: ${campaigns.map((c) => c.id).join(', ')}`
			: `Có ${campaigns.length} đợt, cần --campaign / ${campaigns.length} campaigns, give --campaign: ${campaigns.map((c) => c.id).join(', ')}`
	);
const out = resolve(root, values.out ?? `mau-bao-cao-${campaign!.id}.docx`);
await writeFile(out, await reportTemplate(campaign!));
console.log(`Đã ghi mẫu báo cáo / template written: ${out}`);
process.exit(EXIT.ok);
