import { errorCellOf, isBlank, showCell } from '../../../src/core/cells/cell';
import { filterKey, normalizeHeader, normalizeKey, textOf } from '../../../src/core/cells/text';
import { utc } from '../helpers';

describe('normalizeKey', () => {
  it('drops case, accents and punctuation, collapses spaces', () => {
    expect(normalizeKey('Date de clôture')).toBe('date de cloture');
    expect(normalizeKey('  date-de-CLOTURE ')).toBe('date de cloture');
    expect(normalizeKey('Close   date')).toBe('close date');
    expect(normalizeKey('close_date')).toBe('close date');
    expect(normalizeKey('Étape')).toBe('etape');
  });
});

describe('normalizeHeader', () => {
  it('drops a trailing unit in parentheses', () => {
    expect(normalizeHeader('Amount (€)')).toBe('amount');
    expect(normalizeHeader('Montant (k€) ')).toBe('montant');
    expect(normalizeHeader('Montant HT (EUR)')).toBe('montant ht');
  });
  it('keeps a parenthesis that is not at the end', () => {
    expect(normalizeHeader('Amount (€) total')).toBe('amount total');
  });
  it('reads non-text headers as text', () => {
    expect(normalizeHeader(2026)).toBe('2026');
    expect(normalizeHeader(null)).toBe('');
  });
});

describe('filterKey and textOf', () => {
  it('filter values match trimmed and case-insensitively, accents kept', () => {
    expect(filterKey('  LinkedIn ')).toBe(filterKey('linkedin'));
    expect(filterKey('Île-de-France')).not.toBe(filterKey('Ile-de-France'));
    expect(filterKey(42)).toBe('42');
  });
  it('textOf trims, blank is undefined, numbers become text', () => {
    expect(textOf('  Acme ')).toBe('Acme');
    expect(textOf('  ')).toBeUndefined();
    expect(textOf(123)).toBe('123');
    expect(textOf(utc(2026, 1, 1))).toBeUndefined();
  });
});

describe('cells', () => {
  it('recognises error cells as Sheets hands them over', () => {
    for (const e of ['#REF!', '#N/A', '#DIV/0!', '#VALUE!', '#NAME?', '#NUM!', '#ERROR!', ' #N/A ']) expect(errorCellOf(e)).toBe(e.trim());
    expect(errorCellOf('#1 customer')).toBeUndefined();
    expect(errorCellOf(5)).toBeUndefined();
  });
  it('blank means empty or spaces only', () => {
    expect(isBlank('')).toBe(true);
    expect(isBlank(' \u00a0')).toBe(true);
    expect(isBlank(0)).toBe(false);
    expect(isBlank(false)).toBe(false);
  });
  it('showCell quotes values back', () => {
    expect(showCell(utc(2026, 3, 31))).toBe('2026-03-31');
    expect(showCell(new Date(NaN))).toBe('Invalid Date');
    expect(showCell(12.5)).toBe('12.5');
    expect(showCell(undefined)).toBe('');
  });
});
