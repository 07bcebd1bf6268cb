import type { SurveyType } from '../tables/vocabulary';
import { bounds, within } from './math';
import type { KpiInput, KpiQuery } from './types';

/** Valid score ranges: NPS 0–10, CSAT 1–5, whole numbers. */
export const SCORE_RANGE: Record<SurveyType, [number, number]> = { nps: [0, 10], csat: [1, 5] };

export function validScore(type: SurveyType, score: number): boolean {
  const [min, max] = SCORE_RANGE[type];
  return Number.isInteger(score) && score >= min && score <= max;
}

/** Scores of the answers of one type dated in the period; out-of-range scores are left out. */
export function scoresInPeriod(input: KpiInput, q: KpiQuery, type: SurveyType): { scores: number[]; excluded: number } {
  const [lo, hi] = bounds(q.period);
  const scores: number[] = [];
  let excluded = 0;
  for (const s of input.rows('surveys', ['date', 'score', 'type'])) {
    if (s.type === undefined) { excluded++; continue; }
    if (s.type !== type) continue;
    if (s.date === undefined || s.score === undefined || !validScore(type, s.score)) { excluded++; continue; }
    if (within(s.date, lo, hi)) scores.push(s.score);
  }
  return { scores, excluded };
}
