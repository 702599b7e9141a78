// Reads a .docx back as data: its XML parts, paragraphs with their run styles, and tables as cell texts.
import { DOMParser, type Element } from '@xmldom/xmldom';
import JSZip from 'jszip';

export interface RunData {
	text: string;
	bold: boolean;
	italics: boolean;
	underline: boolean;
	/** Points. */
	size: number | undefined;
	font: string | undefined;
}
export interface ParagraphData {
	text: string;
	runs: RunData[];
	align: string | undefined;
}

const on = (el: Element | undefined) => !!el && !['0', 'false'].includes(el.getAttribute('w:val') ?? '');
const first = (el: Element, tag: string) => el.getElementsByTagName(tag)[0] as Element | undefined;
const all = (el: Element, tag: string) => Array.from(el.getElementsByTagName(tag)) as Element[];

function run(r: Element): RunData {
	const props = first(r, 'w:rPr');
	const size = props && first(props, 'w:sz')?.getAttribute('w:val');
	return {
		text: all(r, 'w:t')
			.map((t) => t.textContent ?? '')
			.join(''),
		bold: on(props && first(props, 'w:b')),
		italics: on(props && first(props, 'w:i')),
		underline: !!props && !!first(props, 'w:u') && first(props, 'w:u')!.getAttribute('w:val') !== 'none',
		size: size ? Number(size) / 2 : undefined,
		font: (props && first(props, 'w:rFonts')?.getAttribute('w:ascii')) ?? undefined,
	};
}

export function paragraphData(p: Element): ParagraphData {
	const runs = all(p, 'w:r').map(run);
	return { text: runs.map((r) => r.text).join(''), runs, align: first(p, 'w:jc')?.getAttribute('w:val') ?? undefined };
}

export interface DocxData {
	xml: Record<string, string>;
	body: Element;
	paragraphs: ParagraphData[];
	/** Every table (top level), as rows of cell texts; a cell's paragraphs joined by "\n". */
	tables: string[][][];
	tableElements: Element[];
	text: string;
}

export async function readDocx(bytes: Uint8Array): Promise<DocxData> {
	const zip = await JSZip.loadAsync(bytes);
	const xml: Record<string, string> = {};
	for (const name of Object.keys(zip.files))
		if (/\.(xml|rels)$/.test(name)) xml[name] = await zip.file(name)!.async('string');
	const doc = new DOMParser().parseFromString(xml['word/document.xml']!, 'text/xml');
	const body = first(doc.documentElement as unknown as Element, 'w:body')!;
	const tableElements = all(body, 'w:tbl');
	const tables = tableElements.map((t) =>
		all(t, 'w:tr').map((tr) =>
			all(tr, 'w:tc').map((tc) =>
				all(tc, 'w:p')
					.map((p) => paragraphData(p).text)
					.join('\n')
			)
		)
	);
	const paragraphs = all(body, 'w:p').map(paragraphData);
	return { xml, body, paragraphs, tables, tableElements, text: paragraphs.map((p) => p.text).join('\n') };
}

/** The paragraphs of one table cell. */
export const cellParagraphs = (table: Element, row: number, col: number) =>
	all(all(all(table, 'w:tr')[row]!, 'w:tc')[col]!, 'w:p').map(paragraphData);
