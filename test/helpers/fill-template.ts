import JSZip from 'jszip';
import { DETAIL_ROWS, SECTION_HINTS } from '../../src/lib/template/details.ts';

const escape = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const paragraph = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${escape(text)}</w:t></w:r></w:p>`;
const PARAGRAPH = /<w:p(?: [^>]*)?>(?:(?!<w:p[ >]).)*?<\/w:p>/gs;

/**
 * Fills the Word template as a clerk would in Word: each grey hint of the details table replaced by a value, each
 * section's hint paragraph replaced by paragraphs of text. Works on the document's XML, as Word stores it.
 */
export async function fillTemplate(
	template: Uint8Array,
	details: Partial<Record<(typeof DETAIL_ROWS)[number]['key'], string>>,
	sections: Record<string, string[]>
): Promise<Buffer> {
	const zip = await JSZip.loadAsync(template);
	let xml = await zip.file('word/document.xml')!.async('string');
	const texts = (p: string) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
	xml = xml.replace(PARAGRAPH, (p) => {
		const text = texts(p);
		const row = DETAIL_ROWS.find((r) => escape(r.hint) === text || r.hint === text);
		if (row) return paragraph(details[row.key] ?? '');
		const key = Object.keys(SECTION_HINTS).find((k) => escape(SECTION_HINTS[k]!) === text || SECTION_HINTS[k] === text);
		if (key && sections[key]) return sections[key].map(paragraph).join('');
		return p;
	});
	zip.file('word/document.xml', xml);
	return zip.generateAsync({ type: 'nodebuffer' });
}
