import type { Grid } from '../../../src/core/cells/cell';
import { ACTIVITY_HEADERS, errorOf, formula, utc } from '../helpers';

const S = utc(2026, 3, 1), E = utc(2026, 3, 31);

// Date, Type, Owner, Deal ID
const ACTIVITIES: Grid = [
  ACTIVITY_HEADERS,
  ['2026-03-01', 'Call', 'Alice', 'D1'], // on start
  [utc(2026, 3, 31), 'Appel', 'Bob', 'D2'], // on end, French
  ['2026-02-28', 'Call', 'Alice', 'D1'], // day before
  ['2026-04-01', 'Call', 'Alice', 'D1'], // day after
  ['2026-03-10', 'Demo', 'Alice', 'D1'],
  ['2026-03-11', 'Démo', 'Bob', 'D2'],
  ['2026-03-12', 'Lunch', 'Bob', 'D2'], // unknown type
  ['#N/A', 'Call', 'Bob', 'D2'], // unreadable date
];

describe('ACTIVITIES', () => {
  it('a type in either language counts both languages, boundary days included', () => {
    // Call on 03-01 + Appel on 03-31 = 2.
    expect(formula('ACTIVITIES', [ACTIVITIES, 'Call', S, E])).toBe(2);
    expect(formula('ACTIVITIES', [ACTIVITIES, 'appel', S, E])).toBe(2);
    expect(formula('ACTIVITIES', [ACTIVITIES, 'Démo', S, E])).toBe(2);
    expect(formula('ACTIVITIES', [ACTIVITIES, 'DEMO', S, E])).toBe(2);
  });
  it('a blank type counts every activity dated in the period', () => {
    // 03-01, 03-31, 03-10, 03-11, 03-12 = 5.
    expect(formula('ACTIVITIES', [ACTIVITIES, '', S, E])).toBe(5);
  });
  it('filters on the owner', () => {
    // Bob in March: Appel, Démo, Lunch = 3; Bob's calls: 1.
    expect(formula('ACTIVITIES', [ACTIVITIES, '', S, E, 'Responsable', 'bob'])).toBe(3);
    expect(formula('ACTIVITIES', [ACTIVITIES, 'Call', S, E, 'Owner', 'Bob'])).toBe(1);
  });
  it('rejects an unknown activity type, naming the accepted ones', () => {
    expect(errorOf(() => formula('ACTIVITIES', [ACTIVITIES, 'Lunch', S, E]))).toMatch(/^ACTIVITIES: unknown activity type "Lunch"; use Call, Meeting, Demo, Proposal or Email/);
    expect(errorOf(() => formula('ACTIVITIES', [ACTIVITIES, 3, S, E]))).toMatch(/unknown activity type 3/);
  });
});
