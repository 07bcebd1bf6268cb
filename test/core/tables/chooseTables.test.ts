/** Which sheet is which table, and why (issue 9: two sheets that both look like Deals). */
import type { Grid } from '../../../src/core/cells/cell';
import { chooseTables, describeChoice } from '../../../src/core/tables/chooseTables';
import { readChosenTables } from '../../../src/core/tables/readChosenTables';
import { DEAL_HEADERS, EN, LEAD_HEADERS } from '../helpers';

const deals = (rows: number, headers: string[] = DEAL_HEADERS): Grid => [headers, ...Array.from({ length: rows }, (_, i) => [`D${i}`, 'A', '', 'Won', 1, '2026-01-01', '', ''])];

describe('chooseTables', () => {
  it('two sheets look like Deals: the one named like the table wins, whatever the order', () => {
    // "Deals archive" comes first and has more rows: the old CLI took it.
    const c = chooseTables([{ name: 'Deals archive', grid: deals(50) }, { name: 'Deals', grid: deals(3) }]);
    expect(c.chosen.deals).toEqual({ kind: 'deals', sheet: 'Deals', reason: 'named', others: ['Deals archive'] });
    expect(describeChoice(c.chosen.deals!)).toBe('Deals: sheet "Deals" (named like the table, rather than "Deals archive")');
  });
  it('French and other names count: "Opportunités" over "Feuille 3"', () => {
    const c = chooseTables([{ name: 'Feuille 3', grid: deals(2) }, { name: 'Opportunités', grid: deals(2) }]);
    expect(c.chosen.deals).toMatchObject({ sheet: 'Opportunités', reason: 'named' });
  });
  it('a name containing the table\'s word counts, unless it says archive/old/copy', () => {
    const c = chooseTables([{ name: 'Old deals', grid: deals(9) }, { name: 'Copy of Deals', grid: deals(9) }, { name: 'Pipeline 2026', grid: deals(2) }]);
    expect(c.chosen.deals).toMatchObject({ sheet: 'Pipeline 2026', reason: 'named', others: ['Old deals', 'Copy of Deals'] });
  });
  it('no name helps: most recognised columns, then most rows, then the first', () => {
    const fewer = ['Deal ID', 'Stage', 'Amount'];
    expect(chooseTables([{ name: 'S1', grid: deals(9, fewer) }, { name: 'S2', grid: deals(1) }]).chosen.deals).toMatchObject({ sheet: 'S2', reason: 'mostColumns' });
    expect(chooseTables([{ name: 'S1', grid: deals(1) }, { name: 'S2', grid: deals(4) }]).chosen.deals).toMatchObject({ sheet: 'S2', reason: 'mostRows' });
    const tie = chooseTables([{ name: 'S1', grid: deals(2) }, { name: 'S2', grid: deals(2) }]).chosen.deals!;
    expect(tie).toMatchObject({ sheet: 'S1', reason: 'first', others: ['S2'] });
    expect(describeChoice(tie)).toBe('Deals: sheet "S1" (the first of the sheets that look like it ("S2" too))');
  });
  it('an override wins, even over a sheet named like the table; a missing sheet is a problem', () => {
    const c = chooseTables([{ name: 'Deals', grid: deals(2) }, { name: 'Q3 export', grid: deals(2) }], { deals: 'q3 EXPORT', leads: 'Nope' });
    expect(c.chosen.deals).toEqual({ kind: 'deals', sheet: 'Q3 export', reason: 'override', others: ['Deals'] });
    expect(c.problems).toEqual(['no sheet named "Nope" for the Leads table (sheets: "Deals", "Q3 export")']);
  });
  it('the only candidate, each kind once, and the sheets recognised as nothing with their first row', () => {
    const c = chooseTables([
      { name: 'Leads', grid: [LEAD_HEADERS] },
      { name: 'Deals', headers: DEAL_HEADERS, dataRows: 10 },
      { name: 'Notes', grid: [['Todo', '', 'Who', '', ''], ['call Bob', '', 'me']] },
      { name: 'Empty', grid: [] },
    ]);
    expect(c.chosen.leads).toMatchObject({ sheet: 'Leads', reason: 'only', others: [] });
    expect(c.chosen.deals).toMatchObject({ sheet: 'Deals', reason: 'only' });
    expect(c.unrecognised).toEqual([{ name: 'Notes', firstRow: ['Todo', '', 'Who'] }, { name: 'Empty', firstRow: [] }]);
  });
});

describe('readChosenTables', () => {
  it('reads each chosen sheet as its table, named after the sheet, with the options given; other sheets are not read', () => {
    const grid = deals(2);
    const leads: Grid = [LEAD_HEADERS, ['L1', '3/4/2026', 'Ads', 'New', '']];
    const r = readChosenTables(
      [{ name: 'Deals archive', grid: deals(5) }, { name: 'Deals', grid }, { name: 'Notes', grid: [['x']] }, { name: 'Pipeline', grid: leads }],
      { leads: 'Pipeline' }, { dayOf: EN.dayOf, locale: EN.locale, dateOrderKnown: false },
    );
    expect(r.choice.chosen.deals).toMatchObject({ sheet: 'Deals', reason: 'named' });
    expect(r.choice.chosen.leads).toMatchObject({ sheet: 'Pipeline', reason: 'override' });
    expect(Object.keys(r.tables)).toEqual(['leads', 'deals']); // the kinds' order
    expect(r.tables.deals!.name).toBe('Deals');
    expect(r.tables.deals!.size).toBe(2);
    expect(r.grids.deals).toBe(grid);
    expect(r.tables.leads!.name).toBe('Pipeline');
    // The date order was not known: "3/4/2026", valid both ways, is read and also reported.
    expect(r.tables.leads!.options.dateOrderKnown).toBe(false);
  });
});
