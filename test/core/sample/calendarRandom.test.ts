import { calendarMonthOf, dayFromParts, monthIndexOf, monthKey, monthStartDay, quarterKey, weekdayOf, ymdOfDay, yymm } from '../../../src/core/sample/calendar';
import { cumulative, pickAt, Rng, seedOf, weyl } from '../../../src/core/sample/random';

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

describe('calendar months as indices', () => {
  test('absolute month index, its first day, calendar month and YYMM', () => {
    // 2026 × 12 + (10 − 1) = 24321 is October 2026.
    expect(monthIndexOf(dayFromParts(2026, 10, 31))).toBe(24321);
    expect(monthIndexOf(dayFromParts(2026, 10, 1))).toBe(24321);
    expect(monthStartDay(24321)).toBe(dayFromParts(2026, 10, 1));
    expect(monthStartDay(24324)).toBe(dayFromParts(2027, 1, 1));
    expect(calendarMonthOf(24321)).toBe(9);
    expect(yymm(24321)).toBe('2610');
    expect(yymm(2005 * 12)).toBe('0501');
  });
});

describe('seeds, low-discrepancy sequences and picks', () => {
  test('seedOf: same parts, same seed; any part changed, another seed', () => {
    expect(seedOf(1, 24321, 5)).toBe(seedOf(1, 24321, 5));
    const seeds = new Set([seedOf(1, 24321, 5), seedOf(2, 24321, 5), seedOf(1, 24322, 5), seedOf(1, 24321, 6), seedOf(1.5, 24321, 5), seedOf(1, 5, 24321)]);
    expect(seeds.size).toBe(6);
    for (const s of seeds) expect(Number.isInteger(s) && s >= 0 && s < 2 ** 32).toBe(true);
  });

  test('weyl: fractional part of k·α + offset; any window of n terms puts about n·p in an interval of length p', () => {
    expect(weyl(0, 0.5, 0.25)).toBe(0.25);
    expect(weyl(3, 0.5, 0.25)).toBeCloseTo(0.75, 12); // 1.75 → 0.75
    const phi = (Math.sqrt(5) - 1) / 2;
    for (const start of [0, 1000, 123456]) {
      let inside = 0;
      for (let k = start; k < start + 50; k++) if (weyl(k, phi, 0.3) < 0.26) inside++;
      expect(Math.abs(inside - 13)).toBeLessThanOrEqual(2); // 50 × 0.26 = 13, independent draws would stray by ±3 or more
    }
  });

  test('pickAt maps [0, 1) onto cumulative weights', () => {
    const cum = cumulative([1, 0, 3]);
    expect(pickAt(cum, 0)).toBe(0);
    expect(pickAt(cum, 0.2499)).toBe(0);
    expect(pickAt(cum, 0.25)).toBe(2);
    expect(pickAt(cum, 0.9999)).toBe(2);
  });
});
