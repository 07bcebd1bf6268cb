import { customPeriod, inPeriod, lastFullMonths, monthOf, monthPeriod, previousPeriod, quarterOf, quarterPeriod, shiftPeriod, yearBefore, yearPeriod } from '../../../src/core/dates/period';
import { day } from '../helpers';

describe('periods', () => {
  it('inPeriod is inclusive, open bounds are open', () => {
    const p = { start: day(2026, 1, 1), end: day(2026, 3, 31) };
    expect(inPeriod(day(2026, 1, 1), p)).toBe(true);
    expect(inPeriod(day(2026, 3, 31), p)).toBe(true);
    expect(inPeriod(day(2025, 12, 31), p)).toBe(false);
    expect(inPeriod(day(2026, 4, 1), p)).toBe(false);
    expect(inPeriod(day(1999, 1, 1), { end: day(2026, 1, 1) })).toBe(true);
  });
  it('previous month and quarter cross the year', () => {
    expect(previousPeriod(monthPeriod(2026, 1)).key).toBe('2025-12');
    expect(previousPeriod(quarterPeriod(2026, 1)).key).toBe('2025-Q4');
    expect(shiftPeriod(monthPeriod(2026, 11), 3).key).toBe('2027-02');
    expect(previousPeriod(yearPeriod(2026)).key).toBe('2025');
  });
  it('a custom period shifts by its own length: 10 days back', () => {
    const p = customPeriod(day(2026, 3, 11), day(2026, 3, 20));
    expect(previousPeriod(p)).toMatchObject({ start: day(2026, 3, 1), end: day(2026, 3, 10) });
  });
  it('a year before: February 2028 (29 days) → February 2027; 2028-02-29 custom clamps to the 28th', () => {
    expect(yearBefore(monthPeriod(2028, 2))).toMatchObject({ key: '2027-02', end: day(2027, 2, 28) });
    expect(yearBefore(quarterPeriod(2026, 2)).key).toBe('2025-Q2');
    expect(yearBefore(customPeriod(day(2028, 2, 1), day(2028, 2, 29)))).toMatchObject({ start: day(2027, 2, 1), end: day(2027, 2, 28) });
  });
  it('monthOf, quarterOf, lastFullMonths', () => {
    expect(monthOf(day(2026, 2, 14)).key).toBe('2026-02');
    expect(quarterOf(day(2026, 12, 31)).key).toBe('2026-Q4');
    expect(lastFullMonths(day(2026, 2, 1), 3).map((m) => m.key)).toEqual(['2025-11', '2025-12', '2026-01']);
  });
});
