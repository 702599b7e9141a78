import { expect, test } from 'vitest';
import { crashMessage } from '../../src/lib/ingest/messages.ts';

test('an unexpected failure names the file, says nothing was stored and whom to send it to, in Vietnamese first, never with a stack', () => {
	const error = new TypeError("Cannot read properties of undefined (reading 'x')\n    at f (/src/lib/a.ts:1:1)");
	const message = crashMessage('inbox/bao-cao\nxã.docx', error);
	expect(message).toMatch(
		/^lỗi không lường trước khi đọc tệp inbox\/bao-cao\\u\{a\}xã\.docx; tệp chưa được nhận, không có gì bị ghi\. Hãy gửi tệp này cho văn phòng theo dõi/
	);
	expect(message).not.toContain('\n');
	expect(message).toContain('(unexpected error: Cannot read properties of undefined');
});
