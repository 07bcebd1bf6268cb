/**
 * The custom functions as Sheets runs them: the built bundle in the local runtime, ranges as 2D
 * arrays of Sheets values, Date cells as the instant of midnight in the *spreadsheet's* zone
 * (Asia/Tokyo, 9 h ahead of this script's UTC), text amounts read with the spreadsheet's locale.
 * developers.google.com/apps-script/guides/sheets/functions#data_types
 */
import { day, harness, HostGrid, sheetDate } from './harness';

// French headers, with a unit suffix; amounts as numbers and as text in both forms.
const DEALS: HostGrid = [
  ['ID Opportunité', 'Client', 'Date de création', 'Étape', 'Montant (€)', 'Date de clôture', 'Responsable', 'Région', 'Canal'],
  ['D1', 'Alpha', day(2026, 3, 1), 'Gagné', 1000, day(2026, 3, 31), 'Alice', 'Export', 'LinkedIn'],
  ['D2', 'Beta', day(2026, 3, 10), 'Gagné', '2 500,50 €', day(2026, 4, 1), 'Bruno', 'Île-de-France', 'Site web'],
  ['D3', 'Gamma', day(2026, 3, 15), 'Perdu', 800, day(2026, 4, 15), 'Alice', 'Export', 'LinkedIn'],
  ['D4', 'Delta', day(2026, 4, 2), 'Gagné', '1,234', day(2026, 4, 30), 'Alice', 'Export', 'LinkedIn'],
  ['D5', 'Alpha', day(2026, 4, 5), 'Proposition', 5000, null, 'Bruno', 'Export', 'LinkedIn'],
  ['D6', 'Epsilon', day(2026, 4, 10), 'Gagné', 'beaucoup', day(2026, 4, 20), 'Alice', 'Export', 'LinkedIn'],
];

describe('custom functions in a Tokyo spreadsheet, fr_FR, script in UTC', () => {
  const { rt, addon, range } = harness({ Deals: DEALS }, { timeZone: 'Asia/Tokyo', locale: 'fr_FR' });
  const deals = range('Deals!A:I'); // whole columns: 1,000 rows, 993 of them blank
  const date = (y: number, m: number, d: number) => sheetDate('Asia/Tokyo', y, m, d);
  const APRIL = [date(2026, 4, 1), date(2026, 4, 30)];

  it('hands Date cells over as Tokyo midnight, the previous day in UTC (the trap the add-on must avoid)', () => {
    const closeD2 = deals[2][5] as Date;
    expect(closeD2.toISOString()).toBe('2026-03-31T15:00:00.000Z');
    expect(deals.length).toBe(1000);
  });

  it('REVENUE counts a deal closed on 1 April in April, reads "2 500,50 €" and, in fr_FR, "1,234" as 1.234, and leaves "beaucoup" out', () => {
    // April Won deals: D2 2 500,50 + D4 1,234 (fr: 1.234) = 2501.734; D6's amount is unreadable: left out.
    // Reading dates in the script's zone would put D2 in March and give 1.234 only.
    expect(addon.customFunction('REVENUE', deals, ...APRIL)).toBeCloseTo(2501.734, 6);
    // March: D1 closed on 31 March (stored 30 March 15:00 UTC) → 1000.
    expect(addon.customFunction('REVENUE', deals, date(2026, 3, 1), date(2026, 3, 31))).toBe(1000);
  });

  it('filters with a French alias and values matched case-insensitively', () => {
    // April, Région = export: D4 (1.234) only (D3 lost, D5 open, D6 unreadable).
    expect(addon.customFunction('REVENUE', deals, ...APRIL, 'Région', 'export')).toBeCloseTo(1.234, 6);
    // Open deals of Bruno: D5 5000.
    expect(addon.customFunction('PIPELINE', deals, 'Commercial', 'Bruno')).toBe(5000);
  });

  it('WIN_RATE needs no amount: D2, D4, D6 won and D3 lost in April → 3/4', () => {
    expect(addon.customFunction('WIN_RATE', deals, ...APRIL)).toBe(0.75);
  });

  it('accepts period bounds as text in both forms', () => {
    expect(addon.customFunction('REVENUE', deals, '2026-04-01', '30/04/2026')).toBeCloseTo(2501.734, 6);
  });

  it('reads only its arguments and the spreadsheet settings: 3 SpreadsheetApp calls and a few formatDate calls, whatever the rows', () => {
    rt.calls.reset();
    addon.customFunction('REVENUE', deals, ...APRIL);
    const calls = rt.calls.snapshot();
    expect(calls['SpreadsheetApp.getActiveSpreadsheet']).toBe(1);
    expect(calls['SpreadsheetApp.Spreadsheet.getSpreadsheetTimeZone']).toBe(1);
    expect(calls['SpreadsheetApp.Spreadsheet.getSpreadsheetLocale']).toBe(1);
    expect(rt.calls.total('SpreadsheetApp.')).toBe(3);
    // Dates from 1 March to 30 April fall in at most 5 sixteen-day spans, each needing ≤ 2 offsets.
    expect(rt.calls.get('Utilities.formatDate')).toBeLessThanOrEqual(10);
  });

  it('shows #ERROR! with a message saying what to fix instead of a number', () => {
    expect(addon.customFunction('CHURN', deals)).toEqual({ error: '#ERROR!', message: expect.stringContaining('CHURN needs a start and an end date') });
    expect(addon.customFunction('AVG_DEAL', deals, date(2026, 6, 1), date(2026, 6, 30))).toEqual({ error: '#ERROR!', message: expect.stringContaining('no Won deal closed in the period') });
    expect(addon.customFunction('REVENUE', deals, ...APRIL, 'Owner')).toEqual({ error: '#ERROR!', message: expect.stringContaining('filters come in pairs') });
    expect(addon.customFunction('REVENUE', 'Deals!A:I')).toEqual({ error: '#ERROR!', message: expect.stringContaining('must be the Deals table as a range') });
  });

  it('PILOTE_CHECK spills the problems with row, column as written, value and why', () => {
    const check = addon.customFunction('PILOTE_CHECK', deals) as unknown[][];
    expect(check[0]).toEqual(['Row', 'Column', 'Value', 'Problem']);
    expect(check.slice(1)).toEqual([[7, 'Montant (€)', 'beaucoup', expect.stringContaining('not an amount')]]);
  });
});

describe('KPI_BY_PERIOD and KPI_BY_SEGMENT through the bundle, in a Tokyo fr_FR spreadsheet', () => {
  const { rt, addon, range } = harness({ Deals: DEALS }, { timeZone: 'Asia/Tokyo', locale: 'fr_FR' });
  const deals = range('Deals!A:I');
  const date = (y: number, m: number, d: number) => sheetDate('Asia/Tokyo', y, m, d);

  it('spills a month per row; each first day is a Date at Tokyo midnight, which Sheets shows as that day', () => {
    // March: D1 1000 (31 March Tokyo). April: D2 2 500,50 + D4 1,234 (fr: 1.234) = 2501.734 (D6 unreadable).
    const g = addon.customFunction('KPI_BY_PERIOD', 'revenue', deals, date(2026, 3, 1), date(2026, 4, 30)) as unknown[][];
    expect(g.map((r) => [r[0], r[2], r[3]])).toEqual([['Period', 'REVENUE', 'Why no value'], ['2026-03', 1000, ''], ['2026-04', expect.closeTo(2501.734, 6), '']]);
    expect((g[1][1] as Date).getTime()).toBe(date(2026, 3, 1).getTime());
    expect((g[2][1] as Date).toISOString()).toBe('2026-03-31T15:00:00.000Z');
  });

  it('splits by a French alias, the total a win rate of all deals; 3 SpreadsheetApp calls in all', () => {
    rt.calls.reset();
    // Mar–Apr, by Responsable: Alice D1 won, D3 lost, D4 won, D6 won → 3/4; Bruno D2 won → 1; all: 4 won of 5.
    expect(addon.customFunction('KPI_BY_SEGMENT', 'WIN_RATE', deals, date(2026, 3, 1), date(2026, 4, 30), 'Commercial')).toEqual([
      ['Responsable', 'WIN_RATE', 'Why no value'], ['Alice', 0.75, ''], ['Bruno', 1, ''], ['Total', 0.8, ''],
    ]);
    expect(rt.calls.total('SpreadsheetApp.')).toBe(3);
  });

  it('an error names the argument', () => {
    expect(addon.customFunction('KPI_BY_PERIOD', 'REVENUE', deals, '', date(2026, 4, 30))).toEqual({ error: '#ERROR!', message: expect.stringMatching(/^KPI_BY_PERIOD: start is needed/) });
  });
});

describe('KPI_BY_PERIOD across daylight-saving changes (New York)', () => {
  const deals: HostGrid = [
    ['Deal ID', 'Stage', 'Amount', 'Close date'],
    ['D1', 'Won', 10, day(2026, 3, 8)], // the Sunday clocks go forward
    ['D2', 'Won', 20, day(2026, 3, 9)],
    ['D3', 'Won', 40, day(2026, 11, 1)], // the Sunday clocks go back
    ['D4', 'Won', 80, day(2026, 11, 2)],
  ];
  const { addon, range } = harness({ Deals: deals }, { timeZone: 'America/New_York', locale: 'en_US' });
  const date = (y: number, m: number, d: number) => sheetDate('America/New_York', y, m, d);

  it('each week is Monday to Sunday in the sheet\'s zone, and each first day is that Monday\'s midnight there (UTC−5, then −4)', () => {
    // Weeks of 2 March (D1, Sunday 8) and 9 March (D2); 26 October (D3, Sunday 1 November) and 2 November (D4).
    const spring = addon.customFunction('KPI_BY_PERIOD', 'REVENUE', range('Deals!A:D'), date(2026, 3, 2), date(2026, 3, 15), 'week') as unknown[][];
    expect(spring.slice(1).map((r) => [r[0], (r[1] as Date).toISOString(), r[2]])).toEqual([
      ['2026-W10', '2026-03-02T05:00:00.000Z', 10], ['2026-W11', '2026-03-09T04:00:00.000Z', 20],
    ]);
    const autumn = addon.customFunction('KPI_BY_PERIOD', 'REVENUE', range('Deals!A:D'), date(2026, 10, 26), date(2026, 11, 8), 'week') as unknown[][];
    expect(autumn.slice(1).map((r) => [r[0], (r[1] as Date).toISOString(), r[2]])).toEqual([
      ['2026-W44', '2026-10-26T04:00:00.000Z', 40], ['2026-W45', '2026-11-02T05:00:00.000Z', 80],
    ]);
  });
});

describe('the same deals in an en_US spreadsheet in Los Angeles (behind UTC)', () => {
  const { addon, range } = harness({ Deals: DEALS }, { timeZone: 'America/Los_Angeles', locale: 'en_US' });
  const deals = range('Deals!A:I');
  const date = (y: number, m: number, d: number) => sheetDate('America/Los_Angeles', y, m, d);
  const APRIL = [date(2026, 4, 1), date(2026, 4, 30)];

  it('reads "1,234" as 1234 and still places each deal on its own day', () => {
    // April: D2 2500.50 + D4 1234 = 3734.5.
    expect(addon.customFunction('REVENUE', deals, ...APRIL)).toBeCloseTo(3734.5, 6);
    expect(addon.customFunction('REVENUE', deals, date(2026, 3, 31), date(2026, 3, 31))).toBe(1000);
  });
});

describe('the spreadsheet\'s full locale decides, not its language (issue 9)', () => {
  // Text amounts and text dates as an import leaves them; the same grid in four spreadsheets.
  const TEXT_DEALS: HostGrid = [
    ['Deal ID', 'Stage', 'Amount', 'Close date'],
    ['D1', 'Won', '12,500', '3/4/2026'],
    ['D2', 'Won', '1.250', '2026-03-20'],
  ];
  const revenue = (locale: string, start: string, end: string) => {
    const { addon, range } = harness({ Deals: TEXT_DEALS }, { timeZone: 'UTC', locale });
    return addon.customFunction('REVENUE', range('Deals!A:D'), start, end);
  };
  it('es_MX: "12,500" is 12500 (not 12.5), "1.250" is 1.25; 3/4/2026 is 3 April', () => {
    // March: D2 only (20 March) = 1.25; April: D1 (3 April) = 12500.
    expect(revenue('es_MX', '2026-03-01', '2026-03-31')).toBe(1.25);
    expect(revenue('es_MX', '2026-04-01', '2026-04-30')).toBe(12500);
  });
  it('de_CH: "1.250" is 1.25 (not 1250); "12,500" is ambiguous there: left out, and PILOTE_CHECK says so', () => {
    expect(revenue('de_CH', '2026-03-01', '2026-03-31')).toBe(1.25);
    const { addon, range } = harness({ Deals: TEXT_DEALS }, { timeZone: 'UTC', locale: 'de_CH' });
    expect(addon.customFunction('PILOTE_CHECK', range('Deals!A:D'))).toEqual([
      ['Row', 'Column', 'Value', 'Problem'],
      [1, 'Customer', '', expect.stringMatching(/^no Customer column .*: NEW_CUSTOMERS, CAC, REPURCHASE_RATE cannot be computed$/)],
      [1, 'Created', '', expect.stringMatching(/^no Created column .*: SALES_CYCLE cannot be computed$/)],
      [2, 'Amount', '12,500', expect.stringMatching(/^ambiguous in de_CH: 12,500 could be 12500 or 12\.500/)],
    ]);
  });
  it('en_US: 3/4/2026 is 4 March, so March is D1 12500 + D2 1.25 (one dot: en_US\'s decimal point)', () => {
    expect(revenue('en_US', '2026-03-01', '2026-03-31')).toBe(12501.25);
  });
  it('de_DE: "1.250" is 1250 and "12,500" is 12.5', () => {
    // de_DE writes the day first: D1 (3/4/2026) is 3 April; March: D2 = 1250.
    expect(revenue('de_DE', '2026-03-01', '2026-03-31')).toBe(1250);
    expect(revenue('de_DE', '2026-04-01', '2026-04-30')).toBe(12.5);
  });
});
