import { escapeXml, r } from './svg.ts';
import { textOn, type Swatch } from './palette.ts';

export interface Series extends Swatch {
  key: string;
  label: string;
}
export interface Category {
  label: string;
  values: Record<string, number>;
}

// Drawn 360 units wide with 15-unit text: shown 288 px wide (a 320 px phone less its margins) text is still 12 px.
export const CHART_WIDTH = 360;
export const FONT_SIZE = 15;
const BAR = 24;
const LINE = 18;
const GAP = 12;
/** Characters of a category name a line holds (about 0.6 em each); longer names wrap onto more lines. */
export const LINE_CHARS = Math.floor(CHART_WIDTH / (FONT_SIZE * 0.6));
const TOTAL_ROOM = 40;
const LEGEND_ROW = 24;

/** The <defs> of the patterns drawn over a fill: white hatching or dots, the second cue besides colour. */
const patternDefs = (id: string) =>
  `<defs><pattern id="${id}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="2" height="6" fill="#fff"/></pattern>` +
  `<pattern id="${id}-dots" width="6" height="6" patternUnits="userSpaceOnUse"><circle cx="3" cy="3" r="1.3" fill="#fff"/></pattern></defs>`;

const swatch = (id: string, s: Swatch, x: number, y: number, w: number, h: number, extra = '') =>
  `<rect x="${r(x)}" y="${r(y)}" width="${r(w)}" height="${r(h)}" fill="${s.color}"${extra}/>` + (s.pattern ? `<rect x="${r(x)}" y="${r(y)}" width="${r(w)}" height="${r(h)}" fill="url(#${id}-${s.pattern})"/>` : '');

/**
 * A horizontal stacked bar chart as a static SVG string (no script): each category's name on its own line, its bar
 * under it with each segment's value written on it where it fits, and the total at the end. Segments are parted by a
 * white rule and patterned where colour alone would not tell them apart. The numbers are also in a table beside it.
 */
export function stackedBarChart({ title, categories, series, max }: { title: string; categories: readonly Category[]; series: readonly Series[]; max?: number }): string {
  const id = `c${hash(title)}`;
  const top = Math.max(1, max ?? Math.max(0, ...categories.map((c) => series.reduce((sum, s) => sum + (c.values[s.key] ?? 0), 0))));
  const barRoom = CHART_WIDTH - TOTAL_ROOM;
  // Legend entries flow left to right and wrap, each as wide as its label (about 0.6 em a character).
  let lx = 0;
  let ly = 0;
  const legend = series
    .map((s) => {
      const w = 22 + s.label.length * FONT_SIZE * 0.6 + 14;
      if (lx > 0 && lx + w > CHART_WIDTH) (lx = 0), (ly += LEGEND_ROW);
      const entry = swatch(id, s, lx, ly + 4, 16, 16) + `<text x="${r(lx + 22)}" y="${ly + 18}">${escapeXml(s.label)}</text>`;
      lx += w;
      return entry;
    })
    .join('');
  const legendHeight = ly + LEGEND_ROW + 8;
  let y = legendHeight;
  const bars = categories
    .map((c) => {
      const lines = wrap(c.label, LINE_CHARS);
      const LABEL = lines.length * LINE + 4;
      const name = `<text x="0" y="${y + 15}" font-weight="700">${lines.map((l, i) => `<tspan x="0" dy="${i ? LINE : 0}">${escapeXml(l)}</tspan>`).join('')}</text>`;
      let x = 0;
      const segments = series
        .map((s) => {
          const value = c.values[s.key] ?? 0;
          const w = (value / top) * barRoom;
          if (w <= 0) return '';
          const rect = swatch(id, s, x, y + LABEL, w, BAR, ' stroke="#fff" stroke-width="1"') + `<title>${escapeXml(`${c.label}: ${s.label} ${value}`)}</title>`;
          // The value sits on its segment when its digits fit, in a colour readable on that fill, over a plain chip.
          const digits = String(value).length * FONT_SIZE * 0.62 + 6;
          const label =
            w >= digits
              ? `<rect x="${r(x + w / 2 - digits / 2)}" y="${y + LABEL + 3}" width="${r(digits)}" height="${BAR - 6}" fill="${s.color}"/><text x="${r(x + w / 2)}" y="${y + LABEL + BAR / 2 + 5}" text-anchor="middle" fill="${textOn(s.color)}">${value}</text>`
              : '';
          x += w;
          return rect + label;
        })
        .join('');
      const total = series.reduce((sum, s) => sum + (c.values[s.key] ?? 0), 0);
      const row = `${name}${segments}<text x="${r(x + 6)}" y="${y + LABEL + BAR / 2 + 5}">${total}</text>`;
      y += LABEL + BAR + GAP;
      return row;
    })
    .join('');
  const height = y;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${CHART_WIDTH} ${height}" role="img" aria-label="${escapeXml(title)}" font-size="${FONT_SIZE}" font-family="system-ui, sans-serif" fill="#0b0c0c"><title>${escapeXml(title)}</title>${patternDefs(id)}${legend}${bars}</svg>`;
}

/** Splits a name into lines of at most `width` characters at spaces (a longer word gets a line of its own). */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length ? lines : [''];
}

/** A short stable id from a title, so patterns of two charts on one page do not share an id. */
const hash = (text: string) => [...text].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7).toString(36);
