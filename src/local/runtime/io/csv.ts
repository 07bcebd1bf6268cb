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
  for (const file of files) addCsvSheet(model, join(dir, file), opts);
  if (model.sheets.length === 0) model.addSheet('Sheet1');
  return model;
}

/** One `.csv` file → a workbook of one sheet named after the file (as Sheets imports it). */
export function loadCsvFile(file: string, opts: LoadCsvOptions = {}): WorkbookModel {
  const model = new WorkbookModel(opts);
  addCsvSheet(model, file, opts);
  return model;
}

function addCsvSheet(model: WorkbookModel, file: string, opts: LoadCsvOptions): void {
  const text = readFileSync(file, 'utf8');
  const base = basename(file);
  const sheet = model.addSheet(basename(base, base.slice(-4)));
  const rows = parseCsv(text, opts.delimiter, file);
  rows.forEach((row, r) => row.forEach((field, c) => {
    if (field === '') return;
    sheet.values.set(r, c, PLAIN_NUMBER.test(field) ? Number(field) : field);
  }));
  sheet.maxRows = Math.max(1000, rows.length);
  sheet.maxColumns = rows.reduce((max, row) => Math.max(max, row.length), 26); // no spread: 100k+ rows would overflow the call stack
}

/** CSV text that can't be split into fields: the file, the line (1-based) and what is wrong, in words. */
export class CsvFormatError extends Error {
  constructor(readonly file: string, readonly line: number, readonly reason: string) {
    super(`${file}, line ${line}: ${reason}`);
    this.name = 'CsvFormatError';
  }
}

/** Parses CSV text into rows of strings (delimiter detected unless given); bad quoting → CsvFormatError. */
export function parseCsv(text: string, delimiter?: string, file = 'CSV'): string[][] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return parse(body, { delimiter: delimiter ?? detectDelimiter(body), relax_column_count: true, bom: true, skip_empty_lines: false }) as string[][];
  } catch (e) {
    const err = e as { code?: string; lines?: number };
    if (err.code === 'CSV_QUOTE_NOT_CLOSED') {
      throw new CsvFormatError(file, unclosedQuoteLine(body) ?? err.lines ?? 1, 'a quoted field opens with " and is never closed (add the closing ", or double a " inside a quoted field: "")');
    }
    if (err.code === 'CSV_INVALID_CLOSING_QUOTE' || err.code === 'INVALID_OPENING_QUOTE' || err.code === 'CSV_INVALID_OPENING_QUOTE') {
      throw new CsvFormatError(file, err.lines ?? 1, 'a " in the middle of a field (quote the whole field, and double the " inside it: "")');
    }
    throw new CsvFormatError(file, err.lines ?? 1, 'this line is not valid CSV');
  }
}

/** The line where a quoted field that never closes opens, or undefined. */
export function unclosedQuoteLine(text: string): number | undefined {
  let line = 1, openedAt: number | undefined;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === '\n') line++;
    else if (ch === '"') {
      if (openedAt === undefined) openedAt = line;
      else if (text.charAt(i + 1) === '"') i++; // "" inside quotes
      else openedAt = undefined;
    }
  }
  return openedAt;
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
