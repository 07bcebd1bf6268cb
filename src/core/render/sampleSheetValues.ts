import type { Language } from '../format/formatValue';
import { safeText } from '../format/safeCell';
import { ColumnFormat, numberFormatFor, SERIAL_OF_EPOCH_DAY } from './sheetFormats';

export interface SheetBlock {
  name: string;
  /** Header row then data rows, ready for one setValues call. */
  values: (string | number | boolean)[][];
  /** One number format per cell of `values`, for one setNumberFormats call. */
  formats: string[][];
}

/**
 * A generated table as one block of values and formats: dates become Sheets serials under a
 * date format (no time zone involved: the serial *is* the calendar day), text can't become a
 * formula, blanks stay blank.
 */
export function sheetBlock(sheet: { name: string; headers: string[]; formats: ColumnFormat[]; rows: (string | number | boolean | null)[][] }, language: Language): SheetBlock {
  const columnFormats = sheet.formats.map((f) => numberFormatFor(f, language));
  const values: (string | number | boolean)[][] = [sheet.headers.map(safeText)];
  const formats: string[][] = [sheet.headers.map(() => '@')];
  for (const row of sheet.rows) {
    values.push(row.map((v, c) => {
      if (v === null) return '';
      if (typeof v === 'string') return safeText(v);
      if (typeof v === 'number' && (sheet.formats[c] === 'date' || sheet.formats[c] === 'month')) return v + SERIAL_OF_EPOCH_DAY;
      return v;
    }));
    formats.push(columnFormats);
  }
  return { name: sheet.name, values, formats };
}
