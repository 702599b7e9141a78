// The YAML parser's errors in Vietnamese first, by the parser's own error code, saying what to change in the line.
import type { ErrorCode } from 'yaml';
import { excerpt } from '../text/printable.ts';

const QUOTE_IT = 'nếu giá trị có dấu hai chấm, dấu # hay ký tự đặc biệt, hãy đặt cả giá trị trong ngoặc kép "…"';

const BY_CODE: Readonly<Record<ErrorCode, string>> = {
  DUPLICATE_KEY: 'một mục được ghi hai lần; giữ một dòng, xóa dòng kia',
  BAD_INDENT: 'dòng thụt lề không đúng; các mục cùng cấp phải thẳng hàng, mục con thụt vào đều nhau bằng dấu cách',
  TAB_AS_INDENT: 'dòng thụt lề bằng phím Tab; hãy thụt lề bằng dấu cách',
  BLOCK_AS_IMPLICIT_KEY: `dòng này không đọc được thành "tên: giá trị"; ${QUOTE_IT}`,
  MULTILINE_IMPLICIT_KEY: `tên mục bị xuống dòng; viết "tên: giá trị" trên một dòng, ${QUOTE_IT}`,
  UNEXPECTED_TOKEN: `có ký tự không đúng chỗ; ${QUOTE_IT}`,
  BAD_SCALAR_START: `giá trị bắt đầu bằng ký tự đặc biệt; ${QUOTE_IT}`,
  MISSING_CHAR: 'thiếu dấu đóng (ngoặc kép, ngoặc vuông hoặc ngoặc nhọn); thêm dấu đóng cho đủ cặp',
  BAD_DQ_ESCAPE: 'trong ngoặc kép có dấu \\ không hợp lệ; bỏ dấu \\ hoặc dùng ngoặc đơn \'…\'',
  BLOCK_IN_FLOW: 'trong ngoặc [ ] hay { } không được xuống dòng kiểu danh sách; viết gọn trên một dòng',
  KEY_OVER_1024_CHARS: 'tên mục quá dài; viết "tên: giá trị" với tên ngắn',
  MULTIPLE_DOCS: 'phần thông tin chỉ có một khối giữa hai dòng "---"; xóa dòng "---" thừa',
  NON_STRING_KEY: 'tên mục phải là chữ; viết "tên: giá trị"',
  ALIAS_PROPS: 'bí danh (alias "*tên") không dùng được ở đây; viết thẳng giá trị',
  BAD_ALIAS: 'bí danh (alias "*tên") không trỏ tới giá trị nào; viết thẳng giá trị',
  RESOURCE_EXHAUSTION: 'bí danh (alias "*tên") nhân nội dung quá lớn; viết thẳng các giá trị',
  BAD_DIRECTIVE: 'dòng bắt đầu bằng "%" không hợp lệ; xóa dòng đó',
  BAD_PROP_ORDER: `ký hiệu "&" hoặc "!" đặt sai chỗ; ${QUOTE_IT}`,
  MULTIPLE_ANCHORS: `một giá trị có hai ký hiệu "&"; ${QUOTE_IT}`,
  MULTIPLE_TAGS: `một giá trị có hai ký hiệu "!"; ${QUOTE_IT}`,
  TAG_RESOLVE_FAILED: `ký hiệu "!" không hợp lệ; ${QUOTE_IT}`,
  BAD_COLLECTION_TYPE: `ký hiệu "!" không hợp lệ; ${QUOTE_IT}`,
  IMPOSSIBLE: 'không đọc được phần thông tin; kiểm tra lại dòng này',
};

/** "phần thông tin đầu tệp …: what to do (YAML: the parser's own words)". */
export function yamlErrorMessage(code: ErrorCode, message: string): string {
  const english = excerpt(message.split('\n')[0] ?? '', 200);
  return `phần thông tin (YAML) không đọc được: ${BY_CODE[code] ?? BY_CODE.IMPOSSIBLE} (YAML ${code === 'DUPLICATE_KEY' ? 'has a key written twice' : 'cannot be read'}: ${english})`;
}
