import { escapeXml, r } from './svg.ts';

export interface Series {
  key: string;
  label: string;
  /** Fill colour; each series also gets a pattern-free label in the legend, so colour never carries meaning alone. */
  color: string;
}
export interface Category {
  label: string;
  values: Record<string, number>;
}

const ROW = 28;
// Category labels get the room their longest one needs (up to 8 px a character at 13 px in a wide fallback font), within bounds.
const LABEL_MIN = 120;
const LABEL_MAX = 400;
const LABEL_CHARS = 50;
const BAR_WIDTH = 360;
const LEGEND = 28;

/**
 * A horizontal stacked bar chart as a static SVG string (no script). The numbers belong in a table beside it;
 * the SVG is `role="img"` with a title that says so.
 */
export function stackedBarChart({ title, categories, series, max }: { title: string; categories: readonly Category[]; series: readonly Series[]; max?: number }): string {
  const top = Math.max(1, max ?? Math.max(0, ...categories.map((c) => series.reduce((sum, s) => sum + (c.values[s.key] ?? 0), 0))));
  const height = LEGEND + categories.length * ROW + 8;
  const labelWidth = Math.round(Math.min(LABEL_MAX, Math.max(LABEL_MIN, 12 + 8 * Math.max(0, ...categories.map((c) => Math.min(LABEL_CHARS, c.label.length))))));
  const width = labelWidth + BAR_WIDTH + 60;
  // Legend entries flow from the left edge, each as wide as its label, so four or five series still fit.
  let lx = 0;
  const legend = series
    .map((s) => {
      const entry = `<rect x="${lx}" y="6" width="12" height="12" fill="${s.color}"/><text x="${lx + 16}" y="17">${escapeXml(s.label)}</text>`;
      lx += 16 + s.label.length * 7.5 + 20;
      return entry;
    })
    .join('');
  const bars = categories
    .map((c, row) => {
      const y = LEGEND + row * ROW;
      let x = labelWidth;
      const segments = series
        .map((s) => {
          const w = ((c.values[s.key] ?? 0) / top) * BAR_WIDTH;
          const rect = w > 0 ? `<rect x="${r(x)}" y="${y + 4}" width="${r(w)}" height="${ROW - 10}" fill="${s.color}"><title>${escapeXml(`${c.label}: ${s.label} ${c.values[s.key]}`)}</title></rect>` : '';
          x += w;
          return rect;
        })
        .join('');
      const total = series.reduce((sum, s) => sum + (c.values[s.key] ?? 0), 0);
      return `<text x="${labelWidth - 8}" y="${y + 18}" text-anchor="end">${escapeXml(truncate(c.label, LABEL_CHARS))}</text>${segments}<text x="${r(x + 6)}" y="${y + 18}">${total}</text>`;
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(title)}" font-size="13" font-family="system-ui, sans-serif"><title>${escapeXml(title)}</title>${legend}${bars}</svg>`;
}

const truncate = (text: string, n: number) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);
