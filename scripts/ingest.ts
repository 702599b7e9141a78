#!/usr/bin/env node
// The file drop: checks Word and Markdown reports exactly as the build does and publishes the valid ones.
import { dirname } from 'node:path';
import { printable } from '../src/lib/text/printable.ts';
import { problem } from '../src/lib/content/problem.ts';
import { EXIT, parseCli } from '../src/lib/cli/args.ts';
import type { MetadataSource } from '../src/lib/ingest/compose.ts';
import { ingestFile, loadIngestContext, type Outcome } from '../src/lib/ingest/ingest.ts';
import { collectInputs, labelOf, removeRejectionNote, writeRejectionNote } from '../src/lib/ingest/inputs.ts';
import { batchLimitProblems } from '../src/lib/ingest/limits.ts';
import { removeStaleTemps } from '../src/lib/ingest/stale-temp.ts';
import { crashMessage, outcomeLines, rejectionNote, summaryLine } from '../src/lib/ingest/messages.ts';
import { SLUG_PATTERN as ID } from '../src/lib/schema/slug.ts';

const HELP = `Nhận báo cáo (Word .docx hoặc Markdown .md/.mdx), kiểm tra như khi xây dựng trang, rồi đặt vào content/reviews/<đợt>/<đơn vị>.mdx.
Ingests reports (Word .docx or Markdown .md/.mdx), checks them exactly as the build does, and places them at content/reviews/<campaign>/<unit>.mdx.

Cách dùng / usage: npm run ingest -- <tệp|thư mục / file|folder>… [--unit <id>] [--campaign <id>] [--replace] [--dry-run]

  <thư mục / folder>   nhận mọi tệp trong thư mục (không vào thư mục con) / every file directly in the folder
  --unit <id>          mã đơn vị trong danh sách, khi tệp không ghi / the unit's roster id, when the file does not say (one file only)
  --campaign <id>      mã đợt sơ kết; mặc định là đợt duy nhất nếu chỉ có một / the campaign id; defaults to the only one
  --replace            thay báo cáo đã có; bản cũ được lưu trong .history / replace an existing report; the old one is kept in .history
  --dry-run            chỉ kiểm tra, không ghi gì / check only, write nothing
  -h, --help           hướng dẫn này / this help

Thông tin báo cáo (campaign, unit, form, heldOn, sentOn…) lấy từ phần đầu tệp giữa hai dòng "---", từ tệp đi kèm
<tệp>.yaml (ví dụ bao-cao.docx.yaml), hoặc từ --unit/--campaign.
A report's details come from its frontmatter, from a sidecar <file>.yaml (e.g. bao-cao.docx.yaml), or from the flags.

Không bao giờ ghi đè báo cáo đã có nếu không có --replace. Tệp bị từ chối ở nguyên chỗ cũ, kèm <tệp>.rejected.txt ghi lý do.
Never overwrites a report without --replace. A rejected file stays where it is, with <file>.rejected.txt giving the reason.

Mã thoát / exit codes: 0 tất cả hợp lệ / all accepted, 1 có tệp bị từ chối / some rejected, 2 dùng sai lệnh / usage error`;

const usage = (message: string): never => {
	console.error(`${message}\n(npm run ingest -- --help)`);
	process.exit(EXIT.usage);
};

const { values, positionals } = parseCli(
	process.argv.slice(2),
	{
		unit: { type: 'string' },
		campaign: { type: 'string' },
		replace: { type: 'boolean' },
		'dry-run': { type: 'boolean' },
	},
	HELP
);
if (positionals.length === 0) usage('Thiếu tệp hoặc thư mục cần nhận / no file or folder given');
for (const flag of ['unit', 'campaign'] as const) {
	const value = values[flag];
	if (value !== undefined && !ID.test(value))
		usage(
			`--${flag} "${value}" không hợp lệ: chỉ chữ thường a-z, số và dấu gạch nối / is not an id: lowercase a-z, digits and hyphens (e.g. xa-an-binh)`
		);
}

const root = process.cwd();
const dryRun = values['dry-run'] ?? false;
const inputs = await collectInputs(positionals, root);
if (inputs.missing.length) usage(`Không tìm thấy / not found: ${inputs.missing.join(', ')}`);
if (values.unit !== undefined && inputs.files.length > 1)
	usage(
		`--unit chỉ dùng cho một tệp, ở đây có ${inputs.files.length} tệp / --unit applies to one file, ${inputs.files.length} were given; use a sidecar <file>.yaml for each`
	);
const batch = batchLimitProblems(inputs.files.map((f) => ({ name: f.label, bytes: f.bytes })));
if (batch.length)
	usage(
		`Lần nhận quá lớn, không tệp nào được xử lý / the batch is too large, no file was processed:\n${batch.join('\n')}`
	);

const flags: MetadataSource[] = [];
const base = loadIngestContext(root);
if (values.campaign !== undefined) {
	if (!base.campaigns.some((c) => c.id === values.campaign))
		usage(
			`Không có đợt "${values.campaign}" / unknown campaign "${values.campaign}"; có / known: ${base.campaigns.map((c) => c.id).join(', ')}`
		);
	flags.push({ file: '--campaign', fields: { campaign: { value: values.campaign, line: 0, column: 0 } } });
} else if (base.campaigns.length === 1) {
	const only = base.campaigns[0]!.id;
	flags.push({
		file: labelOf(root, `${base.contentDir}/campaigns/${only}.yaml`),
		fields: { campaign: { value: only, line: 0, column: 0 } },
		fallback: true,
	});
}
if (values.unit !== undefined)
	flags.push({ file: '--unit', fields: { unit: { value: values.unit, line: 0, column: 0 } } });
const ctx = { ...base, flags, replace: values.replace ?? false, dryRun };
if (!dryRun) {
	const folders = [...new Set(inputs.files.map((f) => dirname(f.path)))];
	const stale = await removeStaleTemps(base.contentDir, folders);
	if (stale.length)
		console.log(
			`Đã xóa ${stale.length} tệp tạm của lần nhận bị dừng trước / removed ${stale.length} temporary file${stale.length === 1 ? '' : 's'} left by an interrupted ingest`
		);
}

for (const folder of inputs.skippedFolders)
	console.log(`Bỏ qua thư mục con / skipped subfolder: ${printable(folder, 300)}`);
if (inputs.files.length === 0) {
	console.log('Không có tệp nào để nhận / nothing to ingest');
	process.exit(EXIT.ok);
}
console.log(
	`Nhận ${inputs.files.length} tệp / ingesting ${inputs.files.length} file${inputs.files.length === 1 ? '' : 's'}${dryRun ? ' (chạy thử, không ghi gì / dry run, nothing is written)' : ''}`
);

const outcomes: Outcome[] = [];
for (const [i, input] of inputs.files.entries()) {
	const outcome = await ingestFile(input, ctx).catch((error: Error): Outcome => ({
		input: input.label,
		status: 'rejected',
		kind: 'unreadable',
		notes: [],
		problems: [problem(input.label, crashMessage(input.label, error))],
	}));
	outcomes.push(outcome);
	const lines = outcomeLines(outcome, i + 1, inputs.files.length);
	if (!dryRun && outcome.status === 'rejected') {
		const note = await writeRejectionNote(input.path, rejectionNote(outcome, new Date())).catch(() => null);
		lines.push(
			note
				? `    → lý do ghi tại / reason written to ${labelOf(root, note)}`
				: '    → không ghi được tệp lý do / could not write the reason file'
		);
	} else if (!dryRun) await removeRejectionNote(input.path);
	console.log(lines.join('\n'));
}
console.log(summaryLine(outcomes));
process.exit(outcomes.some((o) => o.status === 'rejected') ? EXIT.problems : EXIT.ok);
