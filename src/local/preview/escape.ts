/**
 * HTML escaping for every text that comes from the workbook (cell values, notes, sheet names,
 * chart titles, labels): the preview shows it as text, never as markup.
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe inside an element or a double- or single-quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch]);
}

/**
 * A colour from the workbook, safe in a style attribute: '#rgb'/'#rrggbb'(aa), rgb()/rgba() with
 * numbers, or a CSS colour name; anything else gives `fallback`.
 */
export function safeColor(color: unknown, fallback = 'transparent'): string {
  if (typeof color !== 'string') return fallback;
  const c = color.trim();
  if (/^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(c)) return c;
  if (/^rgba?\(\s*[\d.]+%?\s*(?:,\s*[\d.]+%?\s*){2,3}\)$/i.test(c)) return c;
  if (/^[a-z]{3,20}$/i.test(c)) return c.toLowerCase();
  return fallback;
}
