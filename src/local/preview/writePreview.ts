import * as fs from 'node:fs';
import * as path from 'node:path';
import type { WorkbookModel, SheetModel } from '../runtime/spreadsheet/model';
import { renderSheetHtml, tabBar, type PageLink } from './sheetHtml';
import { escapeHtml } from '../../core/html/escape';
import { safeColor } from './escape';
import { PAGE_CSS } from './pageCss';

export interface PreviewOptions {
  /** Names of the sheets to show, in any order (they appear in the workbook's tab order); default every sheet. */
  sheets?: string[];
  /** Heading of every page (default: the workbook's name). */
  title?: string;
  /** Rows drawn at most per sheet (default 2000). */
  maxRows?: number;
}

export interface PreviewFiles {
  /** Absolute path of index.html. */
  index: string;
  /** One page per sheet, in tab order. */
  pages: { sheet: string; file: string }[];
}

/**
 * Writes `outDir/index.html` (links to every page, in the workbook's tab order, with tab colours)
 * and one page per sheet (`01-dashboard.html`…), each self-contained. Returns their paths.
 *
 * @example
 *   const { index } = writePreview(rt.workbook, 'pilote-output/preview', { sheets: ['Dashboard', 'Sales'] });
 */
export function writePreview(model: WorkbookModel, outDir: string, opts: PreviewOptions = {}): PreviewFiles {
  const wanted = opts.sheets ? new Set(opts.sheets) : null;
  if (wanted) for (const name of wanted) model.sheet(name); // an unknown name fails here, naming the sheets there are
  const sheets = model.sheets.filter((s) => !wanted || wanted.has(s.name));
  const names = pageNames(sheets);
  fs.mkdirSync(outDir, { recursive: true });
  const title = opts.title ?? model.name;
  const links = sheets.map((s, i): PageLink => ({ name: s.name, href: names[i], color: s.tabColor, hidden: s.hidden }));
  const pages = sheets.map((s, i) => {
    const html = renderSheetHtml(model, s, { title, indexHref: 'index.html', maxRows: opts.maxRows, tabs: links.map((l, k) => ({ ...l, current: k === i })) });
    const file = path.resolve(outDir, names[i]);
    fs.writeFileSync(file, html);
    return { sheet: s.name, file };
  });
  const index = path.resolve(outDir, 'index.html');
  fs.writeFileSync(index, indexHtml(model, sheets, links, title));
  return { index, pages };
}

/** '01-tableau-de-bord.html', … : the tab position, then the name in plain ASCII. */
function pageNames(sheets: SheetModel[]): string[] {
  const width = String(sheets.length).length < 2 ? 2 : String(sheets.length).length;
  return sheets.map((s, i) => {
    const slug = s.name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40);
    return `${String(i + 1).padStart(width, '0')}${slug ? `-${slug}` : ''}.html`;
  });
}

function indexHtml(model: WorkbookModel, sheets: SheetModel[], links: PageLink[], title: string): string {
  const items = sheets.map((s, i) => {
    const color = safeColor(s.tabColor, '');
    const counts = [`${s.lastRow()} rows × ${s.lastColumn()} columns`, s.charts.length ? `${s.charts.length} chart${s.charts.length > 1 ? 's' : ''}` : ''].filter(Boolean).join(', ');
    return `<li><span class="swatch"${color ? ` style="background:${color}"` : ''}></span><a href="${escapeHtml(links[i].href)}">${escapeHtml(s.name)}</a>${s.hidden ? ' <small>(hidden)</small>' : ''}<span class="count">${counts}</span></li>`;
  });
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(model.locale.split('_')[0])}"><head><meta charset="utf-8">`,
    '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'; img-src data:">',
    `<title>${escapeHtml(title)} — preview</title><style>${PAGE_CSS}</style></head><body>`,
    `<header class="top"><h1>${escapeHtml(title)}</h1><span class="meta">${escapeHtml(model.locale)} · ${escapeHtml(model.timeZone)} · local preview</span></header>`,
    `<ul class="pages">${items.join('')}</ul>`,
    links.length ? tabBar(links) : '',
    '</body></html>',
  ].join('\n');
}
