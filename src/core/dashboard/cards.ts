import { NamedPeriod, Period, customPeriod, previousPeriod, shiftPeriod, yearBefore } from '../dates/period';
import type { KpiDefinition } from '../kpi/types';
import { evaluateTarget } from '../targets/evaluate';
import type { Dimension } from './segments';
import { explainGap, type GapQuestion } from './causes';
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
    full: cardPeriod(kpi, x, false),
    current: cardPeriod(kpi, x, true),
    trend: x.trendMonths.map((period) => ({ period, value: kpi.period === 'none' ? undefined : valueOf(x.computer.cell(kpi, period)) })),
  };
}

/** The periods before `p` whose segment shares set what each segment is expected to deliver. */
export function referenceOf(p: NamedPeriod): NamedPeriod {
  return customPeriod(shiftPeriod(p, -3).start, shiftPeriod(p, -1).end);
}

/**
 * What explainGap is asked of an objective missed or at risk for `period`: which segments fell
 * short over `span` (to date for the period in progress, its counts and sums scaled to the whole
 * period), each against its share of the objective.
 */
export function objectiveGapQuestion(kpi: KpiDefinition, period: NamedPeriod, span: Period, objective: number, inProgress: boolean, periods: Pick<DashboardPeriods, 'elapsedDays' | 'totalDays'>, dimensions: readonly Dimension[], objectives: Objectives): GapQuestion {
  return {
    kpi, period: span, scale: inProgress && isAdditive(kpi) ? periods.totalDays / periods.elapsedDays : 1, dimensions: dimensionsFor(kpi, dimensions),
    baseline: { kind: 'objective', objective, reference: referenceOf(period), segmentObjectives: objectives.segments(kpi, period) },
  };
}

function timeless(kpi: KpiDefinition): KpiCell {
  return { ok: false, error: `${kpi.id} is measured today only (open deals now), so it has no value for past periods.` };
}

/**
 * One side of a card. The full period is judged on its value; the period in progress on its
 * projection, over its elapsed days (compared with the same days of the period before and of the
 * year before). Today's pipeline has a value for the period in progress only.
 */
function cardPeriod(kpi: KpiDefinition, x: CardContext, inProgress: boolean): CardPeriod {
  const p = inProgress ? x.periods.current : x.periods.full;
  const { elapsedDays, totalDays } = x.periods;
  const days = inProgress ? elapsedDays : Infinity;
  const span = firstDays(p, days);
  const none = kpi.period === 'none';
  const started = !inProgress || elapsedDays > 0;
  const notYet: KpiCell = { ok: false, error: 'The period has just started: no full day of data yet.' };
  const measure = (q: NamedPeriod, trace = false): KpiCell => (none ? timeless(kpi) : started ? x.computer.cell(kpi, q, [], trace) : notYet);
  const value = none && inProgress ? x.computer.cell(kpi, {}, [], true) : measure(span, true);
  const previous = measure(firstDays(previousPeriod(p), days));
  const year = measure(firstDays(yearBefore(p), days));
  const objective = x.objectives.of(kpi, p);
  const v = valueOf(value);
  const judged = v === undefined || !inProgress ? v : projectToEnd(kpi, v, elapsedDays, totalDays);
  const out: CardPeriod = {
    period: p, inProgress, value, previous, yearBefore: year,
    projection: inProgress && isAdditive(kpi) ? judged : undefined,
    status: statusAgainst(kpi, judged, objective?.value, inProgress),
    changePrevious: change(v, valueOf(previous)), changeYear: change(v, valueOf(year)),
    causes: [],
  };
  if (objective) {
    out.objective = { value: objective.value, row: objective.rows[0], sheet: x.targetsSheet };
    if (judged !== undefined) Object.assign(out, gapOf(kpi, judged, objective.value));
  }
  if ((out.status === 'missed' || out.status === 'at_risk') && !none) {
    out.causes = explainGap(x.computer, objectiveGapQuestion(kpi, p, span, objective!.value, inProgress, x.periods, x.dimensions, x.objectives));
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
