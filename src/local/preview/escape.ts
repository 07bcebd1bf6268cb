/**
 * A colour from the workbook, safe in a style attribute: '#rgb'/'#rrggbb'(aa), rgb()/rgba() with
 * numbers, or a CSS colour name; anything else gives `fallback`. (The workbook's text is escaped
 * with the core's escapeHtml.)
 */
export function safeColor(color: unknown, fallback = 'transparent'): string {
  if (typeof color !== 'string') return fallback;
  const c = color.trim();
  if (/^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(c)) return c;
  if (/^rgba?\(\s*[\d.]+%?\s*(?:,\s*[\d.]+%?\s*){2,3}\)$/i.test(c)) return c;
  if (/^[a-z]{3,20}$/i.test(c)) return c.toLowerCase();
  return fallback;
}
