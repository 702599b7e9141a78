/** Escapes text for SVG/HTML content and attribute values. */
export const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Rounds coordinates so the SVG stays small and deterministic. */
export const r = (n: number) => Math.round(n * 10) / 10;
