import { expect, test } from 'vitest';
import { contactParts } from '../../src/lib/text/phone.ts';

test('a phone number inside a contact becomes a number to dial; the rest stays text', () => {
	expect(contactParts('Văn phòng Tỉnh ủy, ĐT 0239 3855 100')).toEqual([
		{ text: 'Văn phòng Tỉnh ủy, ĐT ' },
		{ text: '0239 3855 100', tel: '02393855100' },
	]);
	expect(contactParts('ĐT 0912.345.678 hoặc +84 239 3855 101.')).toEqual([
		{ text: 'ĐT ' },
		{ text: '0912.345.678', tel: '0912345678' },
		{ text: ' hoặc ' },
		{ text: '+84 239 3855 101', tel: '+842393855101' },
		{ text: '.' },
	]);
});

test('dates, document numbers and short numbers are not phone numbers', () => {
	for (const text of ['Số 15-KH/TU ngày 06/4/2021', 'Phòng 204, tầng 3', 'Năm 2021'])
		expect(contactParts(text)).toEqual([{ text }]);
});
