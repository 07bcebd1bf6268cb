import { normalizeHeader } from '../cells/text';
import { NamedPeriod, monthOf, shiftPeriod } from '../dates/period';
import type { KpiDefinition } from '../kpi/types';
import { TABLES, TABLE_KINDS } from '../tables/schema';
import type { Target } from '../targets/readTargets';
import { isAdditive } from './pace';
import type { Dimension } from './segments';

export interface Objective {
  value: number;
  /** Where it was written: the Targets sheet row (for the note), or rows for a derived one. */
  rows: number[];
  /** A quarter objective made of its three monthly ones (counts and sums only). */
  derived?: boolean;
}

/** The objectives of the Targets table, looked up by KPI, period and segment. */
export class Objectives {
  private readonly whole = new Map<string, Target>();
  private readonly bySegment = new Map<string, Map<string, number>>();

  constructor(targets: readonly Target[]) {
    for (const t of targets) {
      if (!t.filter) {
        // The first row wins, as the data check reports duplicates.
        const key = `${t.kpi.id}|${t.period.key}`;
        if (!this.whole.has(key)) this.whole.set(key, t);
        continue;
      }
      const dim = dimensionOfColumn(t.filter.column);
      if (!dim) continue;
      const key = `${t.kpi.id}|${t.period.key}|${dim}`;
      let m = this.bySegment.get(key);
      if (!m) this.bySegment.set(key, (m = new Map()));
      const v = t.filter.value.trim().toLowerCase();
      if (!m.has(v)) m.set(v, t.value);
    }
  }

  /**
   * The objective of a KPI for a period. A quarter without its own objective takes the sum of its
   * three months' objectives for counts and sums (a rate's quarterly objective can't be derived).
   */
  of(kpi: KpiDefinition, period: NamedPeriod): Objective | undefined {
    const t = this.whole.get(`${kpi.id}|${period.key}`);
    if (t) return { value: t.value, rows: [t.row] };
    if (period.kind !== 'quarter' || !isAdditive(kpi)) return undefined;
    const months = [0, 1, 2].map((i) => shiftPeriod(monthOf(period.start), i));
    const parts = months.map((m) => this.whole.get(`${kpi.id}|${m.key}`));
    if (parts.some((p) => !p)) return undefined;
    return { value: parts.reduce((s, p) => s + p!.value, 0), rows: parts.map((p) => p!.row), derived: true };
  }

  /** Objectives set for segments of a dimension (`Region = Export`), by lower-cased value. */
  segments(kpi: KpiDefinition, period: NamedPeriod): Partial<Record<Dimension, Map<string, number>>> {
    const out: Partial<Record<Dimension, Map<string, number>>> = {};
    for (const dim of ['channel', 'product', 'owner', 'region', 'segment'] as Dimension[]) {
      const m = this.bySegment.get(`${kpi.id}|${period.key}|${dim}`);
      if (m) out[dim] = m;
    }
    return out;
  }
}

/** A filter column (`Région`, `Canal`, `Owner`…) as a segment dimension, by the tables' aliases. */
export function dimensionOfColumn(column: string): Dimension | undefined {
  const key = normalizeHeader(column);
  for (const kind of TABLE_KINDS) {
    for (const f of TABLES[kind].fields) {
      if ((f.key === 'channel' || f.key === 'product' || f.key === 'owner' || f.key === 'region' || f.key === 'segment') && f.aliases.some((a) => normalizeHeader(a) === key)) return f.key as Dimension;
    }
  }
  return undefined;
}
