// The send page (/gui-bao-cao/): a clerk picks their unit, gives the details, drops the report, sees it checked by the
// build's own code (loaded on demand from check-report.ts) and sends it. Everything typed is kept in localStorage.
import { problem, type Problem } from '../lib/content/problem.ts';
import type { MetadataSource, GivenField } from '../lib/ingest/compose.ts';
import type { CampaignRecord, Unit } from '../lib/model.ts';
import { parseCalendarDate } from '../lib/schema/calendar-date.ts';
import { crashMessage } from '../lib/ingest/messages.ts';
import type { Review } from '../lib/model.ts';
import {
	COMMENDATION_CAPTION,
	COMMENDATION_COLUMNS,
	FIGURE_CAPTION,
	FIGURE_COLUMNS,
	publishedDetails,
} from '../lib/report/published-details.ts';
import { mailtoUrl, newFileLink } from '../lib/send/links.ts';
import { DETAIL_ROWS } from '../lib/template/details.ts';
import { foldDiacritics } from '../lib/text/diacritics.ts';
import type { PageCheck } from './check-report.ts';
import type { SendPageData } from './send-data.ts';

const STORAGE_KEY = 'so-ket:gui-bao-cao:v1';
/** How the form's details are named in problems, like a sidecar's file name. */
export const FORM_SOURCE = 'phần 2 (thông tin báo cáo)';
const PASTED_NAME = 'van-ban-dan.md';
const MAX_OPTIONS = 30;

interface Commendation {
	recipientKind: string;
	award: string;
	issuer: string;
	count: string;
}
interface Saved {
	campaign?: string;
	unit?: string;
	unitQuery?: string;
	form?: string;
	heldOn?: string;
	sentOn?: string;
	documentNumber?: string;
	signer?: string;
	attendance?: string;
	commendations?: Commendation[];
	figures?: Record<string, string>;
	file?: { name: string; base64: string };
	pasted?: string;
}

const FIELD_LABELS: Record<string, string> = {
	...Object.fromEntries(DETAIL_ROWS.map((r) => [r.key, r.label])),
	campaign: 'Đợt sơ kết',
	commendations: 'Khen thưởng',
	figures: 'Số liệu chính',
	issuedOn: 'Ngày ký văn bản',
	issuingBody: 'Cơ quan ban hành',
	frontmatter: 'Phần thông tin đầu tệp',
	body: 'Nội dung báo cáo',
};
// What to do, in the clerk's terms, whatever the wording of the check's own message.
const FIX: Record<string, string> = {
	unit: 'Chọn đơn vị ở phần 1 (hoặc ghi đúng tên đơn vị trong bảng thông tin của mẫu Word).',
	campaign: 'Chọn đợt sơ kết ở phần 1 (trong bảng thông tin của mẫu Word, để nguyên tên đợt đã điền sẵn).',
	form: 'Chọn hình thức sơ kết ở phần 2.',
	heldOn: 'Điền ngày tổ chức sơ kết ở phần 2, dạng ngày/tháng/năm, ví dụ 27/4/2021.',
	sentOn: 'Điền ngày gửi báo cáo ở phần 2, dạng ngày/tháng/năm, ví dụ 29/4/2021.',
	attendance: 'Điền số đại biểu dự hội nghị ở phần 2 (một số, ví dụ 85).',
	documentNumber: 'Sửa số văn bản ở phần 2.',
	commendations: 'Sửa các dòng khen thưởng ở phần 2.',
	figures: 'Sửa số liệu ở phần 2.',
	section:
		'Thêm đề mục này vào báo cáo (trong Word dùng kiểu Heading 1 hoặc Heading 2) và viết nội dung dưới đề mục, rồi chọn lại tệp.',
	body: 'Sửa đoạn này trong tệp báo cáo rồi chọn lại tệp (hoặc sửa trong ô dán văn bản).',
	file: 'Mở tệp bằng Word, lưu lại dạng “Word Document (.docx)” rồi chọn lại tệp.',
};
const fixFor = (p: Problem) => {
	const field = p.field.split(/[ .]/)[0] ?? '';
	if (p.paragraph && (field === 'body' || field === ''))
		return 'Mở tệp trong Word, sửa đoạn này (xóa liên kết, ký hiệu hoặc thẻ lạ), lưu lại rồi chọn lại tệp.';
	return FIX[field] ?? (p.line > 0 ? FIX.body : p.field ? FIX.body : FIX.file);
};

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const fold = (s: string) => foldDiacritics(s).toLocaleLowerCase('vi');
// Properties are assigned as DOM properties (className, htmlFor, ariaLabel…); `data` fills the dataset.
const el = <K extends keyof HTMLElementTagNameMap>(
	tag: K,
	props: Record<string, unknown> & { data?: Record<string, string> } = {},
	...children: (Node | string)[]
): HTMLElementTagNameMap[K] => {
	const { data, ...rest } = props;
	const node = Object.assign(document.createElement(tag), rest);
	Object.assign(node.dataset, data);
	node.append(...children);
	return node;
};

const toBase64 = (bytes: Uint8Array) => {
	let s = '';
	for (let i = 0; i < bytes.length; i += 8192) s += String.fromCharCode(...bytes.subarray(i, i + 8192));
	return btoa(s);
};
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

/**
 * The report as the unit page will publish it, from the rows that page renders (publishedDetails) and the HTML the
 * build stores: details list, body, commendations and figures tables, with the page's own captions and classes.
 */
export function publishedPreview(
	review: Review,
	html: string,
	figureNames: Readonly<Record<string, string>>
): HTMLElement[] {
	const { details, commendations, figures } = publishedDetails(review, figureNames);
	const region = (label: string, table: HTMLElement) =>
		el('div', { className: 'table-scroll', role: 'region', ariaLabel: label, tabIndex: 0 }, table);
	const cell = (tag: 'td' | 'th', text: string, num = false) => el(tag, { ...(num && { className: 'num' }) }, text);
	const article = el('article', { className: 'report' });
	article.innerHTML = html; // sanitised by the build's own renderer, as stored for the unit page
	for (const table of article.querySelectorAll('table')) table.tabIndex = 0;
	const parts: HTMLElement[] = [
		el('dl', { className: 'summary' }, ...details.flatMap((d) => [el('dt', {}, d.label), el('dd', {}, d.value)])),
		article,
	];
	if (commendations.length)
		parts.push(
			el(
				'section',
				{ className: 'preview-commendations' },
				el('h4', {}, 'Khen thưởng'),
				region(
					COMMENDATION_CAPTION,
					el(
						'table',
						{},
						el('caption', {}, COMMENDATION_CAPTION),
						el(
							'thead',
							{},
							el(
								'tr',
								{},
								...COMMENDATION_COLUMNS.map((c, i) => Object.assign(cell('th', c, i === 3), { scope: 'col' }))
							)
						),
						el('tbody', {}, ...commendations.map((row) => el('tr', {}, ...row.map((v, i) => cell('td', v, i === 3)))))
					)
				)
			)
		);
	if (figures.length)
		parts.push(
			el(
				'section',
				{ className: 'preview-figures' },
				el('h4', {}, 'Số liệu chính'),
				region(
					FIGURE_CAPTION,
					el(
						'table',
						{},
						el('caption', {}, FIGURE_CAPTION),
						el(
							'thead',
							{},
							el(
								'tr',
								{},
								Object.assign(cell('th', FIGURE_COLUMNS[0]), { scope: 'col' }),
								Object.assign(cell('th', FIGURE_COLUMNS[1], true), { scope: 'col' })
							)
						),
						el(
							'tbody',
							{},
							...figures.map(([name, value]) =>
								el('tr', {}, Object.assign(cell('th', name), { scope: 'row' }), cell('td', value, true))
							)
						)
					)
				)
			)
		);
	return parts;
}

function load(): Saved {
	try {
		return JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as Saved;
	} catch {
		return {};
	}
}

/** The form's details as a source of report details, in the order ingest's sidecar would list them. */
export function formSource(saved: Saved): MetadataSource {
	const fields: Record<string, GivenField> = {};
	const give = (key: string, value: unknown) => (fields[key] = { value, line: 0, column: 0 });
	const text = (v: string | undefined) => v?.replace(/\s+/g, ' ').trim() ?? '';
	const count = (v: string) => (/^\d[\d.\s]*$/.test(v) ? Number(v.replace(/[.\s]/g, '')) : v);
	if (saved.unit) give('unit', saved.unit);
	if (text(saved.documentNumber)) give('documentNumber', text(saved.documentNumber));
	if (saved.form) give('form', saved.form);
	if (text(saved.heldOn)) give('heldOn', text(saved.heldOn));
	if (text(saved.sentOn)) give('sentOn', text(saved.sentOn));
	if (text(saved.attendance)) give('attendance', { total: count(text(saved.attendance)) });
	if (text(saved.signer)) give('signer', text(saved.signer));
	const commendations = (saved.commendations ?? []).filter((c) => text(c.award) || text(c.issuer) || text(c.count));
	if (commendations.length)
		give(
			'commendations',
			commendations.map((c) => ({
				recipientKind: c.recipientKind,
				award: text(c.award),
				issuer: text(c.issuer),
				count: count(text(c.count)),
			}))
		);
	const figures = Object.entries(saved.figures ?? {}).filter(([, v]) => text(v));
	if (figures.length) give('figures', Object.fromEntries(figures.map(([k, v]) => [k, count(text(v))])));
	return { file: FORM_SOURCE, fields };
}

export function startSendPage(): void {
	const form = $<HTMLFormElement>('gui-bao-cao');
	if (!form) return;
	let saved = load();
	let data: SendPageData | undefined;
	const dataReady = fetch(form.dataset.dataUrl!)
		.then((r) => r.json() as Promise<SendPageData>)
		.then((d) => (data = d));
	let lastCheck: { check: PageCheck; campaign: CampaignRecord; unit: Unit | undefined } | undefined;
	const save = () => {
		try {
			localStorage.setItem(STORAGE_KEY, JSON.stringify(saved));
		} catch {
			$('tep-da-chon').textContent =
				'Trình duyệt không lưu được tệp này (quá lớn); hãy chọn lại tệp nếu tải lại trang.';
		}
	};

	const campaignSelect = $<HTMLSelectElement>('dot');
	const query = $<HTMLInputElement>('tim-don-vi');
	const options = $<HTMLUListElement>('ds-don-vi');
	const chosen = $('don-vi-da-chon');
	const campaign = () => data?.campaigns.find((c) => c.id === campaignSelect.value);
	const unitsOf = () => (data?.units ?? []).filter((u) => u.campaign === campaignSelect.value);
	const showChosen = () => {
		const unit = unitsOf().find((u) => u.id === saved.unit);
		chosen.textContent = unit ? `Đã chọn: ${unit.name}` : '';
	};

	// The unit picker: a combobox whose options are the roster's names containing every typed word, diacritics ignored.
	let active = -1;
	const renderOptions = () => {
		const words = fold(query.value).split(/\s+/).filter(Boolean);
		const matches = words.length
			? unitsOf()
					.filter((u) => words.every((w) => fold(u.name).includes(w)))
					.slice(0, MAX_OPTIONS)
			: [];
		options.replaceChildren(
			...matches.map((u) => el('li', { id: `don-vi-${u.id}`, role: 'option', data: { unit: u.id } }, u.name))
		);
		for (const [i, li] of [...options.children].entries()) li.setAttribute('aria-selected', String(i === active));
		options.hidden = matches.length === 0;
		query.setAttribute('aria-expanded', String(!options.hidden));
		if (words.length && matches.length === 0) {
			// The newest campaign is chosen first: a clerk of an earlier one is told which campaign lists the name.
			const elsewhere = (data?.units ?? []).find(
				(u) => u.campaign !== campaignSelect.value && words.every((w) => fold(u.name).includes(w))
			);
			const title = data?.campaigns.find((c) => c.id === elsewhere?.campaign)?.title;
			chosen.textContent = title
				? `Đợt này không có đơn vị nào có tên như vậy; đợt “${title}” có. Nếu báo cáo thuộc đợt đó, chọn đợt ở trên.`
				: 'Không thấy đơn vị nào có tên như vậy; thử gõ ít chữ hơn.';
		}
	};
	const pick = (id: string) => {
		const unit = unitsOf().find((u) => u.id === id);
		if (!unit) return;
		saved.unit = unit.id;
		saved.unitQuery = unit.name;
		query.value = unit.name;
		options.hidden = true;
		query.setAttribute('aria-expanded', 'false');
		query.removeAttribute('aria-activedescendant');
		showChosen();
		save();
	};
	query.addEventListener('input', () => {
		active = -1;
		saved.unitQuery = query.value;
		save();
		renderOptions();
	});
	query.addEventListener('keydown', (event) => {
		const items = [...options.children] as HTMLElement[];
		if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
			event.preventDefault();
			active = Math.max(0, Math.min(items.length - 1, active + (event.key === 'ArrowDown' ? 1 : -1)));
			items.forEach((li, i) => li.setAttribute('aria-selected', String(i === active)));
			const current = items[active];
			if (current) query.setAttribute('aria-activedescendant', current.id);
		} else if (event.key === 'Enter' && items[active]) {
			event.preventDefault();
			pick(items[active]!.dataset.unit!);
		} else if (event.key === 'Escape') options.hidden = true;
	});
	options.addEventListener('click', (event) => {
		const li = (event.target as HTMLElement).closest('li');
		if (li?.dataset.unit) pick(li.dataset.unit);
	});
	campaignSelect.addEventListener('change', () => {
		saved.campaign = campaignSelect.value;
		delete saved.unit;
		save();
		renderFigures();
		showChosen();
	});

	// Dates typed as people write them, read back in words so a swapped day and month shows at once.
	const weekday = new Intl.DateTimeFormat('vi', { weekday: 'long', timeZone: 'UTC' });
	const inWords = (date: string) => {
		const [y, m, d] = date.split('-').map(Number);
		return `${weekday.format(new Date(Date.UTC(y!, m! - 1, d!))).toLocaleLowerCase('vi')}, ngày ${d} tháng ${m} năm ${y}`;
	};
	const dateWords = (input: HTMLInputElement, out: HTMLElement) => {
		const value = input.value.trim();
		const date = value ? parseCalendarDate(value) : null;
		out.textContent = !value
			? ''
			: date
				? `Tức là ${inWords(date)}`
				: 'Chưa đọc được ngày này; viết ngày/tháng/năm, ví dụ 27/4/2021.';
	};

	// Commendation rows and figure inputs are drawn from the saved state and write back to it.
	const commendationBox = form.querySelector<HTMLElement>('[data-commendations]')!;
	const renderCommendations = () => {
		const rows = saved.commendations ?? [];
		commendationBox.replaceChildren(
			...rows.map((row, i) => {
				const id = (name: string) => `khen-${i}-${name}`;
				const input = (name: keyof Commendation, label: string, mode = 'text') => {
					const field = el('input', { type: 'text', id: id(name), value: row[name] ?? '', inputMode: mode });
					field.addEventListener('input', () => ((row[name] = field.value), save()));
					return [el('label', { htmlFor: id(name) }, label), field];
				};
				const kind = el(
					'select',
					{ id: id('recipientKind') },
					el('option', { value: 'tập thể' }, 'Tập thể'),
					el('option', { value: 'cá nhân' }, 'Cá nhân')
				);
				kind.value = row.recipientKind;
				kind.addEventListener('change', () => ((row.recipientKind = kind.value), save()));
				const remove = el('button', { type: 'button', className: 'button button--secondary' }, `Bỏ dòng ${i + 1}`);
				remove.addEventListener('click', () => (rows.splice(i, 1), save(), renderCommendations()));
				return el(
					'div',
					{ className: 'commendation', role: 'group', ariaLabel: `Khen thưởng dòng ${i + 1}` },
					el('div', {}, el('label', { htmlFor: id('recipientKind') }, 'Đối tượng'), kind),
					el('div', {}, ...input('count', 'Số lượng', 'numeric')),
					el('div', {}, ...input('award', 'Hình thức (Bằng khen, Giấy khen…)')),
					el('div', {}, ...input('issuer', 'Cấp khen')),
					el('div', {}, remove)
				);
			})
		);
	};
	form.querySelector('[data-add-commendation]')!.addEventListener('click', () => {
		(saved.commendations ??= []).push({ recipientKind: 'tập thể', award: '', issuer: '', count: '' });
		save();
		renderCommendations();
	});
	const figureBox = form.querySelector<HTMLElement>('[data-figures]')!;
	const renderFigures = () => {
		const names = Object.entries(campaign()?.figures ?? {});
		figureBox.replaceChildren(
			...names.map(([key, name]) => {
				const field = el('input', {
					type: 'text',
					id: `so-lieu-${key}`,
					inputMode: 'decimal',
					value: saved.figures?.[key] ?? '',
					className: 'short',
				});
				field.addEventListener('input', () => (((saved.figures ??= {})[key] = field.value), save()));
				return el('div', {}, el('label', { htmlFor: field.id }, name), field);
			})
		);
	};

	const simple: [string, keyof Saved][] = [
		['so-van-ban', 'documentNumber'],
		['nguoi-ky', 'signer'],
		['so-dai-bieu', 'attendance'],
		['ngay-to-chuc', 'heldOn'],
		['ngay-gui', 'sentOn'],
		['van-ban-dan', 'pasted'],
	];
	for (const [id, key] of simple) {
		const input = $<HTMLInputElement>(id);
		input.value = (saved[key] as string | undefined) ?? '';
		input.addEventListener('input', () => {
			(saved as Record<string, unknown>)[key] = input.value;
			save();
			if (key === 'heldOn') dateWords(input, $('ngay-to-chuc-chu'));
			if (key === 'sentOn') dateWords(input, $('ngay-gui-chu'));
		});
	}
	dateWords($('ngay-to-chuc'), $('ngay-to-chuc-chu'));
	dateWords($('ngay-gui'), $('ngay-gui-chu'));
	for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="form"]')) {
		radio.checked = radio.value === saved.form;
		radio.addEventListener('change', () => ((saved.form = radio.value), save()));
	}
	const fileInput = $<HTMLInputElement>('tep-bao-cao');
	const fileNote = $('tep-da-chon');
	const showFile = () => (fileNote.textContent = saved.file ? `Tệp đang dùng: ${saved.file.name}` : '');
	fileInput.addEventListener('change', async () => {
		const file = fileInput.files?.[0];
		if (!file) return;
		saved.file = { name: file.name, base64: toBase64(new Uint8Array(await file.arrayBuffer())) };
		save();
		showFile();
		void check();
	});
	for (const button of document.querySelectorAll('[data-clear]'))
		button.addEventListener('click', () => {
			if (!confirm('Xóa mọi thông tin đã nhập và tệp đã chọn trên trình duyệt này?')) return;
			localStorage.removeItem(STORAGE_KEY);
			location.reload();
		});
	// Once a way of sending was used, offer to clear what was typed (it is kept until then, in case sending failed).
	for (const id of ['tai-ve', 'gui-thu', 'gui-git', 'sao-chep'])
		$(id).addEventListener('click', () => ($('da-gui').hidden = false));
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		void check();
	});

	// Checking: the heavy core (mammoth, the parsers, the schema) is fetched the first time it is needed.
	const status = $('trang-thai');
	async function check() {
		const result = $('ket-qua');
		result.hidden = false;
		status.textContent = 'Đang kiểm tra báo cáo…';
		await dataReady;
		const c = campaign();
		const input = saved.file
			? { name: saved.file.name, bytes: fromBase64(saved.file.base64) }
			: saved.pasted?.trim()
				? { name: PASTED_NAME, bytes: new TextEncoder().encode(saved.pasted) }
				: null;
		if (!c || !data) return;
		if (!input) {
			status.textContent = 'Chưa có báo cáo: chọn tệp Word hoặc dán nội dung ở phần 3.';
			return;
		}
		const { checkInPage } = await import('./check-report.ts');
		const sources = [
			formSource(saved),
			{
				file: `content/campaigns/${c.id}.yaml`,
				fields: { campaign: { value: c.id, line: 0, column: 0 } },
				fallback: true,
			},
		];
		const checked = await checkInPage(input.name, input.bytes, sources, data).catch((error: Error): PageCheck => ({
			refused: [problem(input.name, crashMessage(input.name, error))],
		}));
		// A filled template names its own campaign and unit, which win over the form's choice (given only as a fallback).
		const fm = 'refused' in checked ? undefined : checked.processed?.frontmatter;
		const reportCampaign = data.campaigns.find((x) => x.id === fm?.campaign) ?? c;
		const unit = data.units.find((u) => u.campaign === reportCampaign.id && u.id === (fm?.unit ?? saved.unit));
		lastCheck = { check: checked, campaign: reportCampaign, unit };
		showResult(input.name);
		$('ket-qua-tieu-de').focus();
	}

	function showResult(fileName: string) {
		const { check: checked, campaign: c } = lastCheck!;
		const problems = 'refused' in checked ? checked.refused : checked.problems;
		const errors = problems.filter((p) => p.severity === 'error');
		const warnings = problems.filter((p) => p.severity === 'warning');
		status.textContent = errors.length
			? `Báo cáo có ${errors.length} lỗi${warnings.length ? ` và ${warnings.length} cảnh báo` : ''}: sửa các lỗi dưới đây rồi kiểm tra lại.`
			: warnings.length
				? `Báo cáo hợp lệ, có ${warnings.length} cảnh báo nên xem lại. Có thể gửi.`
				: 'Báo cáo hợp lệ. Có thể gửi.';
		const converted = !('refused' in checked) && checked.converted;
		$('van-de').replaceChildren(
			...(problems.length
				? [
						el(
							'ul',
							{ className: 'problem-list' },
							...problems.map((p) => {
								const where =
									p.file === FORM_SOURCE
										? `Phần 2, mục “${FIELD_LABELS[p.field.split('.')[0]!] ?? p.field}”`
										: p.paragraph
											? `Đoạn thứ ${p.paragraph} trong tệp Word ${fileName}`
											: p.line > 0
												? `Dòng ${p.line}${converted ? ' của văn bản chuyển từ Word (xem số dòng bên dưới)' : ` của ${fileName}`}`
												: p.field
													? `Mục “${FIELD_LABELS[p.field.split('.')[0]!] ?? p.field}”`
													: `Cả tệp ${fileName}`;
								return el(
									'li',
									{ className: p.severity, data: { line: String(p.line), field: p.field } },
									el(
										'span',
										{ className: 'problem-where' },
										`${p.severity === 'error' ? 'Lỗi' : 'Cảnh báo'} · ${where}`
									),
									el('span', {}, p.message),
									el('br'),
									el('span', { className: 'muted' }, `Cách sửa: ${fixFor(p)}`)
								);
							})
						),
					]
				: [])
		);
		const notes = 'refused' in checked ? [] : checked.notes;
		$('ghi-chu').replaceChildren(...notes.map((n) => el('li', {}, n)));
		$('ghi-chu-doan').hidden = notes.length === 0;
		const sections = 'refused' in checked ? [] : (checked.processed?.sections ?? []);
		$('de-muc').replaceChildren(
			...(sections.length ? sections.map((s) => el('li', {}, s.heading)) : [el('li', {}, 'Chưa nhận ra đề mục nào.')])
		);
		const lessons = 'refused' in checked ? [] : (checked.processed?.lessons ?? []);
		$('bai-hoc').replaceChildren(
			...(lessons.length
				? lessons.map((l) => el('li', {}, l.text))
				: [el('li', {}, 'Chưa tìm thấy bài học kinh nghiệm nào.')])
		);
		const text = 'refused' in checked ? '' : checked.text;
		$('van-ban-so-dong').textContent = text
			.split('\n')
			.map((line, i) => `${String(i + 1).padStart(4)} | ${line}`)
			.join('\n');
		const preview = $('xem-truoc');
		// The unit page's report part: its details, the same sanitised HTML the build stores, commendations and figures.
		const html = 'refused' in checked ? '' : (checked.processed?.html ?? '');
		const review = 'refused' in checked ? undefined : checked.review;
		preview.replaceChildren(
			...(html && review
				? publishedPreview(review, html, c.figures)
				: [el('p', { className: 'muted' }, 'Báo cáo sẽ hiện ở đây khi không còn lỗi.')])
		);

		const send = $('gui');
		send.hidden = false;
		const blocked = errors.length > 0 || 'refused' in checked || !checked.target;
		$('gui-chan').hidden = !blocked;
		$('gui-duoc').hidden = blocked;
		if (blocked || 'refused' in checked || !checked.target) return;
		const target = checked.target;
		const name = target.slice(target.lastIndexOf('/') + 1);
		const download = $<HTMLAnchorElement>('tai-ve');
		if (download.href.startsWith('blob:')) URL.revokeObjectURL(download.href);
		download.href = URL.createObjectURL(new Blob([checked.text], { type: 'text/markdown;charset=utf-8' }));
		download.download = name;
		download.textContent = `Tải tệp ${name}`;
		const unitName = lastCheck!.unit?.name ?? name;
		$<HTMLAnchorElement>('gui-thu').href = mailtoUrl(c.sending?.email, c.monitoringOffice, unitName, name);
		const repo = c.sending?.repository;
		$('gui-git-doan').hidden = !repo;
		if (repo) {
			const link = newFileLink(repo, target, checked.text);
			const git = $<HTMLAnchorElement>('gui-git');
			git.href = link.url;
			git.textContent = `Gửi qua ${{ github: 'GitHub', gitlab: 'GitLab', gitea: 'Gitea' }[repo.host]}`;
			git.dataset.carriesText = String(link.carriesText);
			$('gui-git-goi-y').textContent = link.carriesText
				? `Trang soạn thảo mở ra với tệp ${target} đã điền sẵn; bấm “Commit”/“Propose” để gửi.`
				: `Báo cáo dài nên không điền sẵn được: bấm nút này để sao chép nội dung, rồi dán vào trang soạn thảo vừa mở (tên tệp: ${target}).`;
			git.onclick = link.carriesText ? null : () => void copy(checked.text);
		}
		$('sao-chep').onclick = () => void copy(checked.text);
	}

	async function copy(text: string) {
		const out = $('sao-chep-ket-qua');
		try {
			await navigator.clipboard.writeText(text);
			out.textContent = 'Đã sao chép nội dung tệp.';
		} catch {
			out.textContent = 'Trình duyệt không cho sao chép; hãy tải tệp về thay vì sao chép.';
		}
	}

	// Restore what was typed before a reload, then check again if a report was chosen.
	void dataReady.then(() => {
		if (saved.campaign && data?.campaigns.some((c) => c.id === saved.campaign)) campaignSelect.value = saved.campaign;
		saved.campaign = campaignSelect.value;
		query.value = saved.unitQuery ?? '';
		showChosen();
		renderFigures();
		renderCommendations();
		showFile();
		if (saved.file || saved.pasted?.trim()) void check();
	});
}
