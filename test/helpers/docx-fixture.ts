import {
	AlignmentType,
	Document,
	HeadingLevel,
	ImageRun,
	LevelFormat,
	Packer,
	Paragraph,
	Table,
	TableCell,
	TableRow,
	TextRun,
} from 'docx';

/** Builds a real .docx in memory: the shapes a commune's Word report has (headings, lists, a table). */
export async function buildReportDocx(options: { withImage?: boolean } = {}): Promise<Buffer> {
	const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
	const doc = new Document({
		numbering: {
			config: [
				{
					reference: 'so-thu-tu',
					levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }],
				},
			],
		},
		sections: [
			{
				children: [
					new Paragraph({ text: 'BÁO CÁO SƠ KẾT', heading: HeadingLevel.TITLE }),
					new Paragraph({ text: 'I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO', heading: HeadingLevel.HEADING_1 }),
					new Paragraph({ children: [new TextRun({ text: 'Ưu điểm nổi bật', bold: true })] }),
					new Paragraph('Ban Thường vụ Đảng ủy đã ban hành kế hoạch.'),
					new Paragraph({ text: '4. Bài học kinh nghiệm', heading: HeadingLevel.HEADING_2 }),
					new Paragraph({
						text: 'Một là, phát huy vai trò của nhân dân.',
						numbering: { reference: 'so-thu-tu', level: 0 },
					}),
					new Paragraph({ text: 'Hai là, công khai, minh bạch.', numbering: { reference: 'so-thu-tu', level: 0 } }),
					new Paragraph({ text: 'Dân biết, dân bàn', bullet: { level: 0 } }),
					new Paragraph({ text: 'Dân làm, dân kiểm tra', bullet: { level: 0 } }),
					new Paragraph({ text: 'Số liệu', heading: HeadingLevel.HEADING_3 }),
					new Table({
						rows: [
							new TableRow({ children: [cell('Nội dung'), cell('Số lượng'), cell('Ghi chú')] }),
							new TableRow({ children: [cell('Hội nghị đối thoại'), cell('12'), cell('Tăng 20%')] }),
							new TableRow({ children: [cell('Lượt người dự'), cell('1.481'), cell('Đạt')] }),
						],
					}),
					new Paragraph('Biểu thức {x} và a < b > c không phải là mã.'),
					...(options.withImage
						? [
								new Paragraph({
									children: [new ImageRun({ type: 'png', data: PNG_1X1, transformation: { width: 1, height: 1 } })],
								}),
							]
						: []),
				],
			},
		],
	});
	return Packer.toBuffer(doc);
}

// The smallest valid PNG (1×1 pixel), so the image test does not need a binary fixture.
const PNG_1X1 = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
	'base64'
);

/** A whole commune report in Word, every required section present: what a unit sends to the office's inbox. */
export async function buildFullReportDocx(): Promise<Buffer> {
	const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
	const h1 = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_1 });
	const h2 = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_2 });
	const numbered = (text: string) => new Paragraph({ text, numbering: { reference: 'bai-hoc', level: 0 } });
	const doc = new Document({
		numbering: {
			config: [
				{
					reference: 'bai-hoc',
					levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }],
				},
			],
		},
		sections: [
			{
				children: [
					new Paragraph({ text: 'BÁO CÁO SƠ KẾT 05 NĂM THỰC HIỆN KẾT LUẬN SỐ 120-KL/TW', heading: HeadingLevel.TITLE }),
					h1('I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO'),
					new Paragraph('Đảng ủy xã ban hành kế hoạch, tổ chức quán triệt cho cán bộ, đảng viên.'),
					h1('II. KẾT QUẢ THỰC HIỆN'),
					new Table({
						rows: [
							new TableRow({ children: [cell('Nội dung'), cell('Số lượng')] }),
							new TableRow({ children: [cell('Hội nghị đối thoại'), cell('12')] }),
							new TableRow({ children: [cell('Lượt công dân được tiếp'), cell('1.481')] }),
						],
					}),
					h1('III. ĐÁNH GIÁ CHUNG'),
					h2('1. Ưu điểm'),
					new Paragraph('Nhận thức của cán bộ, đảng viên được nâng lên.'),
					h2('2. Hạn chế'),
					new Paragraph('Một số thôn còn hình thức.'),
					h2('3. Nguyên nhân'),
					new Paragraph('Cấp ủy chưa sâu sát.'),
					h1('IV. BÀI HỌC KINH NGHIỆM'),
					numbered('Phát huy vai trò của người đứng đầu cấp ủy.'),
					numbered('Công khai, minh bạch để nhân dân biết, nhân dân bàn.'),
					h1('V. PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP'),
					new Paragraph({ text: 'Tiếp tục đối thoại với nhân dân', bullet: { level: 0 } }),
					new Paragraph({ text: 'Kiện toàn Ban Thanh tra nhân dân', bullet: { level: 0 } }),
				],
			},
		],
	});
	return Packer.toBuffer(doc);
}

/**
 * A commune report as offices type it in Word: the Party header as a two-column table (superior and issuing body,
 * "*", number | "ĐẢNG CỘNG SẢN VIỆT NAM", place and date), "BÁO CÁO" with its summary and a separator line, then
 * every section heading as a bold paragraph, not a Word heading style.
 */
export async function buildPartyReportDocx(options: { issuer?: string } = {}): Promise<Buffer> {
	const lines = (...texts: string[]) =>
		texts.map(
			(text) =>
				new Paragraph({
					alignment: AlignmentType.CENTER,
					children: [new TextRun({ text, bold: text === text.toLocaleUpperCase('vi') })],
				})
		);
	const bold = (text: string) => new Paragraph({ children: [new TextRun({ text, bold: true })] });
	const numbered = (text: string) => new Paragraph({ text, numbering: { reference: 'bai-hoc', level: 0 } });
	const header = new Table({
		rows: [
			new TableRow({
				children: [
					new TableCell({
						children: lines('ĐẢNG BỘ HUYỆN THẠCH LỘC', options.issuer ?? 'ĐẢNG UỶ XÃ AN BÌNH', '*', 'Số 12-BC/ĐU'),
					}),
					new TableCell({ children: lines('ĐẢNG CỘNG SẢN VIỆT NAM', 'Hòa Bình, ngày 28 tháng 4 năm 2021') }),
				],
			}),
		],
	});
	const doc = new Document({
		numbering: {
			config: [
				{
					reference: 'bai-hoc',
					levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }],
				},
			],
		},
		sections: [
			{
				children: [
					header,
					...lines('BÁO CÁO', 'Kết quả sơ kết 05 năm thực hiện Kết luận số 120-KL/TW'),
					...lines('-----'),
					new Paragraph('Thực hiện Kế hoạch của Ban Thường vụ Huyện ủy, Đảng ủy xã báo cáo như sau:'),
					bold('I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO'),
					new Paragraph('Đảng ủy xã ban hành kế hoạch, tổ chức quán triệt cho cán bộ, đảng viên.'),
					bold('II. KẾT QUẢ THỰC HIỆN'),
					new Paragraph('Tổ chức 12 hội nghị đối thoại với nhân dân.'),
					bold('III. ĐÁNH GIÁ CHUNG'),
					bold('1. Ưu điểm'),
					new Paragraph('Nhận thức của cán bộ, đảng viên được nâng lên.'),
					bold('2. Hạn chế'),
					new Paragraph('Một số thôn còn hình thức.'),
					bold('3. Nguyên nhân'),
					new Paragraph('Cấp ủy chưa sâu sát.'),
					bold('IV. BÀI HỌC KINH NGHIỆM'),
					numbered('Phát huy vai trò của người đứng đầu cấp ủy.'),
					numbered('Công khai, minh bạch để nhân dân biết, nhân dân bàn.'),
					bold('V. PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP'),
					new Paragraph('Tiếp tục đối thoại với nhân dân.'),
				],
			},
		],
	});
	return Packer.toBuffer(doc);
}
