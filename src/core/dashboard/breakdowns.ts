import { NamedPeriod, previousPeriod } from '../dates/period';
import type { KpiDefinition } from '../kpi/types';
import { KpiComputer, valueOf } from './kpiComputer';
import type { Breakdown } from './model';
import { isAdditive } from './pace';
import { DIMENSION_COLUMN, Dimension, kpiSegments } from './segments';

/**
 * A KPI split by one dimension over a period, each segment beside its value the period before,
 * and its share of the whole for counts and sums. The total is the KPI computed on all rows (a
 * rate's total is not a sum of rates). Undefined when no table of the KPI has the column.
 */
export function breakdown(c: KpiComputer, kpi: KpiDefinition, dimension: Dimension, period: NamedPeriod): Breakdown | undefined {
  const segments = kpiSegments(kpi, c.tables, dimension);
  if (!segments || segments.length === 0) return undefined;
  const column = DIMENSION_COLUMN[dimension];
  const span = kpi.period === 'none' ? {} : period;
  const before = kpi.period === 'none' ? undefined : previousPeriod(period);
  const total = c.cell(kpi, span);
  const whole = valueOf(total);
  const rows = segments.map((value) => {
    const result = c.cell(kpi, span, [{ column, value }]);
    const v = valueOf(result);
    return {
      value, result,
      share: isAdditive(kpi) || kpi.id === 'PIPELINE' ? (v !== undefined && whole ? v / whole : undefined) : undefined,
      previous: before ? c.cell(kpi, before, [{ column, value }]) : ({ ok: false, error: `${kpi.id} is measured today only` } as const),
    };
  });
  if (rows.every((r) => !r.result.ok)) return undefined; // e.g. a filter on one table of a two-table KPI
  return { kpi, dimension, period, rows, total };
}
