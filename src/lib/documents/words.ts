// The labels the documents print, through one import, so they say what the pages say (and follow the vocabulary module).
export {
	deadlineKindLabel,
	formLabel,
	onTimeRateText,
	recipientLabel,
	statusKeyLabel,
	statusLabel,
} from '../labels.ts';
// Dates in figures the Party's way, as the pages show them ("07/5/2021").
export { partyDate as shortDate } from '../labels.ts';

/** "Sơ kết 05 năm …" as it reads inside a sentence: "sơ kết 05 năm …". */
export const inSentence = (title: string) => title.charAt(0).toLocaleLowerCase('vi') + title.slice(1);

const numbers = new Intl.NumberFormat('vi');
export const number = (n: number) => numbers.format(n);
const percents = new Intl.NumberFormat('vi', { style: 'percent', maximumFractionDigits: 1 });
export const percent = (fraction: number) => percents.format(fraction);
