import type { Day } from '../dates/day';
import { NamedPeriod, lastFullMonths, previousPeriod, quarterOf, yearBefore } from '../dates/period';
import { checkTables } from '../check/checkTables';
import { KPIS } from '../kpi/registry';
import { runKpi } from '../kpi/runKpi';
import { FilterSpec, KpiDefinition, KpiError, KpiId, KpiTables, KpiValue } from '../kpi/types';
import type { DataIssue } from '../tables/issues';
import type { TableKind } from '../tables/schema';
import { evaluateTarget, TargetOutcome } from '../targets/evaluate';
import { readTargets, Target } from '../targets/readTargets';

/** A KPI's value for a period, or why it has none. */
export type KpiCell = { ok: true; result: KpiValue } | { ok: false; error: string };

export interface HeadlineRow {
  kpi: KpiDefinition;
  filter?: FilterSpec;
  current: KpiCell;
  previous: KpiCell;
  yearBefore: KpiCell;
  target?: Target;
  outcome?: TargetOutcome;
}

export interface PeriodReport {
  period: NamedPeriod;
  rows: HeadlineRow[];
}

export interface Report {
  asOf: Day;
  /** KPIs computable with the tables given, in funnel order. */
  kpis: KpiDefinition[];
  /** The last full months, oldest first, and each KPI's value for each. */
  months: NamedPeriod[];
  series: Partial<Record<KpiId, KpiCell[]>>;
  lastMonth: PeriodReport;
  lastQuarter: PeriodReport;
  issues: DataIssue[];
  /** The tables the data check went through (none: nothing was checked, so no "no problem found"). */
  checked: { kind: TableKind; name: string; rows: number }[];
}

export interface ReportOptions {
  asOf: Day;
  /** Months in the series (default 18). */
  months?: number;
  /** Gross margin used for LTV (default 1). */
  grossMargin?: number;
  /** Trace every value (KpiValue.trace): the rows behind it and those left out. Off by default. */
  trace?: boolean;
}

/**
 * The KPI report: every computable KPI for each of the last full months, and for the last full
 * month and quarter a headline row per KPI (and per filtered target) with the previous period,
 * the same period a year before and the objective.
 */
export function buildReport(tables: KpiTables, options: ReportOptions): Report {
  const kpis = KPIS.filter((k) => k.args.every((a) => a.kind !== 'table' || tables[a.table] !== undefined));
  const months = lastFullMonths(options.asOf, options.months ?? 18);
  const compute = (kpi: KpiDefinition, period: NamedPeriod, filter?: FilterSpec): KpiCell =>
    cell(() => runKpi(kpi, tables, {
      period: kpi.period === 'none' ? {} : period,
      filters: filter ? [filter] : [],
      grossMargin: options.grossMargin,
      trace: options.trace,
    }));

  const series: Partial<Record<KpiId, KpiCell[]>> = {};
  for (const kpi of kpis) if (kpi.period !== 'none') series[kpi.id] = months.map((m) => compute(kpi, m));

  const targets = tables.targets ? readTargets(tables.targets).targets : [];
  const lastMonth = months[months.length - 1];
  const lastQuarter = previousPeriod(quarterOf(options.asOf));
  const periodReport = (period: NamedPeriod): PeriodReport => {
    const rows: HeadlineRow[] = [];
    const forPeriod = targets.filter((t) => t.period.key === period.key && kpis.includes(t.kpi));
    for (const kpi of kpis) {
      const own = forPeriod.filter((t) => t.kpi === kpi);
      const unfiltered = own.find((t) => !t.filter);
      rows.push(headline(kpi, period, unfiltered, undefined));
      for (const t of own) if (t.filter) rows.push(headline(kpi, period, t, t.filter));
    }
    return { period, rows };
  };
  const headline = (kpi: KpiDefinition, period: NamedPeriod, target: Target | undefined, filter: FilterSpec | undefined): HeadlineRow => {
    const current = compute(kpi, period, filter);
    // A KPI without a period (PIPELINE: today's open deals) has no earlier value to compare with.
    const timeless: KpiCell = { ok: false, error: `${kpi.id} is measured today only` };
    const row: HeadlineRow = {
      kpi, filter, current,
      previous: kpi.period === 'none' ? timeless : compute(kpi, previousPeriod(period), filter),
      yearBefore: kpi.period === 'none' ? timeless : compute(kpi, yearBefore(period), filter),
    };
    if (target) {
      row.target = target;
      if (current.ok) row.outcome = evaluateTarget(kpi, current.result.value, target.value);
    }
    return row;
  };

  // Targets rows that can't be used are in the check (readTargets reports them).
  const { issues, checked } = checkTables(tables);
  return { asOf: options.asOf, kpis, months, series, lastMonth: periodReport(lastMonth), lastQuarter: periodReport(lastQuarter), issues, checked };
}

function cell(run: () => KpiValue): KpiCell {
  try {
    return { ok: true, result: run() };
  } catch (e) {
    if (e instanceof KpiError) return { ok: false, error: e.message };
    throw e;
  }
}
