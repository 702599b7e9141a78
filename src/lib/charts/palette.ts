// Colours of the charts, chosen by computed contrast (test/charts/palette.test.ts): every mark stands 3:1 against the
// white page and against the segment beside it, and a pattern tells the two darkest apart without colour.

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
	const [r, g, b] = (hex.replace('#', '').match(/../g) ?? []).map((h) => {
		const v = parseInt(h, 16) / 255;
		return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
	}) as [number, number, number];
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two colours, from 1 to 21. */
export function contrast(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
}

/** The text colour readable on a fill: white on dark fills, near-black on light ones. */
export const textOn = (fill: string): string =>
	contrast(fill, '#ffffff') >= contrast(fill, '#0b0c0c') ? '#ffffff' : '#0b0c0c';

export const CHART_BACKGROUND = '#ffffff';

/** A fill and, where two fills are both dark, a pattern drawn over it as the second cue. */
export interface Swatch {
	color: string;
	pattern?: 'hatch' | 'dots';
}

/**
 * Status fills in stacking order (on time, late, overdue, not yet due): dark navy, orange, near-black with white
 * hatching, grey with dots. Blue and orange stay apart for every kind of colour blindness; light and dark alternate
 * so neighbours differ by more than 3:1.
 */
export const STATUS_SWATCHES = {
	'on-time': { color: '#0b2e59' },
	late: { color: '#d16a00' },
	missing: { color: '#2b0a04', pattern: 'hatch' },
	'not-yet-due': { color: '#757575', pattern: 'dots' },
} as const satisfies Record<string, Swatch>;

/** A single-series bar (lessons by theme). */
export const SINGLE_SWATCH: Swatch = { color: '#0b2e59' };

/** Lines of the progress chart: colours 3:1 on white, each with its own dash so no line depends on colour. */
export const LINE_STYLES: { color: string; dash?: string }[] = [
	{ color: '#0b2e59' },
	{ color: '#d16a00', dash: '9 5' },
	{ color: '#2b0a04', dash: '3 3' },
	{ color: '#757575', dash: '12 3 3 3' },
];
