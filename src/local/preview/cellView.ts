import type { SheetModel, CellValue } from '../runtime/spreadsheet/model';
import { FORMAT_DEFAULTS } from '../runtime/spreadsheet/model';
import { formatValue, formatColor } from '../runtime/spreadsheet/numberFormat';
import { AUTOMATIC_NUMBER_FORMAT } from '../runtime/spreadsheet/Range';

/** One cell as Sheets draws it, before conditional formats (0-based coordinates). */
export interface CellView {
  value: CellValue | undefined;
  text: string;
  /** Colour from the number format's section ([Red]), which Sheets draws over the font colour. */
  formatColor: string | null;
  background: string;
  fontColor: string;
  bold: boolean;
  italic: boolean;
  /** Points, as Sheets stores it. */
  fontSize: number;
  fontFamily: string;
  /** 'left' | 'center' | 'right' after Sheets' default ("general": numbers right, booleans and errors centred, text left). */
  align: 'left' | 'center' | 'right';
  valign: 'top' | 'middle' | 'bottom';
  wrap: boolean;
  note: string;
  checkbox: boolean;
}

const ERROR_TEXT = /^#(?:N\/A|DIV\/0!|REF!|VALUE!|NAME\?|NUM!|NULL!|ERROR!)$/;

/** Sheets' display of a value under a number format, in the workbook's locale. */
export function displayText(sheet: SheetModel, r: number, c: number): string {
  const f = sheet.numberFormat(r, c);
  return formatValue(sheet.values.get(r, c), f === AUTOMATIC_NUMBER_FORMAT ? '' : f, sheet.workbook.locale);
}

export function isEmptyCell(sheet: SheetModel, r: number, c: number): boolean {
  const v = sheet.values.get(r, c);
  return (v === undefined || v === '') && sheet.formulas.get(r, c) === undefined;
}

export function cellView(sheet: SheetModel, r: number, c: number): CellView {
  const value = sheet.values.get(r, c);
  const fmt = <K extends keyof typeof FORMAT_DEFAULTS>(k: K) => (sheet.formats[k].get(r, c) ?? FORMAT_DEFAULTS[k]) as (typeof FORMAT_DEFAULTS)[K];
  const checkbox = sheet.validations.get(r, c)?.criteria === 'CHECKBOX';
  const numberFormat = sheet.numberFormat(r, c);
  const text = checkbox && typeof value === 'boolean' ? (value ? '\u2611' : '\u2610') : displayText(sheet, r, c);
  return {
    value,
    text,
    formatColor: formatColor(value, numberFormat === AUTOMATIC_NUMBER_FORMAT ? '' : numberFormat),
    background: fmt('background'),
    fontColor: fmt('fontColor'),
    bold: fmt('fontWeight') === 'bold',
    italic: fmt('fontStyle') === 'italic',
    fontSize: fmt('fontSize'),
    fontFamily: fmt('fontFamily'),
    align: alignmentOf(fmt('horizontalAlignment'), value, checkbox),
    valign: verticalOf(fmt('verticalAlignment')),
    wrap: fmt('wrap') === true,
    note: fmt('note'),
    checkbox,
  };
}

function alignmentOf(h: string, value: CellValue | undefined, checkbox: boolean): CellView['align'] {
  const a = h.toLowerCase().replace(/^general-/, '');
  if (a === 'left' || a === 'right' || a === 'center') return a;
  if (checkbox || typeof value === 'boolean' || (typeof value === 'string' && ERROR_TEXT.test(value))) return 'center';
  return typeof value === 'number' ? 'right' : 'left';
}

function verticalOf(v: string): CellView['valign'] {
  const a = v.toLowerCase();
  return a === 'top' ? 'top' : a === 'middle' || a === 'center' ? 'middle' : 'bottom';
}
