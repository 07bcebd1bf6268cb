/**
 * Test helper: recomputes the KPIs from the generated sheets (independently of the generator's
 * internals) and compares them with the Targets sheet.
 */
import { monthKey, quarterKey } from '../../../src/core/sample/calendar';
import type { SampleCell, SampleWorkbook } from '../../../src/core/sample';

const LOWER_IS_BETTER = new Set(['CPL', 'CAC', 'CHURN', 'SALES_CYCLE']);

export interface TargetCheck {
  kpi: string;
  period: string;
  filter: string;
  target: number;
  actual: number | null;
  met: boolean | null;
}

class Acc {
  private readonly m = new Map<string, number>();
  add(key: string, v = 1): void {
    this.m.set(key, (this.m.get(key) || 0) + v);
  }
  get(key: string): number {
    return this.m.get(key) || 0;
  }
}

/** English workbooks only (headers and values by their English names). */
export function checkTargets(wb: SampleWorkbook): TargetCheck[] {
  const [leads, deals, , spend, customers, surveys, targets] = wb.sheets;
  const acc = new Acc();
  const period = (day: number, quarterly: boolean): string => (quarterly ? quarterKey(day) : monthKey(day));
  for (const r of leads.rows) {
    const day = r[1] as number;
    const status = r[3] as string;
    for (const q of [false, true]) {
      const p = period(day, q);
      acc.add('leads|' + p);
      if (r[2] === 'LinkedIn') acc.add('leads:LinkedIn|' + p);
      if (['MQL', 'SQL', 'Opportunity', 'Customer'].indexOf(status) >= 0) acc.add('mql|' + p);
      if (['SQL', 'Opportunity', 'Customer'].indexOf(status) >= 0) acc.add('sql|' + p);
    }
  }
  for (const r of spend.rows) {
    const p = period(r[0] as number, false);
    if (r[2] === 'Marketing') acc.add('mkt|' + p, r[3] as number);
    acc.add('spend|' + p, r[3] as number);
  }
  for (const r of deals.rows) {
    const stage = r[3];
    if (stage !== 'Won' && stage !== 'Lost') continue;
    const close = r[5] as number;
    for (const q of [false, true]) {
      const p = period(close, q);
      if (stage === 'Lost') {
        acc.add('lost|' + p);
        continue;
      }
      acc.add('won|' + p);
      acc.add('rev|' + p, r[4] as number);
      acc.add('rev:' + r[8] + '|' + p, r[4] as number);
      acc.add('cycle|' + p, close - (r[2] as number));
    }
  }
  const quarterStarts = new Map<string, number>();
  for (const r of targets.rows) {
    const p = r[1] as string;
    if (p.indexOf('Q') >= 0 && !quarterStarts.has(p)) {
      const y = Number(p.slice(0, 4));
      const q = Number(p.slice(6));
      quarterStarts.set(p, Math.round(Date.UTC(y, (q - 1) * 3, 1) / 86400000));
    }
  }
  for (const r of customers.rows) {
    const start = r[1] as number;
    const end = r[2] as number | null;
    acc.add('new|' + period(start, false));
    if (end !== null) acc.add('churned|' + period(end, true));
    quarterStarts.forEach((qs, p) => {
      if (start < qs && (end === null || end >= qs)) acc.add('active|' + p);
    });
  }
  for (const r of surveys.rows) {
    if (r[2] !== 'NPS') continue;
    const p = period(r[0] as number, true);
    const s = r[3] as number;
    acc.add('nps|' + p);
    if (s >= 9) acc.add('prom|' + p);
    if (s <= 6) acc.add('det|' + p);
  }
  const div = (a: number, b: number): number | null => (b > 0 ? a / b : null);
  const out: TargetCheck[] = [];
  for (const r of targets.rows as SampleCell[][]) {
    const kpi = r[0] as string;
    const p = r[1] as string;
    const target = r[2] as number;
    const filter = r[4] === null ? '' : String(r[4]);
    const f = filter ? ':' + filter : '';
    let actual: number | null = null;
    switch (kpi) {
      case 'LEADS': actual = acc.get('leads' + f + '|' + p); break;
      case 'CPL': actual = div(acc.get('mkt|' + p), acc.get('leads|' + p)); break;
      case 'MQL_RATE': actual = div(acc.get('mql|' + p), acc.get('leads|' + p)); break;
      case 'SQL_RATE': actual = div(acc.get('sql|' + p), acc.get('leads|' + p)); break;
      case 'WIN_RATE': actual = div(acc.get('won|' + p), acc.get('won|' + p) + acc.get('lost|' + p)); break;
      case 'REVENUE': actual = acc.get('rev' + f + '|' + p); break;
      case 'AVG_DEAL': actual = div(acc.get('rev|' + p), acc.get('won|' + p)); break;
      case 'NEW_CUSTOMERS': actual = acc.get('new|' + p); break;
      case 'CAC': actual = div(acc.get('spend|' + p), acc.get('new|' + p)); break;
      case 'CHURN': actual = div(acc.get('churned|' + p), acc.get('active|' + p)); break;
      case 'SALES_CYCLE': actual = div(acc.get('cycle|' + p), acc.get('won|' + p)); break;
      case 'NPS': {
        const n = acc.get('nps|' + p);
        actual = n > 0 ? (100 * (acc.get('prom|' + p) - acc.get('det|' + p))) / n : null;
        break;
      }
    }
    const met = actual === null ? null : LOWER_IS_BETTER.has(kpi) ? actual <= target : actual >= target;
    out.push({ kpi, period: p, filter, target, actual, met });
  }
  return out;
}
