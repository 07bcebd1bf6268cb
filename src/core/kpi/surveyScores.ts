import { SURVEY_TYPE_CODES, type SurveyType } from '../tables/vocabulary';
import type { KpiInput, KpiQuery } from './types';

/** Valid score ranges: NPS 0–10, CSAT 1–5, whole numbers. */
export const SCORE_RANGE: Record<SurveyType, [number, number]> = { nps: [0, 10], csat: [1, 5] };

export function validScore(type: SurveyType, score: number): boolean {
  const [min, max] = SCORE_RANGE[type];
  return Number.isInteger(score) && score >= min && score <= max;
}

/** Scores of the answers of one type dated in the period; out-of-range scores are left out. */
export function scoresInPeriod(input: KpiInput, q: KpiQuery, type: SurveyType): { scores: number[] } {
  const { rows, undated, table } = input.during('surveys', 'date', ['score', 'type'], q.period);
  const types = table.code('type'), score = table.number('score');
  const wanted = SURVEY_TYPE_CODES.indexOf(type);
  const scores: number[] = [];
  const use = input.using('surveys');
  for (let k = 0; k < undated.length; k++) if (types[undated[k]] < 0 || types[undated[k]] === wanted) input.leaveOut('surveys', undated[k], 'date');
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k];
    if (types[i] < 0) { input.leaveOut('surveys', i, 'type'); continue; }
    if (types[i] !== wanted) continue;
    if (score[i] !== score[i]) { input.leaveOut('surveys', i, 'score'); continue; }
    if (!validScore(type, score[i])) { input.leaveOut('surveys', i, type === 'nps' ? 'score out of 0–10' : 'score out of 1–5'); continue; }
    use(i);
    scores.push(score[i]);
  }
  return { scores };
}
