import type { SurveyType } from '../tables/vocabulary';
import type { KpiInput, KpiQuery } from './types';

/** Valid score ranges: NPS 0–10, CSAT 1–5, whole numbers. */
export const SCORE_RANGE: Record<SurveyType, [number, number]> = { nps: [0, 10], csat: [1, 5] };

export function validScore(type: SurveyType, score: number): boolean {
  const [min, max] = SCORE_RANGE[type];
  return Number.isInteger(score) && score >= min && score <= max;
}

/** Scores of the answers of one type dated in the period; out-of-range scores are left out. */
export function scoresInPeriod(input: KpiInput, q: KpiQuery, type: SurveyType): { scores: number[]; excluded: number } {
  const { rows, undated } = input.during('surveys', 'date', ['score', 'type'], q.period);
  const scores: number[] = [];
  let excluded = 0;
  for (const s of undated) if (s.type === undefined || s.type === type) excluded++;
  for (const s of rows) {
    if (s.type === undefined) { excluded++; continue; }
    if (s.type !== type) continue;
    if (s.score === undefined || !validScore(type, s.score)) { excluded++; continue; }
    scores.push(s.score);
  }
  return { scores, excluded };
}
