import type { Cell } from './cell';
import type { DayOf } from './date';
import { isDate } from '../dates/day';
import { showCell } from './cell';

/**
 * Key for matching words typed by people: lower case, no accents, punctuation as spaces,
 * spaces collapsed. `Date de clôture` and `date-de-cloture ` both give `date de cloture`.
 */
export function normalizeKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** A header without its trailing unit: `Amount (€)` → `amount`, `Montant (k€) ` → `montant`. */
export function normalizeHeader(header: Cell): string {
  return normalizeKey(String(header ?? '').replace(/\s*\([^()]*\)\s*$/, ''));
}

/** Filter values match trimmed and case-insensitively (accents kept: `Île` ≠ `Ile`); dates as their day. */
export function filterKey(v: Cell, dayOf?: DayOf): string {
  return showCell(v, dayOf).trim().toLowerCase();
}

/** A text cell trimmed, or undefined when blank; numbers become their text (IDs). */
export function textOf(v: Cell): string | undefined {
  if (typeof v === 'string') {
    const s = v.trim();
    return s === '' ? undefined : s;
  }
  if (v === null || v === undefined || isDate(v)) return undefined;
  return String(v);
}
