import type { Period } from '../dates/period';
import type { KpiDefinition } from '../kpi/types';
import { isAdditive } from './pace';
import { KpiComputer, valueOf } from './kpiComputer';
import type { Cause } from './model';
import { DIMENSION_COLUMN, Dimension, kpiSegments } from './segments';

/** A cause must explain at least this share of the gap to be named. */
export const MIN_CAUSE_SHARE = 0.2;
/** Causes named per alert, each from a different dimension. */
export const MAX_CAUSES = 2;

/**
 * What the KPI is compared with:
 * - an objective: for counts and sums, each segment is expected to deliver the objective times
 *   its share of the reference periods (or its own objective when one is set for it); for
 *   ratios, each segment's numerator is expected at the objective rate of its denominator;
 * - an earlier period: each segment is compared with itself then.
 */
export type Baseline =
  | { kind: 'objective'; objective: number; reference: Period; segmentObjectives?: Partial<Record<Dimension, Map<string, number>>> }
  | { kind: 'period'; period: Period };

export interface GapQuestion {
  kpi: KpiDefinition;
  /** The span measured (to date for the period in progress). */
  period: Period;
  /** Multiplies counts and sums (the pace projection of a period in progress); 1 otherwise. */
  scale: number;
  baseline: Baseline;
  dimensions: readonly Dimension[];
}

/**
 * The segments that explain most of a gap. Each segment's contribution is what it adds to
 * (value − baseline), so the contributions of one dimension's segments add up to the whole gap:
 * - counts and sums: contribution = segment's value − what was expected of it;
 * - ratios N/D (win rate, CPL, CAC, churn…): contribution = (N_s − baseline × D_s) ÷ D, i.e. the
 *   segment's excess numerator at the baseline rate, over the whole denominator.
 * The worst segment overall is named first, then the worst of another dimension, each only if it
 * explains at least MIN_CAUSE_SHARE of the gap in the bad direction.
 */
export function explainGap(c: KpiComputer, q: GapQuestion): Cause[] {
  const { kpi } = q;
  if (kpi.id === 'LTV') return []; // a ratio of ratios: no additive split
  const whole = c.cell(kpi, q.period);
  if (!whole.ok) return [];
  const base = baselineValue(c, q);
  if (base === undefined) return [];
  const value = isAdditive(kpi) ? whole.result.value * q.scale : whole.result.value;
  const badTotal = kpi.better === 'higher' ? base - value : value - base;
  if (!(badTotal > 0)) return [];

  const candidates: (Cause & { bad: number })[] = [];
  for (const dimension of q.dimensions) {
    const segments = kpiSegments(kpi, c.tables, dimension);
    if (!segments || segments.length < 2) continue;
    const contributions = contributionsOf(c, q, dimension, segments, whole.result.denominator, base);
    if (!contributions) continue;
    for (const x of contributions) {
      const bad = kpi.better === 'higher' ? -x.contribution : x.contribution;
      if (bad > 0) candidates.push({ ...x, dimension, bad });
    }
  }
  candidates.sort((a, b) => b.bad - a.bad);
  const out: Cause[] = [];
  for (const x of candidates) {
    if (out.length >= MAX_CAUSES || x.bad < MIN_CAUSE_SHARE * badTotal) break;
    if (out.some((o) => o.dimension === x.dimension)) continue;
    const { bad: _bad, ...cause } = x;
    out.push(cause);
  }
  return out;
}

function baselineValue(c: KpiComputer, q: GapQuestion): number | undefined {
  if (q.baseline.kind === 'objective') return q.baseline.objective;
  const prev = c.cell(q.kpi, q.baseline.period);
  return prev.ok ? prev.result.value : undefined;
}

type Contribution = Omit<Cause, 'dimension'>;

function contributionsOf(c: KpiComputer, q: GapQuestion, dimension: Dimension, segments: string[], denominator: number | undefined, base: number): Contribution[] | null {
  const column = DIMENSION_COLUMN[dimension];
  const now = segments.map((value) => c.cell(q.kpi, q.period, [{ column, value }]));
  if (now.some((x) => !x.ok)) {
    // A dimension the KPI can't be split by (a filter on one table of a two-table KPI): skip it.
    if (now.every((x) => !x.ok)) return null;
  }
  if (isAdditive(q.kpi) || denominator === undefined) {
    const actual = now.map((x) => (valueOf(x) ?? 0) * (isAdditive(q.kpi) ? q.scale : 1));
    const expected = expectedOf(c, q, dimension, segments, base);
    if (!expected) return null;
    return segments.map((value, i) => ({ value, contribution: actual[i] - expected[i], actual: actual[i], expected: expected[i] }));
  }
  if (!(denominator > 0)) return null;
  // Ratios: the KPI is scale × N / D (NPS: 100 × net promoters / answers); each segment is held
  // to the baseline rate (the objective, or the whole's earlier rate).
  const scale = q.kpi.id === 'NPS' ? 100 : 1;
  return segments.map((value, i) => {
    const x = now[i];
    const num = x.ok ? x.result.numerator : x.numerator ?? 0; // spend with no customer still counts
    const den = x.ok ? x.result.denominator ?? 0 : 0;
    return { value, contribution: (scale * num - base * den) / denominator };
  });
}

/** What each segment was expected to deliver (counts and sums). */
function expectedOf(c: KpiComputer, q: GapQuestion, dimension: Dimension, segments: string[], base: number): number[] | null {
  const column = DIMENSION_COLUMN[dimension];
  if (q.baseline.kind === 'period') {
    const period = q.baseline.period;
    return segments.map((value) => valueOf(c.cell(q.kpi, period, [{ column, value }])) ?? 0);
  }
  const reference = q.baseline.reference;
  const ref = segments.map((value) => Math.max(0, valueOf(c.cell(q.kpi, reference, [{ column, value }])) ?? 0));
  const own = q.baseline.segmentObjectives?.[dimension];
  const fixed = segments.map((v) => own?.get(v.toLowerCase()));
  const fixedSum = fixed.reduce<number>((s, x) => s + (x ?? 0), 0);
  const refOthers = ref.reduce((s, r, i) => s + (fixed[i] === undefined ? r : 0), 0);
  const rest = base - fixedSum;
  if (refOthers <= 0 && fixed.some((x) => x === undefined)) return null;
  return segments.map((_, i) => fixed[i] ?? (rest * ref[i]) / refOthers);
}
