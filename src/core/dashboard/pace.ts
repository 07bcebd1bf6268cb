import type { KpiDefinition } from '../kpi/types';
import { evaluateTarget } from '../targets/evaluate';
import type { Status } from './model';

/**
 * Counts and sums (KpiDefinition.additive) are projected to the period's end pro rata of the days
 * elapsed; every other KPI (rates, averages, costs per unit, today's pipeline) is judged as it stands.
 */
export function isAdditive(kpi: KpiDefinition): boolean {
  return kpi.additive === true;
}

/**
 * The value at the period's end if the pace so far holds: value × total ÷ elapsed for counts
 * and sums; the value itself otherwise. Undefined before a whole day has elapsed (no pace yet).
 */
export function projectToEnd(kpi: KpiDefinition, value: number, elapsedDays: number, totalDays: number): number | undefined {
  if (!isAdditive(kpi)) return value;
  if (elapsedDays <= 0) return undefined;
  return (value * totalDays) / Math.min(elapsedDays, totalDays);
}

/** Met/missed for a full period, on track/at risk for the period in progress (on its projection). */
export function statusAgainst(kpi: KpiDefinition, value: number | undefined, objective: number | undefined, inProgress: boolean): Status {
  if (objective === undefined) return 'no_objective';
  if (value === undefined) return 'no_value';
  const met = evaluateTarget(kpi, value, objective).met;
  return inProgress ? (met ? 'on_track' : 'at_risk') : met ? 'met' : 'missed';
}
