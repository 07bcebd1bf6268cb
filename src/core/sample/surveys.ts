/**
 * Survey answers of each customer, from its own stream: CSAT after its purchase and after some
 * support tickets (about one a month in ten), NPS about every quarter; customers within four
 * months of leaving answer less happily.
 */
import { STREAM } from './deals';
import * as M from './model';
import { cumulative, Rng, seedOf } from './random';

export const SURVEY_NPS = 0;
export const SURVEY_CSAT = 1;

const NPS_HAPPY = cumulative(M.NPS_HAPPY);
const NPS_UNHAPPY = cumulative(M.NPS_UNHAPPY);
const CSAT_CUM = cumulative(M.CSAT);

export interface Surveys {
  day: number[];
  company: number[];
  type: number[];
  score: number[];
}

/**
 * Answers of a customer from `start` to its `end` (exclusive; Infinity while it stays), kept when
 * dated in [firstDay, asOf). `gen`/`local` identify the company's stream.
 */
export function addSurveys(out: Surveys, seed: number, company: number, gen: number, local: number, start: number, end: number, firstDay: number, asOf: number): void {
  // One stream per kind of answer, so that a later asOf only appends answers, never changes earlier ones.
  const rng = new Rng(seedOf(seed, gen, STREAM.surveys, local, 0));
  const support = new Rng(seedOf(seed, gen, STREAM.surveys, local, 1));
  const nps = new Rng(seedOf(seed, gen, STREAM.surveys, local, 2));
  const stop = Math.min(end, asOf);
  const keep = (day: number, type: number, score: number): void => {
    if (day < firstDay || day >= stop) return;
    out.day.push(day);
    out.company.push(company);
    out.type.push(type);
    out.score.push(score);
  };
  // After the purchase.
  if (rng.chance(M.CSAT_RESPONSE)) keep(start + 2 + rng.int(19), SURVEY_CSAT, rng.pick(CSAT_CUM) + 1);
  // Support tickets, month after month.
  for (let month = start + 30; month < stop; month += 30) {
    const ticket = support.chance(M.SUPPORT_CSAT_PER_MONTH);
    const day = month + support.int(30);
    const score = support.pick(CSAT_CUM) + 1;
    if (ticket) keep(day, SURVEY_CSAT, score);
  }
  // NPS about every quarter.
  for (let day = start + 45 + nps.int(60); day < stop; day += 80 + nps.int(25)) {
    const answers = nps.chance(M.NPS_RESPONSE);
    const unhappy = end - day < 120;
    const score = nps.pick(unhappy ? NPS_UNHAPPY : NPS_HAPPY);
    if (answers) keep(day, SURVEY_NPS, score);
  }
}
