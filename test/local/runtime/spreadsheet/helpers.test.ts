import { columnToLetters, lettersToColumn, parseA1, toA1 } from '../../../../src/local/runtime/spreadsheet/a1';
import { serialOfWallClock, instantOfSerial, serialOfInstant, wallClockOfSerial } from '../../../../src/local/runtime/spreadsheet/serial';
import { formatValue, isDateFormat } from '../../../../src/local/runtime/spreadsheet/numberFormat';
import { parseUserString } from '../../../../src/local/runtime/spreadsheet/userInput';

const NNBSP = '\u202f';

describe('a1', () => {
  it('converts column letters both ways', () => {
    expect([1, 26, 27, 52, 702, 703].map(columnToLetters)).toEqual(['A', 'Z', 'AA', 'AZ', 'ZZ', 'AAA']);
    expect(['A', 'z', 'AA', 'ZZ', 'AAA'].map(lettersToColumn)).toEqual([1, 26, 27, 702, 703]);
  });
  it('parses cells, rectangles, whole columns, whole rows, open ends and sheet prefixes', () => {
    expect(parseA1('B3')).toEqual({ startRow: 3, startColumn: 2, endRow: 3, endColumn: 2 });
    expect(parseA1('$B$3:A1')).toEqual({ startRow: 1, startColumn: 1, endRow: 3, endColumn: 2 });
    expect(parseA1('A:K')).toEqual({ startColumn: 1, endColumn: 11 });
    expect(parseA1('2:5')).toEqual({ startRow: 2, endRow: 5 });
    expect(parseA1('A2:C')).toEqual({ startRow: 2, startColumn: 1, endColumn: 3 });
    expect(parseA1("'My sheet'!A:D")).toEqual({ sheetName: 'My sheet', startColumn: 1, endColumn: 4 });
    expect(parseA1("'It''s'!A1")).toEqual({ sheetName: "It's", startRow: 1, startColumn: 1, endRow: 1, endColumn: 1 });
    expect(parseA1('Leads!A1:B2')).toMatchObject({ sheetName: 'Leads', endRow: 2, endColumn: 2 });
  });
  it('rejects what is not A1', () => {
    for (const bad of ['', 'A0', '1A', 'A1:B2:C3', 'Hello world', 'A', 'A1:5']) expect(parseA1(bad)).toBeNull();
  });
  it('writes A1 notation', () => {
    expect(toA1(1, 1, 1, 1)).toBe('A1');
    expect(toA1(2, 3, 10, 2)).toBe('C2:D11');
  });
});

describe('serial (day 0 = 1899-12-30, wall clock in the spreadsheet zone)', () => {
  it('2025-01-01 is 45658 and 2026-03-01 12:00 is 46082.5', () => {
    expect(serialOfWallClock({ year: 2025, month: 1, day: 1, hour: 0, minute: 0, second: 0, millisecond: 0 })).toBe(45658);
    expect(serialOfWallClock({ year: 2026, month: 3, day: 1, hour: 12, minute: 0, second: 0, millisecond: 0 })).toBe(46082.5);
    expect(wallClockOfSerial(46082.75)).toEqual({ year: 2026, month: 3, day: 1, hour: 18, minute: 0, second: 0, millisecond: 0 });
  });
  it('converts in the spreadsheet zone, not the host one', () => {
    expect(new Date(instantOfSerial(46082, 'Europe/Paris')).toISOString()).toBe('2026-02-28T23:00:00.000Z');
    expect(new Date(instantOfSerial(46082, 'America/New_York')).toISOString()).toBe('2026-03-01T05:00:00.000Z');
    // Summer time in Paris: 2026-07-01 00:00 is 22:00Z the day before.
    expect(serialOfInstant(Date.UTC(2026, 5, 30, 22), 'Europe/Paris')).toBe(46204);
  });
});

describe('numberFormat (getDisplayValues)', () => {
  it.each([
    [1234.5, '#,##0.00', 'en_US', '1,234.50'],
    [1234.5, '#,##0.00', 'fr_FR', `1${NNBSP}234,50`],
    [1234.5, '#,##0', 'en_US', '1,235'],
    [-1234, '#,##0', 'en_US', '-1,234'],
    [2.5, '0', 'en_US', '3'],
    [1.005, '0.00', 'en_US', '1.01'],
    [0.256, '0%', 'en_US', '26%'],
    [0.256, '0.0%', 'fr_FR', '25,6%'],
    [1234.5, '#,##0.00 "€"', 'fr_FR', `1${NNBSP}234,50 €`],
    [1234.5, '[$€]#,##0.00', 'fr_FR', `€1${NNBSP}234,50`],
    [1234.5, '"$"#,##0.00', 'en_US', '$1,234.50'],
    [-5, '#,##0;(#,##0)', 'en_US', '(5)'],
    [46082, 'yyyy-mm-dd', 'en_US', '2026-03-01'],
    [46082, 'dd/mm/yyyy', 'fr_FR', '01/03/2026'],
    [46082, 'mmm yyyy', 'en_US', 'Mar 2026'],
    [46082, 'mmm yyyy', 'fr_FR', 'mars 2026'],
    [46082, 'd mmm', 'en_US', '1 Mar'],
    [46082.5, 'M/d/yyyy H:mm:ss', 'en_US', '3/1/2026 12:00:00'],
    [46082.5625, 'dd/MM/yyyy HH:mm', 'fr_FR', '01/03/2026 13:30'],
    [0.1 + 0.2, '', 'en_US', '0.3'],
    [1 / 3, 'General', 'fr_FR', '0,3333333333'],
    [12, '@', 'en_US', '12'],
  ])('%p with %p in %s shows %p', (value, format, locale, shown) => {
    expect(formatValue(value, format, locale)).toBe(shown);
  });
  it('shows text as is, booleans in the locale, empty as empty', () => {
    expect(formatValue('abc', '0.00', 'en_US')).toBe('abc');
    expect(formatValue(true, '', 'en_US')).toBe('TRUE');
    expect(formatValue(false, '', 'fr_FR')).toBe('FAUX');
    expect(formatValue(undefined, '0', 'en_US')).toBe('');
  });
  it('knows date formats from number formats', () => {
    expect(['yyyy-mm-dd', 'M/d/yyyy', 'mmm yyyy', 'HH:mm', '[h]:mm'].map(isDateFormat)).toEqual([true, true, true, true, true]);
    expect(['0.00', '#,##0 "days"', '0%', '', '@', '[$€]#,##0'].map(isDateFormat)).toEqual([false, false, false, false, false, false]);
  });
});

describe('user input (what setValue does with a string, like typing it)', () => {
  it('reads numbers, booleans, percentages and dates; keeps the rest as text', () => {
    expect(parseUserString('12', 'en_US', false)).toEqual({ kind: 'value', value: 12 });
    expect(parseUserString('3,5', 'fr_FR', false)).toEqual({ kind: 'value', value: 3.5 });
    expect(parseUserString('true', 'en_US', false)).toEqual({ kind: 'value', value: true });
    expect(parseUserString('12%', 'en_US', false)).toEqual({ kind: 'value', value: 0.12, format: '0%' });
    expect(parseUserString('2026-03-01', 'fr_FR', false)).toEqual({ kind: 'value', value: 46082, format: 'yyyy-mm-dd' });
    expect(parseUserString('01/03/2026', 'fr_FR', false)).toEqual({ kind: 'value', value: 46082, format: 'dd/MM/yyyy' });
    expect(parseUserString('3/1/2026', 'en_US', false)).toEqual({ kind: 'value', value: 46082, format: 'M/d/yyyy' });
    expect(parseUserString('Ada', 'en_US', false)).toEqual({ kind: 'text', value: 'Ada' });
    expect(parseUserString('007', 'en_US', false)).toEqual({ kind: 'value', value: 7 });
  });
  it("'=x stays text without its apostrophe; =x is a formula; plain-text cells keep everything", () => {
    expect(parseUserString("'=x", 'en_US', false)).toEqual({ kind: 'text', value: '=x' });
    expect(parseUserString('=SUM(A1:A3)', 'en_US', false)).toEqual({ kind: 'formula', formula: '=SUM(A1:A3)' });
    expect(parseUserString('=1+1', 'en_US', true)).toEqual({ kind: 'text', value: '=1+1' });
    expect(parseUserString('=', 'en_US', false)).toEqual({ kind: 'text', value: '=' });
  });
});
