import { formatDay, isDate } from '../dates/day';
import type { DayOf } from './date';

/** A cell value as Apps Script hands it over: number, string, boolean, Date, or '' when empty. */
export type Cell = string | number | boolean | Date | null | undefined;
export type Grid = Cell[][];

/** A value that was present but could not be read; `why` ends up in the data check. */
export interface Invalid { invalid: string }

export function invalid(why: string): Invalid {
  return { invalid: why };
}

export function isInvalid(v: unknown): v is Invalid {
  return typeof v === 'object' && v !== null && 'invalid' in v;
}

export function isBlank(v: Cell): boolean {
  if (v === '' || v === null || v === undefined) return true;
  return typeof v === 'string' && v.trim() === '';
}

const ERROR_CELL = /^#(N\/A|REF!|DIV\/0!|VALUE!|NAME\?|NUM!|NULL!|ERROR!|SPILL!|CALC!)$/;

/** Sheets hands error cells to scripts as their error text (`#REF!`). */
export function errorCellOf(v: Cell): string | undefined {
  if (typeof v !== 'string') return undefined;
  const s = v.trim();
  return s.charAt(0) === '#' && ERROR_CELL.test(s) ? s : undefined;
}

/**
 * How a cell is quoted back to the user in messages. A Date cell shows its calendar day in the
 * spreadsheet's zone when `dayOf` is given (its UTC day otherwise, for Node-side data).
 */
export function showCell(v: Cell, dayOf?: DayOf): string {
  if (isDate(v)) return isNaN(v.getTime()) ? 'Invalid Date' : dayOf ? formatDay(dayOf(v)) : v.toISOString().slice(0, 10);
  if (v === null || v === undefined) return '';
  return String(v);
}
