// zod's messages in Vietnamese first, saying what to write: one error map, by issue kind, for every schema a person fills.
import type { z } from 'astro/zod';
import { formLabel, recipientLabel, reviewFieldLabel } from '../labels.ts';
import { excerpt } from '../text/printable.ts';

// A value a schema accepts, as a clerk writes it ("hội nghị", not "conference").
const spokenValue: Readonly<Record<string, string>> = {
	conference: formLabel.conference.toLocaleLowerCase('vi'),
	written: formLabel.written.toLocaleLowerCase('vi'),
	collective: recipientLabel.collective.toLocaleLowerCase('vi'),
	individual: recipientLabel.individual.toLocaleLowerCase('vi'),
};
const kindOf: Readonly<Record<string, string>> = {
	string: 'chữ',
	number: 'một số',
	int: 'một số nguyên',
	boolean: 'có/không (true/false)',
	object: 'một nhóm thông tin (tên: giá trị)',
	array: 'một danh sách (mỗi dòng bắt đầu bằng "- ")',
	date: 'một ngày',
	record: 'một nhóm thông tin (tên: giá trị)',
};

/** "Ngày tổ chức sơ kết (heldOn)": the label a clerk knows, then the key written in the file. */
export function fieldName(path: readonly PropertyKey[] | undefined): string {
	const keys = (path ?? []).filter((k) => typeof k === 'string') as string[];
	const dotted = (path ?? []).map(String).join('.');
	// A figure's key is the campaign's own name for it: "Số liệu chính", mục "dialogueConferences".
	if (keys[0] === 'figures' && keys.length > 1)
		return `“${reviewFieldLabel.figures}” mục "${excerpt(keys[1]!)}" (${dotted})`;
	const key = keys.at(-1);
	if (key === undefined) return 'phần thông tin';
	const label = reviewFieldLabel[key];
	return label ? `“${label}” (${dotted})` : `“${dotted}”`;
}

const describe = (value: unknown): { vi: string; en: string } =>
	value === null
		? { vi: 'để trống', en: 'empty' }
		: Array.isArray(value)
			? { vi: 'một danh sách', en: 'a list' }
			: typeof value === 'object'
				? { vi: 'một nhóm thông tin', en: 'a mapping' }
				: { vi: `"${excerpt(String(value))}"`, en: `${typeof value} ${excerpt(JSON.stringify(value) ?? '')}` };

/**
 * The Vietnamese error map, passed to `safeParse(…, { error })`: messages a schema writes itself (refinements, dates,
 * ids) are already Vietnamese first and win over it. English follows in parentheses for developers.
 */
export const vietnameseErrorMap = (issue: z.core.$ZodRawIssue): string | undefined => {
	const name = fieldName(issue.path);
	const missing = issue.input === undefined;
	switch (issue.code) {
		case 'invalid_type': {
			if (missing) return `thiếu ${name}: hãy điền mục này (is required (expected ${issue.expected}))`;
			const got = describe(issue.input);
			return `${name} phải là ${kindOf[issue.expected] ?? issue.expected}, không phải ${got.vi}; hãy sửa lại (should be ${issue.expected}, not ${got.en})`;
		}
		case 'invalid_value': {
			const values = issue.values.map((v) => String(v));
			const spoken = values.map((v) => (spokenValue[v] ? `“${spokenValue[v]}” (${v})` : `“${v}”`)).join(' hoặc ');
			const en = `${missing ? 'is required' : 'value not allowed'}; use one of: ${values.join(', ')}`;
			return missing
				? `thiếu ${name}: hãy ghi ${spoken} (${en})`
				: `${name} không nhận giá trị "${excerpt(String(issue.input))}": hãy ghi ${spoken} (${en})`;
		}
		case 'invalid_union':
			// A date may be text or a YAML date, so a missing or mistyped date fails as a union, not as a type.
			if (missing || issue.input === null) return `thiếu ${name}: hãy điền mục này (is required)`;
			return `${name} không đọc được giá trị ${describe(issue.input).vi}; hãy viết lại, ví dụ ngày viết 27/4/2021 (invalid value)`;
		case 'unrecognized_keys': {
			const keys = issue.keys.map((k) => `"${excerpt(k)}"`).join(', ');
			return `không có mục nào tên ${keys} trong phần thông tin; kiểm tra lại chính tả hoặc bỏ dòng đó (unknown field${issue.keys.length > 1 ? 's' : ''} ${keys}; check the spelling against the documented fields)`;
		}
		case 'too_small':
			if (issue.origin === 'string') return `${name} đang để trống; hãy điền hoặc bỏ dòng này (must not be empty)`;
			if (issue.origin === 'array')
				return `${name} cần ít nhất ${issue.minimum} dòng (needs at least ${issue.minimum} item${Number(issue.minimum) === 1 ? '' : 's'})`;
			return `${name} phải từ ${issue.minimum} trở lên, không được là ${describe(issue.input).vi} (must be at least ${issue.minimum})`;
		case 'too_big':
			if (issue.origin === 'string')
				return `${name} quá dài: tối đa ${issue.maximum} ký tự; hãy viết ngắn lại (at most ${issue.maximum} characters)`;
			return `${name} quá nhiều: tối đa ${issue.maximum} (at most ${issue.maximum})`;
		case 'invalid_format':
			return `${name} viết chưa đúng dạng; hãy sửa lại (invalid format: ${issue.format})`;
		case 'invalid_key':
			return `tên mục ${describe(issue.input).vi} trong ${name} không dùng được (invalid key)`;
		case 'not_multiple_of':
			return `${name} phải là bội số của ${issue.divisor} (must be a multiple of ${issue.divisor})`;
		default:
			return `${name} không hợp lệ; hãy sửa lại (invalid value)`;
	}
};
