import type { Period } from '../dates/period';
import { runKpi } from '../kpi/runKpi';
import { FilterSpec, KpiDefinition, KpiError, KpiTables } from '../kpi/types';
import type { ActivityType } from '../tables/vocabulary';
import type { KpiCell } from './model';

/**
 * Computes KPI values for the dashboard, each once: the cards, series, breakdowns, causes and
 * alerts ask for the same (KPI, period, filter) several times. The cards ask for a trace (the rows
 * behind a value); a traced result answers an untraced ask too, not the other way round. A KPI
 * that can't be computed is a cell with its reason, never a thrown error and never 0.
 */
export class KpiComputer {
  private readonly memo = new Map<string, KpiCell>();

  constructor(readonly tables: KpiTables, private readonly grossMargin: number) {}

  /** Whether every table the KPI reads is present. */
  computable(kpi: KpiDefinition): boolean {
    return kpi.args.every((a) => a.kind !== 'table' || this.tables[a.table] !== undefined);
  }

  cell(kpi: KpiDefinition, period: Period, filters: readonly FilterSpec[] = [], trace = false, activityType?: ActivityType): KpiCell {
    const base = `${kpi.id}|${period.start ?? ''}|${period.end ?? ''}|${filters.map((f) => `${f.column}=${f.value}`).join('&')}|${activityType ?? ''}`;
    const key = trace ? `${base}|t` : base;
    // A traced result (the same value, with the rows behind it) answers an untraced ask too.
    let found = this.memo.get(`${base}|t`) ?? this.memo.get(key);
    if (!found) {
      found = this.run(kpi, period, filters, trace, activityType);
      this.memo.set(key, found);
    }
    return found;
  }

  private run(kpi: KpiDefinition, period: Period, filters: readonly FilterSpec[], trace: boolean, activityType: ActivityType | undefined): KpiCell {
    try {
      const query = { period: kpi.period === 'none' ? {} : period, filters, grossMargin: this.grossMargin, trace, activityType };
      const result = runKpi(kpi, this.tables, query);
      return { ok: true, result };
    } catch (e) {
      if (e instanceof KpiError) return { ok: false, error: e.message, numerator: e.numerator };
      throw e;
    }
  }
}

/** The value of a cell, or undefined. */
export function valueOf(cell: KpiCell): number | undefined {
  return cell.ok ? cell.result.value : undefined;
}
