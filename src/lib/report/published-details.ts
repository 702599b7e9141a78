// The report part of a unit's page as readers see it: its details, commendations and figures, worded once for the
// unit page (Astro, at build time) and the send page's preview (in the browser), so both show the same thing.
import type { Review } from '../model.ts';
import { displayName, formLabel, partyDate, recipientLabel, reviewFieldLabel } from '../labels.ts';

/** What of a review the published details read. */
export type PublishedReview = Pick<
	Review,
	| 'form'
	| 'attendance'
	| 'heldOn'
	| 'sentOn'
	| 'issuingBody'
	| 'documentNumber'
	| 'issuedOn'
	| 'combinedWith'
	| 'signer'
	| 'commendations'
	| 'figures'
>;

export interface PublishedDetails {
	/** The review's rows of the unit page's summary list, in order. */
	details: { label: string; value: string }[];
	/** Rows of the commendations table: đối tượng, hình thức, cấp khen, số lượng. */
	commendations: [string, string, string, string][];
	/** Rows of the figures table: the campaign's name of the figure, its value. */
	figures: [string, string][];
}

const numbers = new Intl.NumberFormat('vi');
const number = (n: number) => numbers.format(n);

/** The headers and captions of the two tables, shared by both pages. */
export const COMMENDATION_COLUMNS = ['Đối tượng', 'Hình thức', 'Cấp khen', 'Số lượng'] as const;
export const COMMENDATION_CAPTION = 'Khen thưởng gắn với sơ kết';
export const FIGURE_COLUMNS = ['Chỉ tiêu', 'Số liệu'] as const;
export const FIGURE_CAPTION = 'Số liệu do đơn vị báo cáo';

export function publishedDetails(
	review: PublishedReview,
	figureNames: Readonly<Record<string, string>>
): PublishedDetails {
	const details: PublishedDetails['details'] = [];
	const row = (label: string, value: string | undefined) => value && details.push({ label, value });
	const attendance =
		review.attendance &&
		`, ${number(review.attendance.total)} đại biểu dự${review.attendance.online ? ` (${number(review.attendance.online)} trực tuyến)` : ''}`;
	row('Hình thức sơ kết', `${formLabel[review.form]}${attendance || ''}`);
	row('Ngày sơ kết', partyDate(review.heldOn));
	row('Ngày gửi báo cáo', partyDate(review.sentOn));
	row(reviewFieldLabel.issuingBody!, review.issuingBody);
	row(
		'Số báo cáo',
		review.documentNumber && `${review.documentNumber}${review.issuedOn ? `, ngày ${partyDate(review.issuedOn)}` : ''}`
	);
	row('Kết hợp với', review.combinedWith && displayName(review.combinedWith));
	row('Người ký', review.signer && displayName(review.signer));
	return {
		details,
		commendations: review.commendations.map((c) => [
			`${recipientLabel[c.recipientKind]}${c.names ? `: ${c.names.map(displayName).join(', ')}` : ''}`,
			c.award,
			c.issuer ? displayName(c.issuer) : '',
			number(c.count),
		]),
		figures: Object.entries(review.figures).map(([key, value]) => [
			Object.hasOwn(figureNames, key) ? figureNames[key]! : key,
			number(value),
		]),
	};
}
