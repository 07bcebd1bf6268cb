import type { WorkbookModel, SheetModel, BorderData } from '../runtime/spreadsheet/model';
import { columnToLetters, toA1 } from '../runtime/spreadsheet/a1';
import { SheetGeometry } from './geometry';
import { cellView, isEmptyCell, type CellView } from './cellView';
import { applyConditionalFormats, type ConditionalStyle } from './conditionalFormats';
import { renderChartSvg } from './chartSvg';
import { escapeHtml } from '../../core/html/escape';
import { safeColor } from './escape';
import { PAGE_CSS } from './pageCss';

/**
 * One sheet as an HTML page that looks like Sheets: row and column headings, grid lines, column
 * widths and row heights in px, display values through the sheet's number formats in the
 * workbook's locale, backgrounds, fonts, alignment, wrapping, borders, notes (corner mark,
 * tooltip, and a list under the grid), frozen rows and columns (sticky), conditional formats
 * applied, and each embedded chart drawn as inline SVG where it is anchored. Only the used area
 * is drawn, extended to cover the charts. Self-contained: inline CSS and SVG, no script, no
 * external request.
 */

/** Width of the row headings (1, 2, 3…) and height of the column headings (A, B, C…), in px. */
export const ROW_HEADER_WIDTH = 46;
export const COLUMN_HEADER_HEIGHT = 20;

export interface PageLink { name: string; href: string; color: string | null; current?: boolean; hidden?: boolean }

export interface SheetPageOptions {
  /** Tabs shown at the bottom, like Sheets' sheet bar (writePreview passes every page). */
  tabs?: PageLink[];
  /** Link back to the list of pages. */
  indexHref?: string;
  /** Heading of the page (default: the workbook's name). */
  title?: string;
  /** Rows drawn at most (default 2000); the rest is named in a warning. */
  maxRows?: number;
}

export function renderSheetHtml(model: WorkbookModel, sheet: SheetModel | string, opts: SheetPageOptions = {}): string {
  const s = typeof sheet === 'string' ? model.sheet(sheet) : sheet;
  const geo = new SheetGeometry(s);
  const warnings: string[] = [];

  // Charts first: they extend the drawn area.
  const charts = s.charts.map((chart, i) => {
    const box = geo.chartBox(chart);
    let svg: string, title = '';
    try {
      const r = renderChartSvg(model, chart);
      svg = r.svg;
      title = r.title;
      for (const w of r.warnings) warnings.push(`Chart ${i + 1}${title ? ` "${title}"` : ''}: ${w}.`);
    } catch (e) {
      svg = '';
      warnings.push(`Chart ${i + 1} could not be drawn: ${(e as Error).message}`);
    }
    return { chart, box, svg, title };
  });
  let rows = geo.contentRows, columns = geo.contentColumns;
  for (const { box } of charts) {
    rows = Math.max(rows, geo.rowAt(box.top + box.height - 1));
    columns = Math.max(columns, geo.columnAt(box.left + box.width - 1));
  }
  rows = Math.max(rows, s.frozenRows, 1);
  columns = Math.max(columns, s.frozenColumns, 1);
  const maxRows = opts.maxRows ?? 2000;
  if (rows > maxRows) {
    warnings.push(`Rows ${maxRows + 1} to ${rows} are not shown in this preview.`);
    rows = maxRows;
  }

  const cf = applyConditionalFormats(s, rows, columns);
  warnings.push(...cf.warnings);
  const borders = borderEdges(s.borders, s.id);
  const notes: { a1: string; text: string }[] = [];
  const visibleCols: number[] = [];
  for (let c = 1; c <= columns; c++) if (geo.columnWidth(c) > 0) visibleCols.push(c);

  const cellHtml = (r: number, c: number): string => {
    const v = cellView(s, r - 1, c - 1);
    const style = cf.styleAt(r - 1, c - 1);
    if (v.note) notes.push({ a1: toA1(r, c, 1, 1), text: v.note });
    return renderCell(s, geo, r, c, v, style, borders, columns);
  };
  const frozenLine = (r: number) => s.frozenRows > 0 && r === s.frozenRows;
  const rowHtml = (r: number): string => {
    const h = geo.rowHeight(r);
    if (h === 0) return '';
    const cells = visibleCols.map((c) => cellHtml(r, c)).join('');
    return `<tr style="height:${h}px"${frozenLine(r) ? ' class="fz"' : ''}><th class="rh">${r}</th>${cells}</tr>\n`;
  };
  const frozen = Math.min(s.frozenRows, rows);
  let head = '', body = '';
  for (let r = 1; r <= rows; r++) {
    if (r <= frozen) head += rowHtml(r);
    else body += rowHtml(r);
  }

  const gridWidth = ROW_HEADER_WIDTH + visibleCols.reduce((w, c) => w + geo.columnWidth(c), 0);
  const cols = `<col style="width:${ROW_HEADER_WIDTH}px">${visibleCols.map((c) => `<col style="width:${geo.columnWidth(c)}px">`).join('')}`;
  const colHeads = visibleCols.map((c) => `<th class="ch${c <= s.frozenColumns ? ' fc' : ''}"${c <= s.frozenColumns ? ` style="left:${ROW_HEADER_WIDTH + geo.x(c)}px"` : ''}>${columnToLetters(c)}</th>`).join('');
  const chartHtml = charts.map(({ chart, box, svg, title }, i) => {
    const inFrozen = chart.position.row <= s.frozenRows;
    const label = title ? ` aria-label="${escapeHtml(title)}"` : '';
    return `<figure class="chart${inFrozen ? ' top' : ''}" id="chart-${i + 1}" data-anchor="${toA1(chart.position.row, chart.position.column, 1, 1)}" `
      + `style="left:${ROW_HEADER_WIDTH + box.left}px;top:${COLUMN_HEADER_HEIGHT + box.top}px;width:${box.width}px;height:${box.height}px"${label}>${svg}</figure>`;
  }).join('\n');

  const workbookTitle = opts.title ?? model.name;
  const tabColor = safeColor(s.tabColor, '');
  const parts = [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(model.locale.split('_')[0])}"><head><meta charset="utf-8">`,
    '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'; img-src data:">',
    `<title>${escapeHtml(s.name)} — ${escapeHtml(workbookTitle)}</title><style>${PAGE_CSS}</style></head><body>`,
    `<header class="top"><h1>${escapeHtml(workbookTitle)}</h1><span class="sheetname"${tabColor ? ` style="border-color:${tabColor}"` : ''}>${escapeHtml(s.name)}</span>`
      + `${opts.indexHref ? ` <a href="${escapeHtml(opts.indexHref)}">All sheets</a>` : ''}<span class="meta">${escapeHtml(model.locale)} · ${escapeHtml(model.timeZone)}</span></header>`,
    warnings.length ? `<aside class="warnings"><strong>Not shown as Sheets would:</strong><ul>${warnings.map((w) => `<li>${escapeHtml(w)}</li>`).join('')}</ul></aside>` : '',
    `<div class="sheet" style="width:${gridWidth}px">`,
    `<table class="grid" style="width:${gridWidth}px"><colgroup>${cols}</colgroup>`,
    `<thead><tr class="heads" style="height:${COLUMN_HEADER_HEIGHT}px"><th class="rh corner"></th>${colHeads}</tr>\n${head}</thead>`,
    `<tbody>\n${body}</tbody></table>`,
    chartHtml,
    '</div>',
    notes.length ? `<section class="notes"><h2>Notes</h2><dl>${notes.map((n) => `<dt>${n.a1}</dt><dd>${escapeHtml(n.text)}</dd>`).join('')}</dl></section>` : '',
    opts.tabs?.length ? tabBar(opts.tabs) : '',
    '</body></html>',
  ];
  return parts.filter((p) => p !== '').join('\n');
}

export function tabBar(tabs: PageLink[]): string {
  return `<nav class="tabs">${tabs.map((t) => {
    const color = safeColor(t.color, '');
    return `<a href="${escapeHtml(t.href)}"${t.current ? ' class="current" aria-current="page"' : ''}${color ? ` style="border-bottom-color:${color}"` : ''}>${escapeHtml(t.name)}${t.hidden ? ' <small>(hidden)</small>' : ''}</a>`;
  }).join('')}</nav>`;
}

const SAFE_FONT = /^[A-Za-z0-9 \-]{1,40}$/;

function renderCell(s: SheetModel, geo: SheetGeometry, r: number, c: number, v: CellView, cf: ConditionalStyle | undefined, borders: BorderEdges, lastColumn: number): string {
  const tdStyle: string[] = [];
  const divStyle: string[] = [`height:${Math.max(0, geo.rowHeight(r) - 1)}px`];
  const classes: string[] = [];
  const background = cf?.background ?? v.background;
  if (background !== '#ffffff') tdStyle.push(`background-color:${safeColor(background, '#ffffff')}`);
  tdStyle.push(...borders.styles(r, c));
  if (c <= s.frozenColumns) { classes.push('fc'); tdStyle.push(`left:${ROW_HEADER_WIDTH + geo.x(c)}px`); if (background === '#ffffff') tdStyle.push('background-color:#ffffff'); }
  if (v.note) classes.push('n');
  const color = cf?.fontColor ?? v.formatColor ?? v.fontColor;
  if (color !== '#000000') divStyle.push(`color:${safeColor(color, '#000000')}`);
  if (cf?.bold ?? v.bold) divStyle.push('font-weight:bold');
  if (cf?.italic ?? v.italic) divStyle.push('font-style:italic');
  const deco = [cf?.underline ? 'underline' : '', cf?.strikethrough ? 'line-through' : ''].filter(Boolean).join(' ');
  if (deco) divStyle.push(`text-decoration:${deco}`);
  if (v.fontSize !== 10 && v.fontSize > 0 && v.fontSize < 400) divStyle.push(`font-size:${v.fontSize}pt`);
  if (v.fontFamily !== 'Arial' && SAFE_FONT.test(v.fontFamily)) divStyle.push(`font-family:'${v.fontFamily}',Arial,sans-serif`);
  if (v.align !== 'left') divStyle.push(`justify-content:${v.align === 'center' ? 'center' : 'flex-end'};text-align:${v.align}`);
  if (v.valign !== 'bottom') divStyle.push(`align-items:${v.valign === 'top' ? 'flex-start' : 'center'}`);
  if (v.wrap) classes.push('w');
  else if (v.text !== '' && v.align === 'left' && typeof v.value === 'string') {
    // Sheets lets unwrapped text run over the empty cells on its right.
    let spill = 0;
    for (let k = c + 1; k <= lastColumn && isEmptyCell(s, r - 1, k - 1); k++) spill += geo.columnWidth(k);
    if (spill > 0) divStyle.push(`width:${geo.columnWidth(c) + spill}px`);
  }
  const td = `<td${classes.length ? ` class="${classes.join(' ')}"` : ''}${tdStyle.length ? ` style="${tdStyle.join(';')}"` : ''}${v.note ? ` title="${escapeHtml(v.note)}"` : ''}>`;
  if (v.text === '' && divStyle.length === 1 && !v.wrap) return `${td}</td>`;
  return `${td}<div class="c${v.wrap ? ' w' : ''}" style="${divStyle.join(';')}"><span>${escapeHtml(v.text)}</span></div></td>`;
}

// ---------- borders (Range.setBorder) ----------

interface Edge { width: number; color: string; style: 'solid' | 'dotted' | 'dashed' }
interface BorderEdges { styles(r: number, c: number): string[] }

const BORDER_WIDTH: Record<string, number> = { SOLID: 1, DOTTED: 1, DASHED: 1, SOLID_MEDIUM: 2, SOLID_THICK: 3, DOUBLE: 3 };

/**
 * Borders set with Range.setBorder, later calls over earlier ones (true sets, false clears,
 * null keeps). A line is drawn on the grid line it replaces (the bottom or right border of the
 * cell before it), thicker styles growing inwards as an inset shadow, so borders never move
 * the grid; lines on the outer edge of row 1 or column A are drawn inside those cells.
 */
function borderEdges(list: BorderData[], sheetId: number): BorderEdges {
  // h: the line above row r (r 1-based; r = n+1 is below row n) at column c; v: the line left of column c.
  const h = new Map<string, Edge | null>(), v = new Map<string, Edge | null>();
  for (const b of list) {
    if (b.ref.sheetId !== sheetId) continue;
    const style = b.style ?? 'SOLID';
    const edge: Edge = { width: BORDER_WIDTH[style] ?? 1, color: safeColor(b.color ?? '#000000', '#000000'), style: style === 'DOTTED' ? 'dotted' : style === 'DASHED' ? 'dashed' : 'solid' };
    const { row, column, numRows, numColumns } = b.ref;
    const setH = (rr: number, on: boolean | null) => { if (on === null) return; for (let c = column; c < column + numColumns; c++) h.set(`${rr},${c}`, on ? edge : null); };
    const setV = (cc: number, on: boolean | null) => { if (on === null) return; for (let r = row; r < row + numRows; r++) v.set(`${r},${cc}`, on ? edge : null); };
    setH(row, b.top);
    setH(row + numRows, b.bottom);
    setV(column, b.left);
    setV(column + numColumns, b.right);
    for (let rr = row + 1; rr < row + numRows; rr++) setH(rr, b.horizontal);
    for (let cc = column + 1; cc < column + numColumns; cc++) setV(cc, b.vertical);
  }
  if (h.size === 0 && v.size === 0) return { styles: () => [] };
  return {
    styles(r, c) {
      const out: string[] = [], shadows: string[] = [];
      const bottom = h.get(`${r + 1},${c}`), right = v.get(`${r},${c + 1}`);
      if (bottom) { out.push(`border-bottom:1px ${bottom.style} ${bottom.color}`); if (bottom.width > 1) shadows.push(`inset 0 -${bottom.width - 1}px 0 ${bottom.color}`); }
      if (right) { out.push(`border-right:1px ${right.style} ${right.color}`); if (right.width > 1) shadows.push(`inset -${right.width - 1}px 0 0 ${right.color}`); }
      const top = r === 1 ? h.get(`1,${c}`) : undefined, left = c === 1 ? v.get(`${r},1`) : undefined;
      if (top) shadows.push(`inset 0 ${top.width}px 0 ${top.color}`);
      if (left) shadows.push(`inset ${left.width}px 0 0 ${left.color}`);
      if (shadows.length) out.push(`box-shadow:${shadows.join(',')}`);
      return out;
    },
  };
}
