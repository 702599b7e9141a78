// The rows of the Word template's details table: one list read by the template, by ingest and by the send page.

/** A report detail a clerk fills in the template's table (labels in Vietnamese; keys are the report's frontmatter). */
export interface DetailRow {
	key: 'campaign' | 'unit' | 'documentNumber' | 'form' | 'heldOn' | 'sentOn' | 'attendance' | 'signer';
	label: string;
	/** Shown in the template's cell, in grey, as an example of what to write. */
	hint: string;
}

/** The header cell that marks the details table, so no other table of a report is mistaken for it. */
export const DETAILS_TITLE = 'Thông tin báo cáo';
export const DETAILS_VALUE_TITLE = 'Nội dung';

export const DETAIL_ROWS: readonly DetailRow[] = [
	// The template is made for one campaign and says which, so a filled one is placed with no flag when there are several.
	{ key: 'campaign', label: 'Đợt sơ kết', hint: 'tên đợt sơ kết, điền sẵn trong mẫu (không sửa)' },
	{ key: 'unit', label: 'Đơn vị', hint: 'tên đơn vị như trong danh sách, ví dụ Đảng ủy xã An Bình' },
	{ key: 'documentNumber', label: 'Số văn bản', hint: 'ví dụ 12-BC/ĐU (bỏ trống nếu không có số)' },
	{ key: 'form', label: 'Hình thức sơ kết', hint: 'hội nghị hoặc bằng văn bản' },
	{ key: 'heldOn', label: 'Ngày tổ chức sơ kết', hint: 'ngày/tháng/năm, ví dụ 27/4/2021' },
	{ key: 'sentOn', label: 'Ngày gửi báo cáo', hint: 'ngày/tháng/năm, ví dụ 29/4/2021' },
	{ key: 'attendance', label: 'Số đại biểu dự hội nghị', hint: 'một số, ví dụ 85 (bỏ trống nếu sơ kết bằng văn bản)' },
	{ key: 'signer', label: 'Người ký', hint: 'ví dụ T/M BAN THƯỜNG VỤ, BÍ THƯ Nguyễn Văn A' },
];

/** The one-line hint under each heading of the template, by section; read back so a hint left in is never published. */
export const SECTION_HINTS: Readonly<Record<string, string>> = {
	leadership:
		'Gợi ý: cấp ủy đã quán triệt, ban hành văn bản, kiểm tra, giám sát việc thực hiện như thế nào (xóa dòng gợi ý này khi viết).',
	results:
		'Gợi ý: kết quả thực hiện dân chủ ở cơ sở theo từng loại hình, kèm số liệu chính (xóa dòng gợi ý này khi viết).',
	assessment: 'Gợi ý: đánh giá chung về ưu điểm, hạn chế và nguyên nhân (xóa dòng gợi ý này khi viết).',
	achievements: 'Gợi ý: những mặt làm được, kết quả nổi bật (xóa dòng gợi ý này khi viết).',
	limitations: 'Gợi ý: những mặt còn hạn chế, yếu kém (xóa dòng gợi ý này khi viết).',
	causes: 'Gợi ý: nguyên nhân của hạn chế, khách quan và chủ quan (xóa dòng gợi ý này khi viết).',
	lessons:
		'Gợi ý: mỗi bài học một dòng đánh số hoặc gạch đầu dòng, hoặc viết "Một là…, Hai là…" (xóa dòng gợi ý này khi viết).',
	directions: 'Gợi ý: phương hướng, nhiệm vụ, giải pháp thời gian tới (xóa dòng gợi ý này khi viết).',
};
