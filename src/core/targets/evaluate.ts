import type { KpiDefinition } from '../kpi/types';

export interface TargetOutcome {
  met: boolean;
  /** How much better than the objective (negative: worse), in the KPI's unit. */
  gap: number;
  /** The gap relative to the objective (−0.18 = 18 % worse); undefined when the objective is 0. */
  gapRatio?: number;
}

/** Met when the value is at least as good as the objective, in the KPI's own direction. */
export function evaluateTarget(kpi: KpiDefinition, value: number, target: number): TargetOutcome {
  const gap = kpi.better === 'higher' ? value - target : target - value;
  return { met: gap >= 0, gap, gapRatio: target === 0 ? undefined : gap / Math.abs(target) };
}
