import { NamedPeriod, customPeriod, previousPeriod, shiftPeriod, yearBefore } from '../dates/period';
import type { KpiDefinition } from '../kpi/types';
import { evaluateTarget } from '../targets/evaluate';
import type { Dimension } from './segments';
import { explainGap } from './causes';
import { KpiComputer, valueOf } from './kpiComputer';
import type { Card, CardPeriod, DashboardPeriods, KpiCell } from './model';
import type { Objectives } from './objectives';
import { firstDays } from './periods';
import { isAdditive, projectToEnd, statusAgainst } from './pace';

export interface CardContext {
  computer: KpiComputer;
  objectives: Objectives;
  periods: DashboardPeriods;
  dimensions: readonly Dimension[];
  /** Sheet name of the Targets table, for the objective's note. */
  targetsSheet: string;
  /** The last 12 full months, oldest first. */
  trendMonths: NamedPeriod[];
}

/** A headline card: the KPI for the full period and the one in progress, with its trend. */
export function buildCard(kpi: KpiDefinition, x: CardContext): Card {
  return {
    kpi,
    full: fullPeriod(kpi, x),
    current: currentPeriod(kpi, x),
    trend: x.trendMonths.map((period) => ({ period, value: kpi.period === 'none' ? undefined : valueOf(x.computer.cell(kpi, period)) })),
  };
}

/** The periods before `p` whose segment shares set what each segment is expected to deliver. */
export function referenceOf(p: NamedPeriod): NamedPeriod {
  return customPeriod(shiftPeriod(p, -3).start, shiftPeriod(p, -1).end);
}

function timeless(kpi: KpiDefinition): KpiCell {
  return { ok: false, error: `${kpi.id} is measured today only (open deals now), so it has no value for past periods.` };
}

function fullPeriod(kpi: KpiDefinition, x: CardContext): CardPeriod {
  const p = x.periods.full;
  const none = kpi.period === 'none';
  const value = none ? timeless(kpi) : x.computer.cell(kpi, p, [], true);
  const previous = none ? timeless(kpi) : x.computer.cell(kpi, previousPeriod(p));
  const year = none ? timeless(kpi) : x.computer.cell(kpi, yearBefore(p));
  const objective = x.objectives.of(kpi, p);
  const v = valueOf(value);
  const out: CardPeriod = {
    period: p, inProgress: false, value, previous, yearBefore: year,
    status: statusAgainst(kpi, v, objective?.value, false),
    changePrevious: change(v, valueOf(previous)), changeYear: change(v, valueOf(year)),
    causes: [],
  };
  if (objective) {
    out.objective = { value: objective.value, row: objective.rows[0], sheet: x.targetsSheet };
    if (v !== undefined) Object.assign(out, gapOf(kpi, v, objective.value));
  }
  if (out.status === 'missed') {
    out.causes = explainGap(x.computer, {
      kpi, period: p, scale: 1, dimensions: dimensionsFor(kpi, x.dimensions),
      baseline: { kind: 'objective', objective: objective!.value, reference: referenceOf(p), segmentObjectives: x.objectives.segments(kpi, p) },
    });
  }
  return out;
}

function currentPeriod(kpi: KpiDefinition, x: CardContext): CardPeriod {
  const { current: p, elapsedDays, totalDays } = x.periods;
  const none = kpi.period === 'none';
  const span = firstDays(p, elapsedDays);
  const started = elapsedDays > 0;
  const notYet: KpiCell = { ok: false, error: 'The period has just started: no full day of data yet.' };
  const value = none ? x.computer.cell(kpi, {}, [], true) : started ? x.computer.cell(kpi, span, [], true) : notYet;
  const previous = none ? timeless(kpi) : started ? x.computer.cell(kpi, firstDays(previousPeriod(p), elapsedDays)) : notYet;
  const year = none ? timeless(kpi) : started ? x.computer.cell(kpi, firstDays(yearBefore(p), elapsedDays)) : notYet;
  const objective = x.objectives.of(kpi, p);
  const v = valueOf(value);
  const projection = v === undefined ? undefined : projectToEnd(kpi, v, elapsedDays, totalDays);
  const out: CardPeriod = {
    period: p, inProgress: true, value, previous, yearBefore: year,
    projection: isAdditive(kpi) ? projection : undefined,
    status: statusAgainst(kpi, projection, objective?.value, true),
    changePrevious: change(v, valueOf(previous)), changeYear: change(v, valueOf(year)),
    causes: [],
  };
  if (objective) {
    out.objective = { value: objective.value, row: objective.rows[0], sheet: x.targetsSheet };
    if (projection !== undefined) Object.assign(out, gapOf(kpi, projection, objective.value));
  }
  if (out.status === 'at_risk' && !none) {
    out.causes = explainGap(x.computer, {
      kpi, period: span, scale: isAdditive(kpi) ? totalDays / elapsedDays : 1, dimensions: dimensionsFor(kpi, x.dimensions),
      baseline: { kind: 'objective', objective: objective!.value, reference: referenceOf(p), segmentObjectives: x.objectives.segments(kpi, p) },
    });
  }
  return out;
}

function gapOf(kpi: KpiDefinition, value: number, objective: number): { gap: number; gapRatio?: number } {
  const o = evaluateTarget(kpi, value, objective);
  return { gap: o.gap, gapRatio: o.gapRatio };
}

/** Relative change, or undefined when either side is missing or the base is 0. */
export function change(value: number | undefined, base: number | undefined): number | undefined {
  if (value === undefined || base === undefined || base === 0) return undefined;
  return value / base - 1;
}

/** Churn, retention and LTV are split by the customers' Segment; the others by the settings' dimensions. */
export function dimensionsFor(kpi: KpiDefinition, dims: readonly Dimension[]): Dimension[] {
  const customers = kpi.args.some((a) => a.kind === 'table' && a.table === 'customers');
  return customers ? ['segment', ...dims] : dims.slice();
}
