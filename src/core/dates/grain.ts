import { normalizeKey } from '../cells/text';
import { Day, dayFromYmd, pad2, ymdOfDay } from './day';
import { monthOf, quarterOf, shiftPeriod } from './period';

/** How KPI_BY_PERIOD cuts its span: calendar months, calendar quarters or ISO weeks (Monday to Sunday). */
export type PeriodGrain = 'month' | 'quarter' | 'week';

/** One row of KPI_BY_PERIOD: its label and the days it covers (the first and last cut to the span asked). */
export interface GrainPeriod {
  /** `2026-03`, `2026-Q1` or `2026-W09` (ISO week-numbering year). */
  label: string;
  start: Day;
  end: Day;
}

const GRAIN_WORDS: Record<PeriodGrain, string[]> = {
  month: ['month', 'months', 'monthly', 'mois', 'mensuel'],
  quarter: ['quarter', 'quarters', 'quarterly', 'trimestre', 'trimestres', 'trimestriel'],
  week: ['week', 'weeks', 'weekly', 'semaine', 'semaines', 'hebdomadaire'],
};

/** A grain word in English or French (`Quarter`, `trimestre`), or undefined. */
export function grainOf(text: string): PeriodGrain | undefined {
  const key = normalizeKey(text);
  return (Object.keys(GRAIN_WORDS) as PeriodGrain[]).find((g) => GRAIN_WORDS[g].includes(key));
}

/** Monday of the ISO week of a day (day 0, 1970-01-01, was a Thursday). */
export function mondayOf(d: Day): Day {
  return d - ((((d + 3) % 7) + 7) % 7);
}

/** `2026-W09`: the ISO week-numbering year is the year of the week's Thursday. */
export function isoWeekLabel(d: Day): string {
  const thursday = mondayOf(d) + 3;
  const year = ymdOfDay(thursday).year;
  const week = Math.floor((thursday - dayFromYmd(year, 1, 1)!) / 7) + 1;
  return `${year}-W${pad2(week)}`;
}

/**
 * The months, quarters or weeks that meet [start, end], oldest first, each cut to [start, end]:
 * a span from 15 January holds January from the 15th.
 */
export function periodsBetween(start: Day, end: Day, grain: PeriodGrain): GrainPeriod[] {
  const out: GrainPeriod[] = [];
  if (grain === 'week') {
    for (let monday = mondayOf(start); monday <= end; monday += 7) {
      out.push({ label: isoWeekLabel(monday), start: Math.max(monday, start), end: Math.min(monday + 6, end) });
    }
    return out;
  }
  for (let p = grain === 'month' ? monthOf(start) : quarterOf(start); p.start <= end; p = shiftPeriod(p, 1)) {
    out.push({ label: p.key, start: Math.max(p.start, start), end: Math.min(p.end, end) });
  }
  return out;
}

