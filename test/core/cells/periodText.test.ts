import { isInvalid } from '../../../src/core/cells/cell';
import { parsePeriodLabel } from '../../../src/core/cells/periodText';
import { dayOfUtcDate } from '../../../src/core/dates/day';
import { day, tokyo, tokyoDayOf, utc } from '../helpers';

const p = (v: Parameters<typeof parsePeriodLabel>[0]) => parsePeriodLabel(v, dayOfUtcDate, 'DMY');

describe('parsePeriodLabel', () => {
  it.each(['2026-03', '03/2026', 'March 2026', 'mars 2026', 'Mar 2026', 'MARS 2026'])('%j is March 2026', (label) => {
    expect(p(label)).toEqual({ kind: 'month', key: '2026-03', start: day(2026, 3, 1), end: day(2026, 3, 31) });
  });
  it('February 2028 ends on the 29th, février 2026 on the 28th', () => {
    expect(p('2028-02')).toMatchObject({ end: day(2028, 2, 29) });
    expect(p('février 2026')).toMatchObject({ key: '2026-02', end: day(2026, 2, 28) });
  });
  it.each(['2026-Q1', 'Q1 2026', 'T1 2026', 'q1-2026'])('%j is the first quarter', (label) => {
    expect(p(label)).toEqual({ kind: 'quarter', key: '2026-Q1', start: day(2026, 1, 1), end: day(2026, 3, 31) });
  });
  it('2026-Q4 ends on 31 December; 2026 is the year', () => {
    expect(p('2026-Q4')).toMatchObject({ start: day(2026, 10, 1), end: day(2026, 12, 31) });
    expect(p('2026')).toEqual({ kind: 'year', key: '2026', start: day(2026, 1, 1), end: day(2026, 12, 31) });
  });
  it('a range 2026-01-01..2026-02-15 is a custom period', () => {
    expect(p('2026-01-01..2026-02-15')).toEqual({ kind: 'custom', key: '2026-01-01..2026-02-15', start: day(2026, 1, 1), end: day(2026, 2, 15) });
  });
  it('a Date cell stands for its month, in the sheet zone', () => {
    expect(p(utc(2026, 3, 1))).toMatchObject({ key: '2026-03' });
    expect(parsePeriodLabel(tokyo(2026, 4, 1), tokyoDayOf, 'DMY')).toMatchObject({ key: '2026-04' });
  });
  it.each(['2026-13', '2026-Q5', 'Smarch 2026', '2026-02-15..2026-01-01', 'soon'])('%j is invalid', (label) => {
    expect(isInvalid(p(label))).toBe(true);
  });
  it('blank is undefined', () => {
    expect(p('')).toBeUndefined();
  });
});
