// Presentation helpers for pages; the words themselves live in the vocabulary module (src/lib/labels.ts).
import { partyDate } from '../lib/labels.ts';

export const date = partyDate;
// Formatters are made once: creating one costs far more than formatting, and a unit table formats thousands of numbers.
const numbers = new Intl.NumberFormat('vi');
const percents = new Intl.NumberFormat('vi', { style: 'percent', maximumFractionDigits: 1 });
export const number = (n: number) => numbers.format(n);
export const percent = (fraction: number) => percents.format(fraction);

export {
	formLabel,
	recipientLabel,
	deadlineKindLabel,
	statusKeyLabel,
	statusLabel,
	deadlineText,
	deadlineReading,
	onTimeRateText,
	rateText,
	partyDateProse,
	displayName,
	tierName,
	typeName,
} from '../lib/labels.ts';
