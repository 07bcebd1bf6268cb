import { lettersToColumn } from '../../../src/local/runtime/spreadsheet/a1';

/** The `<td …>…</td>` of a cell (A1 notation) in a preview page: rows found by their heading number, cells in column order. */
export function cellTd(html: string, a1: string): string {
  const m = /^([A-Z]+)(\d+)$/.exec(a1);
  if (!m) throw new Error(`Not a cell: ${a1}`);
  const row = new RegExp(`<tr[^>]*><th class="rh">${m[2]}</th>(.*?)</tr>`).exec(html);
  if (!row) throw new Error(`Row ${m[2]} is not in the page`);
  const tds = row[1].match(/<td[^>]*>.*?<\/td>/g) ?? [];
  const td = tds[lettersToColumn(m[1]) - 1];
  if (!td) throw new Error(`Column ${m[1]} is not in row ${m[2]}`);
  return td;
}

/** The text a cell shows, entities decoded. */
export function cellText(html: string, a1: string): string {
  const span = /<span>(.*?)<\/span>/.exec(cellTd(html, a1));
  return span ? unescapeHtml(span[1]) : '';
}

export function unescapeHtml(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

/** The inline style of a cell's <td> and of its text <div>, as one string. */
export function cellStyle(html: string, a1: string): string {
  return [...cellTd(html, a1).matchAll(/style="([^"]*)"/g)].map((x) => x[1]).join(';');
}

/** The SVG of the n-th chart (1-based) of a page. */
export function chartSvg(html: string, n = 1): string {
  const m = new RegExp(`<figure class="chart[^"]*" id="chart-${n}"[^>]*>(<svg.*?</svg>)</figure>`, 's').exec(html);
  if (!m) throw new Error(`No chart ${n} in the page`);
  return m[1];
}

/** Texts drawn in an SVG, entities decoded. */
export function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>(.*?)<\/text>/gs)].map((m) => unescapeHtml(m[1]));
}
