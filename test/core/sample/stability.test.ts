/**
 * A calendar month reads the same whatever day (or month) the sample is generated: every row dated
 * in a month both workbooks cover, before the months that carry the story (the last full month
 * and the month in progress of the earlier workbook), is identical; later rows only move forward
 * (a lead's status advances, an open deal closes). And the business looks like one: revenue in a
 * believable band around its objectives, growth of a few % a month, August and December dips.
 */
import { generateSample, SampleWorkbook } from '../../../src/core/sample';
import { D, day, Engine, isClosed, month, Month, Row, rows, shift, target } from './helpers';

/** Where a lead's status may go next as asOf advances (Customer and Disqualified are final). */
const LATER: Record<string, string[]> = {
  New: ['MQL', 'SQL', 'Opportunity', 'Customer', 'Disqualified'],
  MQL: ['SQL', 'Opportunity', 'Customer'],
  SQL: ['Opportunity', 'Customer'],
  Opportunity: ['Customer'],
  Customer: [],
  Disqualified: [],
};
const key = (r: Row): string => JSON.stringify(r);
/** A lead's deal closes within 7 months of the lead (funnel ≤ 2 months, sales cycle ≤ 5). */
const LEAD_TO_CLOSE_DAYS = 7 * 31;

/**
 * Compares an earlier workbook `a` with a later one `b` (same seed and size): the rows of `a` dated
 * before `cutoff`, in months `b` covers too, are in `b` as they are, and a lead's status only moves
 * forward. With `sameMonth` false (b's asOf in a later month), the statuses of leads whose deal may
 * close in a's story months (created less than 7 months before the cutoff) are left out: those
 * deals are story rows. Returns the differences found, as text.
 */
function differences(a: SampleWorkbook, b: SampleWorkbook, cutoff: number, sameMonth: boolean): string[] {
  const out: string[] = [];
  const from = Math.max(a.firstMonth, b.firstMonth);
  const covered = (d: unknown): boolean => typeof d === 'number' && d >= from && d < cutoff;
  // Leads: same ID, day, channel, owner; the status only moves forward (or was already final).
  const leadsB = new Map(rows(b, 'leads').map((r) => [r[0], r]));
  for (const r of rows(a, 'leads')) {
    if (!covered(r[1])) continue;
    const o = leadsB.get(r[0]);
    if (!o || o[1] !== r[1] || o[2] !== r[2] || o[4] !== r[4]) out.push(`lead ${key(r)} → ${o ? key(o) : 'missing'}`);
    else if (!sameMonth && (r[1] as number) >= cutoff - LEAD_TO_CLOSE_DAYS) continue;
    else if (o[3] !== r[3] && !LATER[r[3] as string].includes(o[3] as string)) out.push(`lead status ${key(r)} → ${o[3]}`);
  }
  // Deals: closed before the cutoff, identical; created before it and still open, same ID, day, owner, channel.
  const dealsB = new Map(rows(b, 'deals').map((r) => [r[D.id], r]));
  for (const r of rows(a, 'deals')) {
    const o = dealsB.get(r[D.id]);
    if (isClosed(r) && covered(r[D.close])) {
      if (!o || key(o) !== key(r)) out.push(`deal ${key(r)} → ${o ? key(o) : 'missing'}`);
    } else if (!isClosed(r) && covered(r[D.created])) {
      if (!o || o[D.created] !== r[D.created] || o[D.owner] !== r[D.owner] || o[D.channel] !== r[D.channel]) out.push(`open deal ${key(r)} → ${o ? key(o) : 'missing'}`);
    }
  }
  // Activities, surveys and spend of the covered months: the same rows, both ways (spend of full
  // months only: the month in progress shows what was spent so far).
  const monthOfA = month(new Date(a.asOf * 86400000).getUTCFullYear(), new Date(a.asOf * 86400000).getUTCMonth() + 1);
  for (const [sheet, by] of [['activities', 0], ['surveys', 0], ['spend', 0]] as const) {
    const take = (w: SampleWorkbook): string[] => rows(w, sheet).filter((r) => covered(r[by]) && (sheet !== 'spend' || (r[by] as number) < monthOfA.start)).map(key).sort();
    const inA = take(a);
    const inB = take(b);
    if (key(inA as unknown as Row) !== key(inB as unknown as Row)) out.push(`${sheet}: ${inA.length} rows vs ${inB.length}`);
  }
  // Customers who started in the covered months: same name, start and segment; an end date before the cutoff stays.
  const customersB = new Map(rows(b, 'customers').map((r) => [r[0], r]));
  for (const r of rows(a, 'customers')) {
    if (!covered(r[1])) continue;
    const o = customersB.get(r[0]);
    if (!o || o[1] !== r[1] || o[3] !== r[3] || (r[2] !== null && (r[2] as number) < cutoff && o[2] !== r[2])) out.push(`customer ${key(r)} → ${o ? key(o) : 'missing'}`);
  }
  return out;
}

describe('a month reads the same whatever day it is generated', () => {
  const nov = month(2026, 11);
  const days = [1, 2, 10, 25, 30].map((d) => generateSample({ asOf: nov.start + d - 1 }));

  it('days of the same month: everything before the earlier asOf is identical', () => {
    for (let i = 0; i + 1 < days.length; i++) expect(differences(days[i], days[i + 1], days[i].asOf, true)).toEqual([]);
    // Full months, whole rows: the last full month (October, a story month) is the same on the 2nd and the 30th.
    expect(rows(days[1], 'deals').filter((r) => isClosed(r) && (r[D.close] as number) < nov.start).map(key))
      .toEqual(rows(days[4], 'deals').filter((r) => isClosed(r) && (r[D.close] as number) < nov.start).map(key));
  });

  it('later months: everything before the earlier workbook\'s story months is identical', () => {
    const b = days[3]; // asOf 2026-11-25: its story months are October and November
    const cutoff = month(2026, 10).start;
    for (const asOf of [day(2026, 12, 1), day(2027, 2, 14), day(2027, 6, 30)]) {
      expect(differences(b, generateSample({ asOf }), cutoff, false)).toEqual([]);
    }
  });

  it('so each month keeps its revenue, new customers and leads (no 5.5 k€ one day, 63 k€ the next)', () => {
    const engines = [day(2026, 11, 3), day(2026, 11, 28), day(2027, 1, 15), day(2027, 4, 2)].map((asOf) => new Engine(generateSample({ asOf })));
    for (let k = 0; k < 12; k++) {
      const m = shift(month(2025, 10), k); // October 2025 … September 2026: full, before any story month
      for (const id of ['REVENUE', 'NEW_CUSTOMERS', 'LEADS'] as const) {
        const values = engines.map((e) => e.month(id, m));
        expect(new Set(values).size).toBe(1);
      }
    }
  });
});

describe('the business looks like a young company', () => {
  const wb = generateSample({ asOf: day(2026, 11, 25) });
  const engine = new Engine(wb);
  const full = (from: Month, to: Month): Month[] => {
    const out: Month[] = [];
    for (let m = from; m.start <= to.start; m = shift(m, 1)) out.push(m);
    return out;
  };

  it('revenue stays in a believable band around its objective month after month', () => {
    // Every full month but the story month (October 2026): within ±25 % of its objective, and never
    // more than 45 % above or below the month before.
    let previous = 0;
    for (const m of full(month(2025, 5), month(2026, 9))) {
      const revenue = engine.month('REVENUE', m);
      const ratio = revenue / target(wb, 'REVENUE', m.key);
      expect(`${m.key} ${ratio > 0.75 && ratio < 1.25}`).toBe(`${m.key} true`);
      if (previous) expect(Math.abs(Math.log(revenue / previous))).toBeLessThan(Math.log(1.45) + (m.month === 8 || m.month === 9 ? 0.3 : 0));
      previous = revenue;
    }
  });

  it('grows a few % a month, with August and December dips', () => {
    const leads = (y: number, m: number): number => engine.month('LEADS', month(y, m));
    const revenue = (y: number, m: number): number => engine.month('REVENUE', month(y, m));
    // A year of ~4 % a month is ×1.6: leads and revenue of a quarter grow between ×1.35 and ×1.9
    // (3–5 % a month) from one year to the next.
    const q = (f: (y: number, m: number) => number, y: number, first: number): number => f(y, first) + f(y, first + 1) + f(y, first + 2);
    for (const f of [leads, revenue]) {
      expect(q(f, 2026, 6) / q(f, 2025, 6)).toBeGreaterThan(1.35);
      expect(q(f, 2026, 6) / q(f, 2025, 6)).toBeLessThan(1.9);
    }
    for (const y of [2025, 2026]) {
      expect(leads(y, 8)).toBeLessThan(0.8 * (leads(y, 7) + leads(y, 9)) / 2);
      expect(revenue(y, 8)).toBeLessThan(0.8 * (revenue(y, 7) + revenue(y, 9)) / 2);
    }
    expect(leads(2025, 12)).toBeLessThan(0.85 * (leads(2025, 11) + leads(2026, 1)) / 2);
    expect(revenue(2025, 12)).toBeLessThan(0.95 * (revenue(2025, 11) + revenue(2026, 1)) / 2);
  });
});
