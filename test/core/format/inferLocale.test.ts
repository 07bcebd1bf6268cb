/** Telling a workbook's locale from its data (npm start on an export without --locale). */
import type { Grid } from '../../../src/core/cells/cell';
import { gatherEvidence, inferLocale } from '../../../src/core/format/inferLocale';

const guess = (grid: Grid, formats: string[] = [], name = 'Sheet1') => inferLocale(gatherEvidence([{ name, grid }], formats));

describe('inferLocale', () => {
  it('a US export: $, decimal point, month-first dates → en_US, order known', () => {
    const g = guess([['Deal ID', 'Amount', 'Close date'], ['D1', '$1,500', '3/25/2026'], ['D2', '$2,250.50', '3/4/2026']]);
    expect(g.locale.id).toBe('en_US');
    expect(g.dateOrderKnown).toBe(true);
    expect(g.reasons).toEqual(['$ in 2 amounts or formats', 'decimal point ($2,250.50)', 'dates month first (3/25/2026)', 'English headers']);
  });
  it('a French export: €, decimal comma, day-first dates, French headers → fr_FR', () => {
    const g = guess([['Opportunité', 'Montant', 'Date de clôture'], ['D1', '1 500,00 €', '25/03/2026'], ['D2', '2 250,50 €', '04/03/2026']], [], 'Opportunités');
    expect(g.locale.id).toBe('fr_FR');
    expect(g.dateOrderKnown).toBe(true);
  });
  it('Swiss apostrophes and CHF → de_CH; Brazilian R$ and 1.250,50 → pt_BR; ₹ and 12,34,567 → en_IN; MXN → es_MX', () => {
    expect(guess([['Amount'], ["CHF 1'250.50"], ["CHF 12'000"]]).locale.id).toBe('de_CH');
    expect(guess([['Amount'], ['R$ 1.250,50'], ['R$ 300,00']]).locale.id).toBe('pt_BR');
    expect(guess([['Amount'], ['₹12,34,567.50'], ['₹1,500']]).locale.id).toBe('en_IN');
    expect(guess([['Amount', 'Date'], ['MXN 12,500.00', '25/3/2026']]).locale.id).toBe('es_MX');
  });
  it('xlsx number formats count: a format marked [$€-40C] names fr-FR, m/d/yyyy shows month first', () => {
    expect(guess([['Amount'], [1500]], ['#,##0.00\\ [$€-40C]']).locale.id).toBe('fr_FR');
    const us = guess([['Amount', 'Close date'], [1500, 46000]], ['"$"#,##0.00', 'm/d/yyyy']);
    expect(us.locale.id).toBe('en_US');
    expect(us.dateOrderKnown).toBe(true);
  });
  it('dates that fit both orders leave the order unknown: read in the locale\'s and flagged', () => {
    const g = guess([['Amount', 'Close date'], ['$1,500.00', '3/4/2026'], ['$20.00', '5/6/2026']]);
    expect(g.locale.id).toBe('en_US');
    expect(g.dateOrderKnown).toBe(false);
    expect(g.reasons).toContain('text dates such as 3/4/2026 fit both orders: read month first and flagged');
  });
  it('nothing to go on: en_US, said so', () => {
    const g = guess([['Deal ID', 'Stage'], ['D1', 'Won']]);
    expect(g.locale.id).toBe('en_US');
    expect(g.dateOrderKnown).toBe(false);
    expect(g.reasons).toEqual(['English headers']);
    expect(guess([['X'], ['y']]).reasons).toEqual(['nothing in the data tells it']);
  });
});
