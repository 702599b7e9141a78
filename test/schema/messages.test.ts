import { describe, expect, test } from 'vitest';
import { processReport } from '../../src/lib/report/process.ts';

// Every problem in a report's details reaches a clerk in Vietnamese first, naming the field as they know it.
const report = (details: string) => `---\ncampaign: thu\nunit: xa-a1\n${details}\n---\n\n# Kết quả\n\nChữ.\n`;
const problemsOf = (details: string) =>
	processReport(report(details), 'x.mdx').problems.filter((p) => !p.field.startsWith('section'));
const VIETNAMESE_FIRST = /^[^(]*[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/iu;

describe('zod issues in Vietnamese, by issue kind', () => {
	test.each([
		[
			'a missing field',
			'form: conference\nheldOn: 2021-04-28',
			'sentOn',
			/^thiếu “Ngày gửi báo cáo” \(sentOn\): hãy điền mục này/,
		],
		[
			'a value of the wrong type',
			'form: conference\nheldOn: 2021-04-28\nsentOn: 2021-04-29\nattendance: { total: "nhiều" }',
			'attendance.total',
			/^“Tổng số đại biểu” \(attendance\.total\) phải là một số, không phải "nhiều"/,
		],
		[
			'a form outside the list',
			'form: online\nheldOn: 2021-04-28\nsentOn: 2021-04-29',
			'form',
			/^“Hình thức sơ kết” \(form\) không nhận giá trị "online": hãy ghi “hội nghị” \(conference\) hoặc “bằng văn bản” \(written\)/,
		],
		[
			'a date that is no day',
			'form: conference\nheldOn: 30/2/2021\nsentOn: 2021-04-29',
			'heldOn',
			/^"30\/2\/2021" không phải một ngày đọc được; hãy viết ngày trước, tháng sau \(ngày\/tháng\/năm/,
		],
		[
			'a date given as a number',
			'form: conference\nheldOn: 2021\nsentOn: 2021-04-29',
			'heldOn',
			/^“Ngày tổ chức sơ kết” \(heldOn\) không đọc được giá trị "2021"/,
		],
		[
			'an unknown field',
			'form: conference\nheldOn: 2021-04-28\nsentOn: 2021-04-29\nngayGui: 1',
			'',
			/^không có mục nào tên "ngayGui" trong phần thông tin; kiểm tra lại chính tả/,
		],
		[
			'a negative figure',
			'form: conference\nheldOn: 2021-04-28\nsentOn: 2021-04-29\nfigures: { hoiNghi: -1 }',
			'figures.hoiNghi',
			/^“Số liệu chính” mục "hoiNghi" \(figures\.hoiNghi\) phải từ 0 trở lên/,
		],
		[
			'an empty award',
			'form: written\nheldOn: 2021-04-28\nsentOn: 2021-04-29\ncommendations: [{ recipientKind: tập thể, award: "", issuer: Huyện ủy, count: 1 }]',
			'commendations.0.award',
			/^“Hình thức khen thưởng” \(commendations\.0\.award\) đang để trống/,
		],
		[
			'attendance of a written review',
			'form: written\nheldOn: 2021-04-28\nsentOn: 2021-04-29\nattendance: { total: 5 }',
			'attendance',
			/^số đại biểu chỉ ghi khi sơ kết bằng hội nghị/,
		],
	])('%s', (_, details, field, message) => {
		const [problem] = problemsOf(details);
		expect(problem).toMatchObject({ field, severity: 'error' });
		expect(problem!.message).toMatch(message);
		expect(problem!.message).toMatch(VIETNAMESE_FIRST);
	});
});

describe("YAML errors in Vietnamese, by the parser's error code", () => {
	test.each([
		[
			'a colon inside a value',
			'form: conference\nsigner: T/M: Nguyễn Văn A',
			5,
			/^phần thông tin \(YAML\) không đọc được: dòng này không đọc được thành "tên: giá trị"; nếu giá trị có dấu hai chấm.*ngoặc kép.*\(YAML cannot be read: Nested mappings are not allowed/,
		],
		[
			'a key written twice',
			'form: conference\nform: written',
			5,
			/^phần thông tin \(YAML\) không đọc được: một mục được ghi hai lần; giữ một dòng, xóa dòng kia/,
		],
		['an unclosed bracket', 'form: conference\nfigures: [1, 2', 5, /^phần thông tin \(YAML\) không đọc được: /],
		[
			'too many aliases',
			`a: &a x\nb: [${Array(60).fill('*a').join(', ')}]`,
			2,
			/^YAML bị từ chối: có quá nhiều bí danh .*hãy viết thẳng các giá trị.*\(YAML refused: Excessive alias count/,
		],
	])('%s', (_, details, line, message) => {
		const problem = processReport(report(details), 'x.mdx').problems.find((p) => p.severity === 'error')!;
		expect(problem.line).toBe(line);
		expect(problem.message).toMatch(message);
		expect(problem.message).toMatch(VIETNAMESE_FIRST);
	});
});
