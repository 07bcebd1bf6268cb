/** NPS and CSAT. */
import type { Grid } from '../../../src/core/cells/cell';
import { SURVEY_HEADERS, day, errorOf, formula, run, utc } from '../helpers';

const MARCH = { start: day(2026, 3, 1), end: day(2026, 3, 31) };

// Date, Customer, Score, Type
const SURVEYS: Grid = [
  SURVEY_HEADERS,
  ['2026-03-01', 'A', 10, 'NPS'], // on start
  ['2026-03-05', 'B', 10, 'nps'],
  ['2026-03-06', 'C', '9', 'NPS'],
  ['2026-03-07', 'D', 8, 'NPS'],
  ['2026-03-08', 'E', 7, 'NPS'],
  ['2026-03-09', 'F', 6, 'NPS'],
  [utc(2026, 3, 31), 'G', 2, 'NPS'], // on end
  ['2026-02-28', 'H', 0, 'NPS'], // day before
  ['2026-04-01', 'I', 0, 'NPS'], // day after
  ['2026-03-10', 'J', 11, 'NPS'], // out of range: left out
  ['2026-03-10', 'K', 'great', 'NPS'], // unreadable
  ['2026-03-02', 'A', 5, 'CSAT'],
  ['2026-03-03', 'B', 4, 'CSAT'],
  ['2026-03-04', 'C', 3, 'CSAT'],
  ['2026-03-05', 'D', 1, 'CSAT'],
  ['2026-03-31', 'E', 4, 'csat'],
  ['2026-03-06', 'F', 6, 'CSAT'], // out of range
];

describe('NPS', () => {
  it('100 × (promoters − detractors) / answers', () => {
    // In March: 10, 10, 9 promoters (3); 8, 7 passives; 6, 2 detractors (2); 7 answers → 100 × 1/7.
    const r = run('NPS', { surveys: SURVEYS }, MARCH);
    expect(r).toMatchObject({ numerator: 1, denominator: 7, excluded: 2 });
    expect(r.value).toBeCloseTo(14.285714, 5);
  });
  it('all detractors give −100', () => {
    expect(formula('NPS', [SURVEYS, utc(2026, 2, 28), utc(2026, 2, 28)])).toBe(-100);
  });
  it('throws without NPS answers in the period', () => {
    expect(errorOf(() => formula('NPS', [SURVEYS, utc(2026, 1, 1), utc(2026, 1, 31)]))).toMatch(/^NPS: no NPS answer/);
  });
});

describe('CSAT', () => {
  it('share of CSAT answers scoring 4 or 5', () => {
    // 5, 4, 3, 1, 4 → 3 of 5 = 0.6 (the 6 is out of range).
    expect(run('CSAT', { surveys: SURVEYS }, MARCH)).toMatchObject({ value: 0.6, numerator: 3, denominator: 5, excluded: 1 });
  });
  it('throws without CSAT answers in the period', () => {
    expect(errorOf(() => formula('CSAT', [SURVEYS, utc(2026, 1, 1), utc(2026, 1, 31)]))).toMatch(/^CSAT: no CSAT answer/);
  });
});
