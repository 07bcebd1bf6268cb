import { isDate } from '../infra/checkArgs';
import type { Env } from './internal';
import type { SheetModel } from './model';
import { isDateFormat, defaultDateFormat, defaultDateTimeFormat } from './numberFormat';
import { instantOfSerial, serialOfInstant } from './serial';
import { parseUserString } from './userInput';

/**
 * One cell's value as Apps Script's getValue(s) gives it: number, string, boolean, '' when
 * empty, a Date (of the add-on's realm) when the number's format is a date/time format — the
 * instant at which the spreadsheet's zone shows that wall clock.
 * A formula cell gives its cached result if the loaded file had one, else '' (the runtime does
 * not evaluate formulas: '' is the placeholder).
 */
export function readCell(env: Env, sheet: SheetModel, r: number, c: number): unknown {
  const v = sheet.values.get(r, c);
  if (v === undefined) return '';
  if (typeof v === 'number' && isDateFormat(sheet.formats.numberFormat.get(r, c))) {
    return new env.ctx.DateCtor(instantOfSerial(v, env.model.timeZone));
  }
  return v;
}

/** Reads a rectangle (0-based origin) into fresh plain arrays. */
export function readBlock(env: Env, sheet: SheetModel, r0: number, c0: number, nr: number, nc: number): unknown[][] {
  const out: unknown[][] = new Array(nr);
  const nfRows = sheet.formats.numberFormat.rows;
  for (let i = 0; i < nr; i++) {
    const row = sheet.values.rows[r0 + i];
    const line: unknown[] = new Array(nc);
    if (!row) { line.fill(''); out[i] = line; continue; }
    const nfRow = nfRows[r0 + i];
    for (let j = 0; j < nc; j++) {
      const v = row[c0 + j];
      if (v === undefined) line[j] = '';
      else if (typeof v === 'number' && nfRow && nfRow[c0 + j] !== undefined && isDateFormat(nfRow[c0 + j])) line[j] = new env.ctx.DateCtor(instantOfSerial(v, env.model.timeZone));
      else line[j] = v;
    }
    out[i] = line;
  }
  return out;
}

/**
 * Writes one value as Range.setValue(s) does: a Date becomes the serial of its wall clock in the
 * spreadsheet's zone (and the cell gets the locale's date or date-time format unless it already
 * has a date format); a string is read as typed text (see userInput.ts: `=…` becomes a formula,
 * `'…` stays text); null/undefined/'' empties the cell's content.
 */
export function writeCell(env: Env, sheet: SheetModel, r: number, c: number, input: unknown): void {
  sheet.formulas.set(r, c, undefined);
  if (input === null || input === undefined || input === '') { sheet.values.set(r, c, undefined); return; }
  if (typeof input === 'number') {
    sheet.values.set(r, c, Number.isFinite(input) ? input : String(input));
    return;
  }
  if (typeof input === 'boolean') { sheet.values.set(r, c, input); return; }
  if (isDate(input)) {
    const t = input.getTime();
    if (Number.isNaN(t)) { sheet.values.set(r, c, 'Invalid Date'); return; }
    const serial = serialOfInstant(t, env.model.timeZone);
    sheet.values.set(r, c, serial);
    if (!isDateFormat(sheet.formats.numberFormat.get(r, c))) {
      sheet.formats.numberFormat.set(r, c, Number.isInteger(serial) ? defaultDateFormat(env.model.locale) : defaultDateTimeFormat(env.model.locale));
    }
    return;
  }
  const s = typeof input === 'string' ? input : String(input);
  const parsed = parseUserString(s, env.model.locale, sheet.formats.numberFormat.get(r, c) === '@');
  if (parsed.kind === 'formula') { sheet.formulas.set(r, c, parsed.formula); sheet.values.set(r, c, undefined); return; }
  sheet.values.set(r, c, parsed.value);
  if (parsed.kind === 'value' && parsed.format && !sheet.formats.numberFormat.get(r, c)) sheet.formats.numberFormat.set(r, c, parsed.format);
}
