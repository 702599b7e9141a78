// The Vietnamese "section missing" message: what was found, what each heading could be, and how to fix it.
import type { SectionKey } from '../model.ts';
import { canonicalHeading } from './section-catalog.ts';
import type { FoundHeading } from './section-headings.ts';

const describe = (h: FoundHeading): string =>
	h.key
		? `dòng ${h.line} "${h.text}" (đã nhận là phần "${canonicalHeading(h.key)}")`
		: `dòng ${h.line} "${h.text}" (chưa nhận ra${h.guess ? `; có thể là phần "${canonicalHeading(h.guess)}"` : ''})`;

/**
 * "Thiếu phần bắt buộc …": lists every heading found with the section it was read as or could be, then the two
 * ways to fix it (rename the heading, or name it in the details), English after.
 */
export function missingSectionMessage(key: SectionKey, found: readonly FoundHeading[]): string {
	const heading = canonicalHeading(key);
	const candidates = found.filter((h) => h.guess === key);
	const listed = found.length
		? `Các đề mục tìm thấy: ${found.map(describe).join('; ')}.`
		: 'Báo cáo không có đề mục nào.';
	const hint = candidates[0]
		? ` Nếu đề mục "${candidates[0].text}" là phần này, ghi vào phần thông tin đầu báo cáo: sections: { ${key}: "${candidates[0].text.replace(/["\\]/g, '')}" }.`
		: ` Nếu báo cáo đặt tên khác cho phần này, ghi vào phần thông tin đầu báo cáo: sections: { ${key}: "<đề mục trong báo cáo>" }.`;
	return (
		`Thiếu phần bắt buộc "${heading}": không tìm thấy đề mục nào cho phần này. ${listed} ` +
		`Hãy thêm hoặc đổi một đề mục thành "${heading}" (số thứ tự, chữ hoa không quan trọng).${hint} ` +
		`(the required section "${heading}" is missing)`
	);
}
