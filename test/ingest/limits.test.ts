import { describe, expect, test } from 'vitest';
import { MAX_BATCH_BYTES, MAX_BATCH_FILES, MAX_REPORT_BYTES, withinLimits } from '../../src/lib/ingest/limits.ts';

const files = (count: number, bytes: number) =>
	Array.from({ length: count }, (_, i) => ({ name: `bao-cao-${i + 1}.docx`, bytes }));

describe('withinLimits', () => {
	test('the limits are the agreed ones', () => {
		expect([MAX_REPORT_BYTES, MAX_BATCH_FILES, MAX_BATCH_BYTES]).toEqual([1_000_000, 500, 50_000_000]);
	});

	test('a batch exactly at every limit passes', () => {
		expect(withinLimits(files(50, MAX_REPORT_BYTES))).toEqual({ ok: true, problems: [] });
		expect(withinLimits(files(MAX_BATCH_FILES, 1000))).toEqual({ ok: true, problems: [] });
		expect(withinLimits([])).toEqual({ ok: true, problems: [] });
	});

	test('names the file that is too large', () => {
		expect(
			withinLimits([
				{ name: 'xa-an-binh.docx', bytes: 1_234_567 },
				{ name: 'ok.docx', bytes: 10 },
			])
		).toEqual({
			ok: false,
			problems: [
				'xa-an-binh.docx nặng 1.2 MB, một báo cáo tối đa 1 MB; hãy xóa ảnh trong tệp rồi lưu lại (xa-an-binh.docx is 1.2 MB (1,234,567 bytes); a report may be at most 1 MB (1,000,000 bytes). Remove pictures or split the file.)',
			],
		});
	});

	test('refuses too many files', () => {
		expect(withinLimits(files(MAX_BATCH_FILES + 1, 10)).problems).toEqual([
			'lần nhận này có 501 tệp, tối đa 500; hãy chia thành nhiều lần (the batch has 501 files; at most 500 can be ingested at once. Split it into smaller batches.)',
		]);
	});

	test('refuses a batch that is too large in total', () => {
		expect(withinLimits(files(51, MAX_REPORT_BYTES)).problems).toEqual([
			'lần nhận này nặng 51 MB, tối đa 50 MB; hãy chia thành nhiều lần (the batch is 51 MB (51,000,000 bytes); at most 50 MB (50,000,000 bytes) can be ingested at once. Split it into smaller batches.)',
		]);
	});
});
