import type { NamedPeriod } from '../dates/period';
import type { KpiDefinition } from '../kpi/types';
import { byId } from '../kpi/registry';
import type { ActivityType } from '../tables/vocabulary';
import { KpiComputer, valueOf } from './kpiComputer';
import type { DashboardPeriods, Series, SeriesPoint } from './model';
import type { Objectives } from './objectives';
import { projectToEnd, statusAgainst } from './pace';
import { elapsedPart } from './periods';
import { DIMENSION_COLUMN, Dimension, kpiSegments } from './segments';

/**
 * A KPI month by month: each full month, then the month in progress to date (its status judged
 * on the projection to the month's end), each beside its objective.
 */
export function monthlySeries(c: KpiComputer, kpi: KpiDefinition, months: NamedPeriod[], current: DashboardPeriods, objectives: Objectives): Series {
  const points = months.map((period): SeriesPoint => {
    const inProgress = period.start <= current.asOf && current.asOf <= period.end;
    const elapsed = current.asOf - period.start;
    const span = elapsedPart(period, current.asOf);
    const cell = span ? c.cell(kpi, span) : undefined;
    const value = cell ? valueOf(cell) : undefined;
    const objective = objectives.of(kpi, period)?.value;
    const judged = inProgress && value !== undefined ? projectToEnd(kpi, value, elapsed, period.end - period.start + 1) : value;
    return {
      period, inProgress, value, objective,
      error: cell === undefined ? 'The month has just started.' : cell.ok ? undefined : cell.error,
      status: statusAgainst(kpi, judged, objective, inProgress),
    };
  });
  return { kpi, points };
}

/**
 * A KPI month by month for each segment of a dimension (leads by channel…): one row per month,
 * one column per segment; undefined where the KPI can't be computed for that segment.
 */
export function segmentSeries(c: KpiComputer, kpi: KpiDefinition, dimension: Dimension, months: NamedPeriod[], asOf: number): { segments: string[]; values: (number | undefined)[][] } | undefined {
  const segments = kpiSegments(kpi, c.tables, dimension);
  if (!segments || segments.length === 0) return undefined;
  const column = DIMENSION_COLUMN[dimension];
  const values = months.map((m) => {
    const span = elapsedPart(m, asOf);
    return segments.map((value) => (span ? valueOf(c.cell(kpi, span, [{ column, value }])) : undefined));
  });
  return { segments, values };
}

const ACTIVITY_TYPES: ActivityType[] = ['call', 'meeting', 'demo', 'proposal', 'email'];

/** Activities per month (to date for the month in progress) and type. */
export function activitySeries(c: KpiComputer, months: NamedPeriod[], asOf: number): { types: ActivityType[]; values: (number | undefined)[][] } {
  const kpi = byId('ACTIVITIES');
  const values = months.map((m) => {
    const span = elapsedPart(m, asOf);
    return ACTIVITY_TYPES.map((t) => (span ? valueOf(c.cell(kpi, span, [], false, t)) : undefined));
  });
  return { types: ACTIVITY_TYPES, values };
}
