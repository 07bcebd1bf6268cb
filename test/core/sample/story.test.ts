/**
 * The story the dashboard should find in the sample, checked with the real KPI engine against
 * figures recomputed here with plain loops over the generated rows:
 * - the last full month misses its revenue objective by 15–25 %, and Export is by far the segment
 *   (of region, owner, product, channel) whose revenue falls shortest of its usual share of the
 *   objective;
 * - over the last full quarter, Referral returns ≥ 4× its spend at under half the average CAC
 *   (capitalise) and Google Ads < 1× with a CPL above average (fix), the others in between;
 * - the month in progress projects (pro rata of the days elapsed) under its revenue and
 *   new-customer objectives on every day of the month.
 */
import { generateSample, SampleWorkbook } from '../../../src/core/sample';
import { D, day, Engine, inMonth, Month, month, quarterKey, Row, rows, shift, target } from './helpers';

const CHANNELS = ['LinkedIn', 'Website', 'Google Ads', 'Emailing', 'Referral', 'Events'];
const DIMENSIONS: [string, number][] = [['Region', D.region], ['Owner', D.owner], ['Product', D.product], ['Channel', D.channel]];

/** Revenue of the won deals closing in the given months, by the value of a column. */
function revenueBy(deals: Row[], column: number, months: Month[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of deals) {
    if (r[D.stage] !== 'Won' || !months.some((m) => inMonth(r[D.close], m))) continue;
    out.set(r[column] as string, (out.get(r[column] as string) ?? 0) + (r[D.amount] as number));
  }
  return out;
}

const total = (m: Map<string, number>): number => [...m.values()].reduce((a, b) => a + b, 0);

/**
 * The dashboard's rule for a missed objective, worked out by hand: each segment's expected
 * revenue is its share of the reference months' revenue × the objective; its gap is actual −
 * expected. Returns every segment's gap, most negative first.
 */
function gaps(wb: SampleWorkbook, missed: Month, reference: Month[]): { segment: string; gap: number }[] {
  const deals = rows(wb, 'deals');
  const objective = target(wb, 'REVENUE', missed.key);
  const out: { segment: string; gap: number }[] = [];
  for (const [name, column] of DIMENSIONS) {
    const before = revenueBy(deals, column, reference);
    const now = revenueBy(deals, column, [missed]);
    const sum = total(before);
    for (const [segment, amount] of before) out.push({ segment: `${name}: ${segment}`, gap: (now.get(segment) ?? 0) - (amount / sum) * objective });
  }
  return out.sort((a, b) => a.gap - b.gap);
}

describe('the last full month misses its revenue objective because of Export', () => {
  const asOf = day(2026, 11, 25);
  const wb = generateSample({ asOf });
  const engine = new Engine(wb);
  const october = month(2026, 10);
  const deals = rows(wb, 'deals');

  it('October 2026 misses its revenue objective by 15–25 %', () => {
    const objective = target(wb, 'REVENUE', '2026-10');
    const revenue = engine.month('REVENUE', october);
    // The engine agrees with a plain sum of the Won deals closed in October.
    expect(revenue).toBeCloseTo(total(revenueBy(deals, D.stage, [october])), 6);
    const miss = 1 - revenue / objective;
    expect(miss).toBeGreaterThanOrEqual(0.15);
    expect(miss).toBeLessThanOrEqual(0.25);
  });

  it('Export usually makes a quarter of revenue, and almost nothing in October', () => {
    const before = revenueBy(deals, D.region, [month(2026, 7), month(2026, 8), month(2026, 9)]);
    const now = revenueBy(deals, D.region, [october]);
    const usual = (before.get('Export') ?? 0) / total(before);
    const share = (now.get('Export') ?? 0) / total(now);
    expect(usual).toBeGreaterThan(0.2);
    expect(usual).toBeLessThan(0.32);
    expect(share).toBeGreaterThan(0); // still in the breakdown…
    expect(share).toBeLessThan(0.1); // …but far below its share
    // The engine's Region filter sees the same Export revenue.
    expect(engine.month('REVENUE', october, [{ column: 'Region', value: 'Export' }])).toBeCloseTo(now.get('Export') ?? 0, 6);
    // The French regions stay within a few points of their usual share.
    for (const region of ['Île-de-France', 'Auvergne-Rhône-Alpes', 'Nouvelle-Aquitaine', 'Hauts-de-France']) {
      const was = (before.get(region) ?? 0) / total(before);
      const is = (now.get(region) ?? 0) / total(now);
      expect(Math.abs(is - was * (1 - share) / (1 - usual))).toBeLessThan(0.08);
    }
  });

  it('Export explains most of the gap, far ahead of any region, owner, product or channel', () => {
    for (const reference of [[month(2026, 7), month(2026, 8), month(2026, 9)], [month(2026, 9)]]) {
      const [first, second] = gaps(wb, october, reference);
      expect(first.segment).toBe('Region: Export');
      const objective = target(wb, 'REVENUE', '2026-10');
      expect(first.gap / objective).toBeLessThan(-0.15);
      expect(first.gap).toBeLessThan(1.5 * second.gap); // gaps are negative: Export's is ≥ 1.5× the next
    }
  });

  it('the slipped Export deals are still in the pipeline, some of them overdue', () => {
    const open = deals.filter((r) => r[D.stage] !== 'Won' && r[D.stage] !== 'Lost');
    const exportOpen = open.filter((r) => r[D.region] === 'Export' && (r[D.stage] === 'Negotiation' || r[D.stage] === 'Proposal'));
    expect(exportOpen.length).toBeGreaterThanOrEqual(2);
    const overdue = open.filter((r) => (r[D.close] as number) < asOf);
    expect(overdue.length).toBeGreaterThanOrEqual(3);
    expect(overdue.length).toBeLessThan(0.25 * open.length);
    expect(overdue.some((r) => r[D.region] === 'Export' && inMonth(r[D.close], october))).toBe(true);
  });

  it('holds whatever month the workbook is made in (asOf on the 25th, June 2026 to March 2027)', () => {
    for (let k = 0; k < 10; k++) {
      const current = month(2026, 6 + k);
      const last = shift(current, -1);
      const w = generateSample({ asOf: current.start + 24 });
      const objective = target(w, 'REVENUE', last.key);
      const revenue = new Engine(w, 'deals').month('REVENUE', last);
      expect(1 - revenue / objective).toBeGreaterThanOrEqual(0.15);
      expect(1 - revenue / objective).toBeLessThanOrEqual(0.25);
      // Export is first, at least 1.5× the next segment against the three months before, 1.25× against
      // the month before alone (a single month's split is lumpier).
      for (const [reference, margin] of [[[shift(last, -3), shift(last, -2), shift(last, -1)], 1.5], [[shift(last, -1)], 1.25]] as const) {
        const [first, second] = gaps(w, last, [...reference]);
        expect(`${current.key} ${first.segment}`).toBe(`${current.key} Region: Export`);
        expect(first.gap).toBeLessThan(margin * second.gap);
      }
    }
  });

  it('and with other seeds', () => {
    for (const seed of [2, 3, 4]) {
      for (const current of [month(2026, 11), month(2027, 3)]) {
        const w = generateSample({ asOf: current.start + 9, seed });
        const last = shift(current, -1);
        const [first, second] = gaps(w, last, [shift(last, -3), shift(last, -2), shift(last, -1)]);
        expect(`${seed} ${current.key} ${first.segment}`).toBe(`${seed} ${current.key} Region: Export`);
        expect(first.gap).toBeLessThan(1.25 * second.gap);
      }
    }
  });
});

/** The channel ROI table of a quarter, by hand: spend, leads, new customers (first Won deal's channel), revenue. */
function channelTable(wb: SampleWorkbook, quarter: Month[]) {
  const inQuarter = (d: unknown): boolean => quarter.some((m) => inMonth(d as number, m));
  const table = new Map(CHANNELS.map((c) => [c, { spend: 0, leads: 0, customers: 0, revenue: 0 }]));
  let spend = 0;
  for (const r of rows(wb, 'spend')) {
    if (!inQuarter(r[0])) continue;
    spend += r[3] as number;
    if (r[1] !== null) table.get(r[1] as string)!.spend += r[3] as number;
  }
  for (const r of rows(wb, 'leads')) if (inQuarter(r[1])) table.get(r[2] as string)!.leads++;
  const first = new Map<string, Row>();
  for (const r of rows(wb, 'deals')) {
    if (r[D.stage] !== 'Won') continue;
    const f = first.get(r[D.customer] as string);
    if (!f || (r[D.close] as number) < (f[D.close] as number)) first.set(r[D.customer] as string, r);
  }
  let customers = 0;
  for (const r of first.values()) {
    if (!inQuarter(r[D.close])) continue;
    table.get(r[D.channel] as string)!.customers++;
    customers++;
  }
  for (const r of rows(wb, 'deals')) if (r[D.stage] === 'Won' && inQuarter(r[D.close])) table.get(r[D.channel] as string)!.revenue += r[D.amount] as number;
  let leads = 0;
  for (const t of table.values()) leads += t.leads;
  return { table, averageCac: spend / customers, averageCpl: spend / leads };
}

describe('channel ROI of the last full quarter: one channel to capitalise on, one to fix', () => {
  it('Q3 2026 (asOf 2026-11-25): Referral ≥ 4× its spend at under half the average CAC; Google Ads < 1× with a CPL above average', () => {
    const wb = generateSample({ asOf: day(2026, 11, 25) });
    const engine = new Engine(wb);
    const q3 = [month(2026, 7), month(2026, 8), month(2026, 9)];
    const { table, averageCac, averageCpl } = channelTable(wb, q3);
    const [start, end] = [q3[0].start, q3[2].end];
    expect(engine.value('CAC', start, end)).toBeCloseTo(averageCac, 6);
    expect(engine.value('CPL', start, end)).toBeCloseTo(averageCpl, 6);
    for (const [channel, t] of table) {
      const filter = [{ column: 'Channel', value: channel }];
      // The engine's channel-filtered KPIs agree with the loops.
      expect(engine.value('REVENUE', start, end, filter)).toBeCloseTo(t.revenue, 6);
      expect(engine.value('NEW_CUSTOMERS', start, end, filter)).toBe(t.customers);
      expect(engine.value('LEADS', start, end, filter)).toBe(t.leads);
      expect(engine.value('CAC', start, end, filter)).toBeCloseTo(t.spend / t.customers, 6);
      expect(t.spend).toBeGreaterThan(0);
      expect(t.leads).toBeGreaterThan(0); // every channel with spend brings leads
    }
    const referral = table.get('Referral')!;
    expect(referral.revenue / referral.spend).toBeGreaterThanOrEqual(4);
    expect(referral.spend / referral.customers).toBeLessThan(0.5 * averageCac);
    const google = table.get('Google Ads')!;
    expect(google.revenue / google.spend).toBeLessThan(1);
    expect(google.spend / google.leads).toBeGreaterThan(averageCpl);
    for (const [channel, t] of table) if (channel !== 'Google Ads') expect(t.spend / t.leads).toBeLessThan(google.spend / google.leads); // the highest CPL
    for (const channel of ['LinkedIn', 'Website', 'Emailing', 'Events']) {
      const t = table.get(channel)!;
      expect(`${channel} ${(t.revenue / t.spend).toFixed(2)}`).toMatch(/ [1-3]\./); // between 1× and 4×
    }
  });

  it('every quarter from 2025-Q3 to 2027-Q3 reads the same way', () => {
    for (let k = 0; k < 9; k++) {
      const first = month(2025, 7 + 3 * k);
      const quarter = [first, shift(first, 1), shift(first, 2)];
      const wb = generateSample({ asOf: shift(first, 4).start + 14 });
      const { table, averageCac } = channelTable(wb, quarter);
      const roi = (c: string): number => table.get(c)!.revenue / table.get(c)!.spend;
      const label = quarterKey(first);
      expect(`${label} capitalise ${CHANNELS.filter((c) => roi(c) >= 4).join()}`).toBe(`${label} capitalise Referral`);
      expect(`${label} fix ${CHANNELS.filter((c) => roi(c) < 1).join()}`).toBe(`${label} fix Google Ads`);
      expect(table.get('Referral')!.spend / table.get('Referral')!.customers).toBeLessThan(0.5 * averageCac);
    }
  });
});

describe('the month in progress is behind pace on every day', () => {
  // Projection at asOf: revenue (or new customers) of the days elapsed × days in month / days
  // elapsed; "today" is not elapsed. Each asOf is a fresh workbook, as a user would insert it.
  it.each([[2026, 11, 1], [2027, 2, 1], [2027, 8, 4]])('%i-%i, every %i day(s) from the 2nd to the last', (year, m, step) => {
    const current = month(year, m);
    const objectives = generateSample({ asOf: current.start + 1 });
    const objective = target(objectives, 'REVENUE', current.key);
    const customersObjective = target(objectives, 'NEW_CUSTOMERS', current.key);
    const elapsedDays: number[] = [];
    for (let e = 1; e < current.days; e += step) elapsedDays.push(e);
    if (elapsedDays[elapsedDays.length - 1] !== current.days - 1) elapsedDays.push(current.days - 1);
    let lastRevenue = 0;
    for (const elapsed of elapsedDays) {
      const asOf = current.start + elapsed;
      const engine = new Engine(generateSample({ asOf }), 'deals');
      const revenue = engine.value('REVENUE', current.start, asOf - 1);
      const customers = engine.value('NEW_CUSTOMERS', current.start, asOf - 1);
      expect(revenue * current.days / elapsed).toBeLessThan(objective);
      expect(customers * current.days / elapsed).toBeLessThan(customersObjective);
      lastRevenue = revenue;
    }
    // Not an empty month, just a late one: on its last day it has made a good part of its objective.
    expect(lastRevenue).toBeGreaterThan(0.3 * objective);
  });
});
