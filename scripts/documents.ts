#!/usr/bin/env node
// Writes the monitoring office's Word documents of every campaign: the synthesis report draft and the urging letters.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EXIT, parseCli } from '../src/lib/cli/args.ts';
import { AS_OF_VARIABLE, asOfFromEnv, campaignMoment } from '../src/lib/content/as-of.ts';
import { loadContent } from '../src/lib/content/load.ts';
import { errorsOf } from '../src/lib/content/problem.ts';
import { campaignFigures } from '../src/lib/synthesis/campaign-figures.ts';
import { officeDocuments } from '../src/lib/documents/documents.ts';
import { formatVietnameseDate, parseCalendarDate } from '../src/lib/schema/calendar-date.ts';

const HELP = `Soạn văn bản của cơ quan theo dõi (Word, thể thức văn bản của Đảng): dự thảo báo cáo tổng hợp kết quả
sơ kết và công văn đôn đốc các đơn vị quá hạn, từ đúng số liệu của trang.

Cách dùng: npm run documents -- [--as-of NGÀY] [--reply-by NGÀY] [--out THƯ MỤC]

  --as-of     số liệu tính đến ngày này; cũng là ngày ghi trên văn bản (mặc định: hôm nay)
  --reply-by  hạn gửi báo cáo ghi trong công văn đôn đốc (mặc định: ngày văn bản cộng office.replyWithinDays)
  --out       thư mục ghi tệp .docx (mặc định: van-ban); mỗi đợt sơ kết một thư mục con

Ngày viết YYYY-MM-DD hoặc D/M/YYYY, ví dụ 2021-05-20 hoặc 20/5/2021.
Cơ quan ban hành, ký hiệu, địa danh, người ký và nơi nhận lấy từ khối office: của tệp kế hoạch
(content/campaigns/<đợt>.yaml); xem docs/party-documents.md.
Mã thoát: 0 xong, 1 nội dung có lỗi hoặc thiếu khối office:, 2 dùng sai lệnh.`;

const { values } = parseCli(
	process.argv.slice(2),
	{ 'as-of': { type: 'string' }, 'reply-by': { type: 'string' }, out: { type: 'string' } },
	HELP
);
const dateOption = (name: 'as-of' | 'reply-by') => {
	const text = values[name];
	if (text === undefined) return undefined;
	const date = parseCalendarDate(text);
	if (!date) {
		console.error(
			`--${name} "${text}" không phải một ngày có thật; hãy viết YYYY-MM-DD hoặc D/M/YYYY, ví dụ 2021-05-20.`
		);
		process.exit(EXIT.usage);
	}
	return date;
};
const asOf = dateOption('as-of');
if (!asOf) {
	// An AS_OF that is not a date stops here with its message, not with a stack trace half-way through the documents.
	try {
		asOfFromEnv('UTC');
	} catch (error) {
		console.error(`✗ ${(error as Error).message}`);
		process.exit(EXIT.usage);
	}
}
const replyBy = dateOption('reply-by');
if (asOf && replyBy && replyBy <= asOf) {
	console.error(`--reply-by (${replyBy}) phải sau ngày văn bản (${asOf}).`);
	process.exit(EXIT.usage);
}
const out = resolve(values.out ?? 'van-ban');

console.log('Đọc kế hoạch, danh sách đơn vị và báo cáo…');
let shown = 0;
const content = loadContent({
	root: process.cwd(),
	onProgress: (done, total) => {
		// A line every tenth of the way: enough to see it move, few enough to read.
		if (done === total || done - shown >= Math.max(1, Math.ceil(total / 10)))
			console.log(`  đã đọc ${(shown = done)}/${total} báo cáo`);
	},
});
const errors = errorsOf(content.problems).length;
if (errors > 0) {
	console.error(`✗ Nội dung có ${errors} lỗi nên chưa soạn văn bản; chạy npm run validate để xem và sửa.`);
	process.exit(EXIT.problems);
}

let written = 0;
let missingOffice = 0;
for (const campaign of content.campaigns) {
	if (!campaign.office) {
		missingOffice++;
		console.error(
			`✗ ${campaign.id}: tệp content/campaigns/${campaign.id}.yaml chưa có khối office: (cơ quan ban hành, người ký, nơi nhận) nên không soạn được văn bản; xem docs/party-documents.md.`
		);
		continue;
	}
	// --as-of overrides like AS_OF; else today, but never past the campaign's closing day, as the site does.
	const moment = campaignMoment(campaign, asOf ? { ...process.env, [AS_OF_VARIABLE]: asOf } : process.env);
	const day = moment.asOf;
	// A campaign whose plan was not yet issued on that day has nothing to report or urge.
	if (day < campaign.plan.date) {
		console.log(
			`${campaign.title}: kế hoạch ban hành ${formatVietnameseDate(campaign.plan.date)}, sau ngày ${formatVietnameseDate(day)}: không có văn bản.`
		);
		continue;
	}
	const documents = officeDocuments(campaignFigures(campaign, content.units, content.reviews, moment), { replyBy });
	const folder = join(out, campaign.id);
	mkdirSync(folder, { recursive: true });
	console.log(`${campaign.title}: số liệu tính đến ${formatVietnameseDate(day)}, ${documents.length} văn bản`);
	for (const [i, doc] of documents.entries()) {
		const file = join(folder, `${doc.name}.docx`);
		writeFileSync(file, await doc.bytes());
		written++;
		console.log(`  [${i + 1}/${documents.length}] ✓ ${doc.title}: ${file}`);
	}
	if (!documents.some((d) => d.kind === 'urging'))
		console.log('  Không có đơn vị nào quá hạn mà chưa gửi báo cáo: không cần công văn đôn đốc.');
}
console.log(written ? `✓ Đã ghi ${written} tệp Word vào ${out}` : 'Không có văn bản nào được soạn.');
process.exit(missingOffice ? EXIT.problems : EXIT.ok);
