import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { WorkbookModel, type WorkbookOptions } from '../spreadsheet/model';

/**
 * A folder of CSV files -> a workbook: one sheet per `.csv` (named after the file, in file-name
 * order). Cells are read as a Google-Sheets CSV export of them would be: only plainly numeric
 * fields (`12`, `-3.5`, `0.25`) become numbers; `007`, `1 234,56 €`, `$1,234.56`, `2026-03-01`,
 * `01/03/2026`, `TRUE` stay TEXT exactly as written. `;` or `,` delimiter detected on the first
 * line; BOM stripped. Sheets are at least 1000×26, as a new sheet.
 */
export interface LoadCsvOptions extends WorkbookOptions {
  /** Force the delimiter instead of detecting it. */
  delimiter?: ',' | ';' | '\t';
}

const PLAIN_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?$/;

export function loadCsvFolder(dir: string, opts: LoadCsvOptions = {}): WorkbookModel {
  const files = readdirSync(dir).filter((f) => f.toLowerCase().endsWith('.csv')).sort();
  const model = new WorkbookModel(opts);
  for (const file of files) {
    const text = readFileSync(join(dir, file), 'utf8');
    const sheet = model.addSheet(basename(file, file.slice(-4)));
    const rows = parseCsv(text, opts.delimiter);
    rows.forEach((row, r) => row.forEach((field, c) => {
      if (field === '') return;
      sheet.values.set(r, c, PLAIN_NUMBER.test(field) ? Number(field) : field);
    }));
    sheet.maxRows = Math.max(1000, rows.length);
    sheet.maxColumns = rows.reduce((max, row) => Math.max(max, row.length), 26);
  }
  if (model.sheets.length === 0) model.addSheet('Sheet1');
  return model;
}

/** Parses CSV text into rows of strings (delimiter detected unless given). */
export function parseCsv(text: string, delimiter?: string): string[][] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return parse(body, { delimiter: delimiter ?? detectDelimiter(body), relax_column_count: true, bom: true, skip_empty_lines: false }) as string[][];
}

/** ';' when the first line has more semicolons than commas outside quotes, else ','. */
export function detectDelimiter(text: string): ',' | ';' {
  let commas = 0, semis = 0, quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ',') commas++;
    else if (!quoted && ch === ';') semis++;
  }
  return semis > commas ? ';' : ',';
}
