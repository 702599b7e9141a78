import { expect, test } from 'vitest';
import {
	CHART_BACKGROUND,
	contrast,
	LINE_STYLES,
	SINGLE_SWATCH,
	STATUS_SWATCHES,
	textOn,
} from '../../src/lib/charts/palette.ts';

test('contrast is computed as WCAG defines it', () => {
	expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
	expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
	expect(contrast('#ffffff', '#ffffff')).toBe(1);
});

test('every status fill stands 3:1 against the page and against the segment stacked beside it', () => {
	const fills = Object.values(STATUS_SWATCHES).map((s) => s.color);
	for (const fill of fills) expect(contrast(fill, CHART_BACKGROUND), fill).toBeGreaterThanOrEqual(3);
	for (let i = 1; i < fills.length; i++)
		expect(contrast(fills[i - 1]!, fills[i]!), `${fills[i - 1]} | ${fills[i]}`).toBeGreaterThanOrEqual(3);
});

test('two fills closer than 3:1 to each other never both go without a pattern', () => {
	const swatches = Object.values(STATUS_SWATCHES) as { color: string; pattern?: string }[];
	for (const a of swatches)
		for (const b of swatches)
			if (a !== b && contrast(a.color, b.color) < 3)
				expect(a.pattern !== b.pattern, `${a.color} ~ ${b.color}`).toBe(true);
});

test('the single bar, every line and the value written on a bar are readable', () => {
	expect(contrast(SINGLE_SWATCH.color, CHART_BACKGROUND)).toBeGreaterThanOrEqual(3);
	for (const line of LINE_STYLES) expect(contrast(line.color, CHART_BACKGROUND)).toBeGreaterThanOrEqual(3);
	for (const { color } of Object.values(STATUS_SWATCHES))
		expect(contrast(textOn(color), color), color).toBeGreaterThanOrEqual(4.5);
});
