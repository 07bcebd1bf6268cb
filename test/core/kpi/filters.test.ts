/** Trailing filter pairs: aliases, extra columns, every table with the field, errors. */
import type { Grid } from '../../../src/core/cells/cell';
import { errorOf, formula, run } from '../helpers';

// A French deals table with an extra "Segment" column.
const DEALS: Grid = [
  ['Opportunité', 'Client', 'Étape', 'Montant (€)', 'Date de clôture', 'Commercial', 'Canal', 'Segment', 'Taille'],
  ['D1', 'Acme', 'Gagné', '1 000 €', '15/01/2026', 'Alice', 'LinkedIn', 'SMB', 10],
  ['D2', 'Beta', 'Gagné', '2 000 €', '15/01/2026', 'Bob', 'linkedin ', 'ENT', 200],
  ['D3', 'Gamma', 'Gagné', '4 000 €', '15/01/2026', 'Alice', 'Ads', 'SMB', 10],
  ['D4', 'Delta', 'Perdu', '8 000 €', '15/01/2026', 'Alice', 'LinkedIn', 'SMB', 10],
];

describe('filters', () => {
  it('on a known field by its English alias, its French alias or another alias', () => {
    // LinkedIn Won: D1 1000 + D2 2000 ("linkedin " matches trimmed, case-insensitively) = 3000.
    for (const column of ['Channel', 'Canal', 'canal', 'Source', 'Origine', 'Lead source']) {
      expect(formula('REVENUE', [DEALS, '', '', column, 'LinkedIn'])).toBe(3000);
    }
  });
  it('on an arbitrary extra column, by its header', () => {
    // SMB Won: D1 1000 + D3 4000 = 5000.
    expect(formula('REVENUE', [DEALS, '', '', 'Segment', 'smb'])).toBe(5000);
    expect(formula('REVENUE', [DEALS, '', '', ' SEGMENT ', 'SMB'])).toBe(5000);
  });
  it('on a number column, the value as text or number', () => {
    // Taille 10: D1 + D3 = 5000.
    expect(formula('REVENUE', [DEALS, '', '', 'Taille', 10])).toBe(5000);
    expect(formula('REVENUE', [DEALS, '', '', 'Taille', '10'])).toBe(5000);
  });
  it('several pairs all apply', () => {
    // Alice + LinkedIn Won: D1 = 1000.
    expect(formula('REVENUE', [DEALS, '', '', 'Owner', 'Alice', 'Channel', 'LinkedIn'])).toBe(1000);
    // Alice + LinkedIn WIN_RATE: D1 won, D4 lost → 1/2.
    expect(formula('WIN_RATE', [DEALS, '', '', 'Commercial', 'alice', 'Canal', 'linkedin'])).toBe(0.5);
  });
  it('blank trailing arguments are ignored', () => {
    expect(formula('REVENUE', [DEALS, '', '', 'Segment', 'SMB', '', ''])).toBe(5000);
  });
  it('a value matching nothing gives the empty sum, not an error', () => {
    expect(formula('REVENUE', [DEALS, '', '', 'Segment', 'Mid'])).toBe(0);
  });
  it('an odd number of filter arguments is an error', () => {
    expect(errorOf(() => formula('REVENUE', [DEALS, '', '', 'Segment']))).toMatch(/^REVENUE: filters come in pairs, a column then a value/);
    expect(errorOf(() => formula('REVENUE', [DEALS, '', '', 'Segment', 'SMB', 'Owner']))).toMatch(/filters come in pairs/);
  });
  it('an unknown filter column is an error naming the headers available', () => {
    const msg = errorOf(() => formula('REVENUE', [DEALS, '', '', 'Country', 'FR']));
    expect(msg).toMatch(/^REVENUE: no table given has a column "Country" to filter on/);
    expect(msg).toContain('Segment');
  });
  it('a known alias whose column the table lacks is also unknown (Produit)', () => {
    expect(errorOf(() => formula('REVENUE', [DEALS, '', '', 'Produit', 'X']))).toMatch(/no table given has a column "Produit"/);
  });
  it('a filter column that is not text, or a range as value, is an error', () => {
    expect(errorOf(() => formula('REVENUE', [DEALS, '', '', 5, 'X']))).toMatch(/filter 1 needs a column name as text/);
    expect(errorOf(() => formula('REVENUE', [DEALS, '', '', 'Segment', [['SMB']]]))).toMatch(/must be a single value, not a range/);
  });
  it('with runKpi too: the filter is applied to the table having the column', () => {
    expect(run('REVENUE', { deals: DEALS }, {}, [{ column: 'Segment', value: 'ENT' }]).value).toBe(2000);
  });
});
