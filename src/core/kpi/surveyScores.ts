import type { SurveyType } from '../tables/vocabulary';
import type { KpiInput, KpiQuery } from './types';

/** Valid score ranges: NPS 0–10, CSAT 1–5, whole numbers. */
export const SCORE_RANGE: Record<SurveyType, [number, number]> = { nps: [0, 10], csat: [1, 5] };

export function validScore(type: SurveyType, score: number): boolean {
  const [min, max] = SCORE_RANGE[type];
  return Number.isInteger(score) && score >= min && score <= max;
}

/** Scores of the answers of one type dated in the period; out-of-range scores are left out. */
export function scoresInPeriod(input: KpiInput, q: KpiQuery, type: SurveyType): { scores: number[] } {
  const { rows, undated } = input.during('surveys', 'date', ['score', 'type'], q.period);
  const scores: number[] = [];
  for (const s of undated) if (s.type === undefined || s.type === type) input.leaveOut('surveys', s, 'date');
  for (const s of rows) {
    if (s.type === undefined) { input.leaveOut('surveys', s, 'type'); continue; }
    if (s.type !== type) continue;
    if (s.score === undefined) { input.leaveOut('surveys', s, 'score'); continue; }
    if (!validScore(type, s.score)) { input.leaveOut('surveys', s, type === 'nps' ? 'score out of 0–10' : 'score out of 1–5'); continue; }
    input.use('surveys', s);
    scores.push(s.score);
  }
  return { scores };
}
