/** Issue 9: a data check that tells all, and bounded output. */
import type { Grid } from '../../../src/core/cells/cell';
import { checkTable } from '../../../src/core/check/dataCheck';
import { checkFormula } from '../../../src/core/formulas/checkFormula';
import { DEAL_HEADERS, EN, read } from '../helpers';

const problems = (kind: Parameters<typeof read>[0], grid: Grid) => checkTable(read(kind, grid)).map((i) => [i.row, i.column, i.value, i.message]);

describe('the data check tells all', () => {
  it('a missing column says which KPIs it stops', () => {
    // Stage, Close date and Customer are there; no Amount column.
    const grid: Grid = [['Deal ID', 'Customer', 'Created', 'Stage', 'Close date'], ['D1', 'Acme', '2026-01-01', 'Won', '2026-01-10']];
    expect(problems('deals', grid)).toEqual([
      [1, 'Amount', '', 'no Amount column (name one Amount, Montant, Value, Valeur): PIPELINE, REVENUE, AVG_DEAL, LTV cannot be computed'],
    ]);
  });
  it('a duplicated header says which column is read', () => {
    const grid: Grid = [['Deal ID', 'Stage', 'Amount', 'Amount', 'Close date', 'Customer', 'Created'], ['D1', 'Won', 5, 7, '2026-01-10', 'A', '2026-01-01']];
    expect(problems('deals', grid)).toEqual([
      [1, 'Amount', '', 'duplicated header: columns C and D are both "Amount"; Pilote reads column C, the other is ignored'],
    ]);
  });
  it('two headers naming one field (Montant and Amount) say which is read', () => {
    const grid: Grid = [['Montant', 'Deal ID', 'Amount', 'Stage', 'Close date', 'Customer', 'Created'], [9, 'D1', 5, 'Won', '2026-01-10', 'A', '2026-01-01']];
    expect(problems('deals', grid)).toEqual([
      [1, 'Montant', '', '"Montant" (column A) also names the Amount: Pilote reads "Amount" (column C) and ignores it'],
    ]);
  });
  it('a stage one letter from Won is listed once, with how it is counted and "did you mean"', () => {
    const grid: Grid = [
      DEAL_HEADERS,
      ['D1', 'A', '2026-01-01', 'Wonn', 100, '2026-01-10', '', ''],
      ['D2', 'B', '2026-01-01', 'Won', 100, '2026-01-10', '', ''],
      ['D3', 'C', '2026-01-01', 'Wonn', 100, '2026-01-11', '', ''],
    ];
    expect(problems('deals', grid)).toEqual([
      [2, 'Stage', 'Wonn', 'stage not recognised: its 2 deals (rows 2, 4) are counted as open (pipeline, not revenue or win rate); did you mean Won?'],
    ]);
  });
  it('unknown stages are listed once each (case aside); usual open stages (Discovery, Négociation…) are not', () => {
    const grid: Grid = [
      DEAL_HEADERS,
      ['D1', 'A', '', 'Discovery', 100, '', '', ''],
      ['D2', 'B', '', 'Négociation', 100, '', '', ''],
      ['D3', 'C', '', 'Parked', 100, '', '', ''],
      ['D4', 'D', '', 'parked', 100, '', '', ''],
      ['D5', 'E', '', 'Parked', 100, '', '', ''],
      ['D6', 'F', '', 'On ice', 100, '', '', ''],
    ];
    expect(problems('deals', grid)).toEqual([
      [4, 'Stage', 'Parked', 'stage not recognised: its 3 deals (rows 4, 5, 6) are counted as open (pipeline, not revenue or win rate)'],
      [7, 'Stage', 'On ice', 'stage not recognised: its deal is counted as open (pipeline, not revenue or win rate)'],
    ]);
  });
  it('a header-only table says it has no rows', () => {
    expect(problems('deals', [DEAL_HEADERS])).toEqual([[1, '', '', 'no data row: the table has only its header row']]);
  });
  it('an unknown lead status one letter from a known one says "did you mean"', () => {
    const grid: Grid = [['Lead ID', 'Created', 'Status'], ['L1', '2026-01-01', 'Custmer']];
    expect(problems('leads', grid)[0][3]).toMatch(/^unknown status \(.*\): did you mean Customer\?$/);
  });
});

describe('PILOTE_CHECK output is bounded', () => {
  it('at most 500 problem rows, then one row "… and N more"', () => {
    // 600 Won deals with the amount "lots": 600 problems → 500 shown + 1 line for the 100 others.
    const grid: Grid = [DEAL_HEADERS, ...Array.from({ length: 600 }, (_, i) => [`D${i}`, `C${i}`, '2026-01-01', 'Won', 'lots', '2026-01-10', '', ''])];
    const out = checkFormula(grid, 'Deals', EN) as (string | number)[][];
    expect(out).toHaveLength(1 + 500 + 1);
    expect(out[500]).toEqual([501, 'Amount', 'lots', expect.stringMatching(/^not an amount/)]);
    expect(out[501]).toEqual(['…', '', '', '… and 100 more problems (fix these first, or check a smaller range)']);
  });
  it('values are cut to 100 characters (a cell may hold 50,000)', () => {
    const grid: Grid = [DEAL_HEADERS, ['D1', 'A', '2026-01-01', 'Won', 'x'.repeat(50000), '2026-01-10', '', '']];
    const out = checkFormula(grid, 'Deals', EN) as (string | number)[][];
    expect(String(out[1][2])).toBe(`${'x'.repeat(99)}…`);
  });
});
