import { readdirSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { CsvFormatError, loadCsvFile, loadCsvFolder } from '../runtime/io/csv';
import { loadXlsx } from '../runtime/io/xlsx';
import type { WorkbookModel } from '../runtime/spreadsheet';
import { CliError } from './cliError';

/**
 * A locale whose default date format is ISO: loading a file must not invent a day/month order
 * for date cells that carry none (the locale is told from the data afterwards).
 */
const NEUTRAL_LOCALE = 'und';

export interface LoadedWorkbook {
  model: WorkbookModel;
  /** What was read, for the user: `an .xlsx workbook`, `a CSV file`, `a folder of 3 CSV files`. */
  what: string;
}

/**
 * An exported workbook from a path: an .xlsx file, one .csv file, or a folder of .csv files.
 * Every failure is a CliError saying what is wrong with the file in the user's words; no
 * library message or stack trace gets through.
 */
export async function loadWorkbook(path: string, timeZone: string): Promise<LoadedWorkbook> {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new CliError(`no file or folder at ${path}`);
  }
  const opts = { timeZone, locale: NEUTRAL_LOCALE };
  if (stat.isDirectory()) {
    let files: string[];
    try {
      files = readdirSync(path).filter((f) => f.toLowerCase().endsWith('.csv'));
    } catch {
      throw new CliError(`can't read the folder ${path}`);
    }
    if (files.length === 0) throw new CliError(`${path} is a folder with no .csv file in it; give an .xlsx file, a .csv file, or a folder of .csv files (one per table)`);
    return { model: csv(() => loadCsvFolder(path, opts), path), what: `a folder of ${files.length} CSV file${files.length === 1 ? '' : 's'}` };
  }
  const ext = extname(path).toLowerCase();
  if (ext === '.csv') {
    if (stat.size === 0) throw new CliError(`${path} is empty (0 bytes)`);
    return { model: csv(() => loadCsvFile(path, opts), path), what: 'a CSV file' };
  }
  if (ext === '.xlsx') {
    if (stat.size === 0) throw new CliError(`${path} is empty (0 bytes): export the spreadsheet again (File › Download › Microsoft Excel)`);
    let model: WorkbookModel;
    try {
      model = await loadXlsx(path, opts);
    } catch {
      throw new CliError(`${path} can't be read as an .xlsx workbook: it may be damaged, or another kind of file renamed .xlsx; export the spreadsheet again (File › Download › Microsoft Excel)`);
    }
    if (model.sheets.every((s) => s.lastRow() === 0)) throw new CliError(`${path} has no data: every sheet is empty (${model.sheets.map((s) => `"${s.name}"`).join(', ')})`);
    return { model, what: 'an .xlsx workbook' };
  }
  const kind = ext ? `a ${ext} file` : 'a file without an extension';
  throw new CliError(`${basename(path)} is ${kind}; Pilote reads an .xlsx file, a .csv file, or a folder of .csv files (in Google Sheets: File › Download)`);
}

function csv(load: () => WorkbookModel, path: string): WorkbookModel {
  try {
    return load();
  } catch (e) {
    if (e instanceof CsvFormatError) throw new CliError(`${e.file}, line ${e.line}: ${e.reason}`);
    throw new CliError(`can't read ${path} as CSV`);
  }
}

