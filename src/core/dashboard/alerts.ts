import type { NamedPeriod } from '../dates/period';
import type { KpiDefinition } from '../kpi/types';
import type { Target } from '../targets/readTargets';
import { evaluateTarget } from '../targets/evaluate';
import { dimensionsFor, objectiveGapQuestion } from './cards';
import { explainGap } from './causes';
import { KpiComputer, valueOf } from './kpiComputer';
import type { Alert, Card, CardPeriod, DashboardPeriods, Series } from './model';
import type { Objectives } from './objectives';
import { projectToEnd, isAdditive, statusAgainst } from './pace';
import { firstDays } from './periods';
import { usualRange } from './robustRange';
import type { Dimension } from './segments';

/**
 * Every objective of the periods shown, judged: the cards' own, the other KPIs' and the segment
 * objectives (`Revenue, Region = Export`) — met or missed for the full period, on track or at
 * risk (on its projection) for the period in progress. Missed come before at risk, each group by
 * relative gap; the alerts are the missed and at-risk ones.
 */
export function objectiveOutcomes(c: KpiComputer, cards: Card[], targets: readonly Target[], periods: DashboardPeriods, objectives: Objectives, dimensions: readonly Dimension[]): Alert[] {
  const alerts: Alert[] = [];
  const fromCard = (p: CardPeriod, kpi: KpiDefinition) => {
    if (p.status === 'no_objective' || p.status === 'no_value') return;
    alerts.push({
      kind: 'objective', severity: severityOf(p.status, p.gapRatio), status: p.status, kpi, period: p.period,
      value: valueOf(p.value), objective: p.objective?.value, projection: p.projection, gapRatio: p.gapRatio, causes: p.causes,
    });
  };
  for (const card of cards) {
    fromCard(card.full, card.kpi);
    fromCard(card.current, card.kpi);
  }
  const onCards = new Set(cards.map((k) => k.kpi.id));
  for (const t of targets) {
    const inProgress = t.period.key === periods.current.key;
    if (t.period.key !== periods.full.key && !inProgress) continue;
    if (!t.filter && onCards.has(t.kpi.id)) continue; // the card has it
    if (!c.computable(t.kpi)) continue;
    if (!t.filter && objectives.of(t.kpi, t.period)?.rows[0] !== t.row) continue; // a duplicate row
    const alert = targetAlert(c, t, inProgress, periods, objectives, dimensions);
    if (alert) alerts.push(alert);
  }
  return alerts.sort((a, b) => b.severity - a.severity);
}

function targetAlert(c: KpiComputer, t: Target, inProgress: boolean, periods: DashboardPeriods, objectives: Objectives, dimensions: readonly Dimension[]): Alert | undefined {
  const { kpi } = t;
  if (kpi.period === 'none' && !inProgress) return undefined; // today's pipeline can't be judged for a past period
  const elapsed = periods.elapsedDays;
  if (inProgress && elapsed <= 0 && kpi.period !== 'none') return undefined;
  const span = kpi.period === 'none' ? {} : inProgress ? firstDays(t.period, elapsed) : t.period;
  const filters = t.filter ? [t.filter] : [];
  const value = valueOf(c.cell(kpi, span, filters));
  if (value === undefined) return undefined;
  const judged = inProgress ? projectToEnd(kpi, value, elapsed, periods.totalDays) : value;
  if (judged === undefined) return undefined;
  const status = statusAgainst(kpi, judged, t.value, inProgress);
  const met = status === 'met' || status === 'on_track';
  const { gapRatio } = evaluateTarget(kpi, judged, t.value);
  const causes = t.filter || met ? [] : explainGap(c, objectiveGapQuestion(kpi, t.period, span, t.value, inProgress, periods, dimensions, objectives));
  return {
    kind: 'objective', severity: severityOf(status, gapRatio), status, kpi, period: t.period,
    value, objective: t.value, projection: inProgress && isAdditive(kpi) ? judged : undefined, gapRatio, causes,
    ...(t.filter ? { text: { en: `${t.filter.column} = ${t.filter.value}`, fr: `${t.filter.column} = ${t.filter.value}` } } : {}),
  };
}

/** Missed above at risk, each ordered by how far from the objective (relative gap); objectives met last. */
function severityOf(status: string, gapRatio: number | undefined): number {
  const size = Math.min(Math.abs(gapRatio ?? 0.5), 10);
  return (status === 'missed' ? 2000 : status === 'at_risk' ? 1000 : 0) + size;
}

export function isAlarming(a: Alert): boolean {
  return a.kind !== 'objective' || a.status === 'missed' || a.status === 'at_risk';
}

/**
 * KPIs without an objective for the last full month whose value falls outside their usual range
 * (median ± 3 scaled MAD of the 12 months before, see robustRange.ts), with the segments that moved
 * most against the month before. Cohort rates (MQL, SQL, lead conversion) are left out: a recent
 * cohort has not had the time to convert yet.
 */
export function unusualMoves(c: KpiComputer, series: Partial<Record<string, Series>>, lastFullMonth: NamedPeriod, objectives: Objectives, dimensions: readonly Dimension[]): Alert[] {
  const alerts: Alert[] = [];
  for (const s of Object.values(series)) {
    if (!s || s.kpi.cohort) continue; // a cohort's recent months are still maturing
    const at = s.points.findIndex((p) => p.period.key === lastFullMonth.key);
    if (at < 0) continue;
    const point = s.points[at];
    if (point.value === undefined || objectives.of(s.kpi, lastFullMonth)) continue;
    const history: number[] = [];
    for (let i = Math.max(0, at - 12); i < at; i++) if (s.points[i].value !== undefined) history.push(s.points[i].value!);
    const usual = usualRange(history);
    if (!usual || (point.value >= usual.low && point.value <= usual.high)) continue;
    const before = s.points[at - 1]?.period;
    const causes = before ? explainGap(c, { kpi: s.kpi, period: lastFullMonth, scale: 1, dimensions: dimensionsFor(s.kpi, dimensions), baseline: { kind: 'period', period: before } }) : [];
    // Causes are named for the bad direction only; a good surprise is told without them.
    const spread = usual.high - usual.median;
    alerts.push({
      kind: 'unusual', severity: 500 + Math.min(Math.abs(point.value - usual.median) / (spread || 1), 100), kpi: s.kpi, period: lastFullMonth,
      value: point.value, usual, causes,
    });
  }
  return alerts.sort((a, b) => b.severity - a.severity);
}
