import { addMonths, dayFromParts, monthKey, monthStartOf, quarterKey, weekdayOf, ymdOfDay } from '../../../src/core/sample/calendar';
import { cumulative, Rng } from '../../../src/core/sample/random';

describe('calendar (zone-free days)', () => {
  test('Day 0 is 1970-01-01, a Thursday', () => {
    expect(dayFromParts(1970, 1, 1)).toBe(0);
    expect(weekdayOf(0)).toBe(4);
    expect(ymdOfDay(0)).toEqual({ year: 1970, month: 1, day: 1 });
  });

  test('hand-computed dates', () => {
    // 30 years of 365 days + 7 leap days (72, 76, 80, 84, 88, 92, 96) = 10957; + Jan 31 + Feb 29.
    expect(dayFromParts(2000, 1, 1)).toBe(10957);
    expect(dayFromParts(2000, 3, 1)).toBe(11017);
    expect(ymdOfDay(11016)).toEqual({ year: 2000, month: 2, day: 29 });
    expect(weekdayOf(dayFromParts(2025, 6, 15))).toBe(0); // a Sunday
    expect(weekdayOf(-1)).toBe(3);
  });

  test('months and quarters', () => {
    const d = dayFromParts(2025, 6, 15);
    expect(monthStartOf(d)).toBe(dayFromParts(2025, 6, 1));
    expect(addMonths(d, -18)).toBe(dayFromParts(2023, 12, 1));
    expect(addMonths(d, 7)).toBe(dayFromParts(2026, 1, 1));
    expect(monthKey(d)).toBe('2025-06');
    expect(monthKey(dayFromParts(2023, 12, 31))).toBe('2023-12');
    expect(quarterKey(d)).toBe('2025-Q2');
    expect(quarterKey(dayFromParts(2023, 12, 1))).toBe('2023-Q4');
    expect(quarterKey(dayFromParts(2024, 1, 1))).toBe('2024-Q1');
  });
});

describe('Rng (mulberry32)', () => {
  test('same seed, same stream; other seed, other stream', () => {
    const a = new Rng(42);
    const b = new Rng(42);
    const c = new Rng(43);
    const xa = [a.next(), a.next(), a.next()];
    expect([b.next(), b.next(), b.next()]).toEqual(xa);
    expect([c.next(), c.next(), c.next()]).not.toEqual(xa);
  });

  test('ranges and moments', () => {
    const r = new Rng(1);
    let sum = 0;
    let sumN = 0;
    let sumN2 = 0;
    let bad = 0;
    const n = 20000;
    for (let i = 0; i < n; i++) {
      const u = r.next();
      if (!(u >= 0 && u < 1)) bad++;
      sum += u;
      const k = r.int(6);
      if (!(Number.isInteger(k) && k >= 0 && k < 6)) bad++;
      const z = r.normal();
      sumN += z;
      sumN2 += z * z;
    }
    expect(bad).toBe(0);
    expect(Math.abs(sum / n - 0.5)).toBeLessThan(0.01);
    expect(Math.abs(sumN / n)).toBeLessThan(0.03);
    expect(Math.abs(sumN2 / n - 1)).toBeLessThan(0.05);
  });

  test('pick follows cumulative weights', () => {
    const r = new Rng(3);
    const cum = cumulative([1, 0, 3]);
    expect(cum).toEqual([1, 1, 4]);
    const counts = [0, 0, 0];
    for (let i = 0; i < 8000; i++) counts[r.pick(cum)]++;
    expect(counts[1]).toBe(0);
    expect(counts[2] / counts[0]).toBeGreaterThan(2.6);
    expect(counts[2] / counts[0]).toBeLessThan(3.4);
  });
});
