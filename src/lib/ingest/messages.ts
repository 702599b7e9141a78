// What ingest tells people, in Vietnamese first and English second: clerks act on the first, developers read both.
import { formatProblem } from '../content/problem.ts';
import { printable } from '../text/printable.ts';
import type { Outcome, RejectionKind } from './ingest.ts';

export const KIND_TEXT: Record<RejectionKind, { vi: string; en: string }> = {
	invalid: {
		vi: 'báo cáo có lỗi; sửa các lỗi dưới đây rồi chạy lại',
		en: 'the report has errors; fix them and run again',
	},
	exists: {
		vi: 'đơn vị đã có báo cáo, bản đó được giữ nguyên; muốn thay thì chạy lại với --replace (bản cũ được lưu lại)',
		en: 'the unit already has a report, left unchanged; to replace it run again with --replace (the old one is kept)',
	},
	duplicate: {
		vi: 'một tệp khác trong lần nhận này cũng là báo cáo của đơn vị này; chỉ giữ một tệp',
		en: "another file in this batch is the same unit's report; keep one",
	},
	unsafe: {
		vi: 'tệp là liên kết (symlink) hoặc nằm ở chỗ không an toàn; hãy chép tệp thật vào',
		en: 'the file is a link or in an unsafe place; copy the real file',
	},
	unsupported: {
		vi: 'chỉ nhận tệp Word (.docx) hoặc Markdown (.md, .mdx)',
		en: 'only Word (.docx) and Markdown (.md, .mdx) files are accepted',
	},
	'too-large': {
		vi: 'tệp quá lớn; bỏ ảnh hoặc chia nhỏ tệp',
		en: 'the file is too large; remove pictures or split it',
	},
	unreadable: {
		vi: 'không đọc được tệp; mở bằng Word và lưu lại dạng .docx',
		en: 'the file cannot be read; open it in Word and save it as .docx',
	},
	'legacy-encoding': {
		vi: 'văn bản gõ bằng bảng mã cũ (TCVN3/ABC, VNI); chuyển sang Unicode rồi gửi lại',
		en: 'the text is in an old encoding (TCVN3/ABC, VNI); convert it to Unicode and send it again',
	},
	content: {
		vi: 'kế hoạch hoặc danh sách đơn vị đang có lỗi; báo người quản trị sửa trước',
		en: 'the campaign or the roster has errors; they must be fixed first',
	},
};

const STATUS_TEXT: Record<Exclude<Outcome['status'], 'rejected'>, string> = {
	placed: 'đã nhận / placed',
	replaced: 'đã thay / replaced',
	unchanged: 'đã có, không đổi / already published, unchanged',
	checked: 'hợp lệ (chạy thử, chưa ghi) / valid (dry run, nothing written)',
};

const indent = (line: string) => `    ${line}`;

/** The lines printed for one file: its outcome, then its problems and notes, indented. */
export function outcomeLines(o: Outcome, index: number, total: number): string[] {
	const counter = `[${index}/${total}]`;
	const details = [...o.problems.map(formatProblem), ...o.notes.map((n) => `- ${printable(n)}`)].map(indent);
	if (o.status === 'rejected') {
		const kind = KIND_TEXT[o.kind ?? 'invalid'];
		return [`${counter} ✗ ${printable(o.input, 300)}  bị từ chối / rejected: ${kind.vi} / ${kind.en}`, ...details];
	}
	const status =
		o.status === 'checked' && o.wouldReplace
			? `${STATUS_TEXT.checked}; sẽ thay bản đang có / would replace the existing one`
			: STATUS_TEXT[o.status];
	const previous = o.previous ? `; bản cũ lưu tại / previous kept at ${o.previous}` : '';
	return [
		`${counter} ${o.status === 'unchanged' ? '=' : '✓'} ${printable(o.input, 300)} → ${printable(o.target ?? '', 300)}  ${status}${previous}`,
		...details,
	];
}

/** Counts per outcome, for the last line of a run. */
export function summaryLine(outcomes: readonly Outcome[]): string {
	const count = (status: Outcome['status']) => outcomes.filter((o) => o.status === status).length;
	const accepted = count('placed') + count('replaced');
	const parts = [
		[accepted, 'đã nhận', 'placed'],
		[count('unchanged'), 'không đổi', 'unchanged'],
		[count('checked'), 'hợp lệ (chạy thử)', 'valid (dry run)'],
		[count('rejected'), 'bị từ chối', 'rejected'],
	].filter(([n]) => n) as [number, string, string][];
	if (parts.length === 0) return 'Không có tệp nào / no files';
	return `Xong / done: ${parts.map(([n, vi]) => `${n} ${vi}`).join(', ')} / ${parts.map(([n, , en]) => `${n} ${en}`).join(', ')}`;
}

/** The text of `<file>.rejected.txt`: why the file was refused and what to do, readable without the command line. */
export function rejectionNote(o: Outcome, now: Date): string {
	const kind = KIND_TEXT[o.kind ?? 'invalid'];
	const lines = [
		`BÁO CÁO BỊ TỪ CHỐI / REPORT REJECTED: ${o.input}`,
		`Thời điểm / time: ${now.toISOString()}`,
		'',
		`Lý do: ${kind.vi}.`,
		`Reason: ${kind.en}.`,
		'',
		'Lỗi (tệp:dòng:cột  trường  nội dung) / problems (file:line:column  field  message):',
		...o.problems.map(formatProblem),
		...(o.notes.length ? ['', 'Ghi chú / notes:', ...o.notes.map((n) => `- ${n}`)] : []),
		'',
		'Tệp gốc vẫn ở nguyên chỗ cũ. Sửa tệp rồi chạy lại lệnh nhận báo cáo; ghi chú này sẽ tự xóa khi báo cáo được nhận.',
		'The file was left where it is. Fix it and run ingest again; this note is removed once the report is accepted.',
	];
	if (o.converted !== undefined) {
		lines.push(
			'',
			'Văn bản chuyển từ Word (số dòng như trong các lỗi trên) / text converted from Word (line numbers as in the problems above):',
			''
		);
		lines.push(...o.converted.split('\n').map((line, i) => `${String(i + 1).padStart(4)} | ${line}`));
	}
	return `${lines.join('\n')}\n`;
}

/** What a person reads when checking one file failed unexpectedly: the file, that nothing was stored, and whom to send it to. */
export function crashMessage(file: string, error: unknown): string {
	const reason = printable(String((error as Error)?.message ?? error), 200);
	return `lỗi không lường trước khi đọc tệp ${printable(file, 200)}; tệp chưa được nhận, không có gì bị ghi. Hãy gửi tệp này cho văn phòng theo dõi (người quản trị trang) để xử lý (unexpected error: ${reason})`;
}
