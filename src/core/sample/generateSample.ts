/**
 * Deterministic sample workbook of a French B2B SaaS/services startup: leads, deals, activities,
 * spend, customers, surveys and targets. Pure (ES2020 only): used by `npm start`, by "Insert sample
 * data" and by the benchmark (up to 500k leads).
 */
import { addMonths, Day } from './calendar';
import * as M from './model';
import {
  ACTIVITY_LABELS, CATEGORY_LABELS, CHANNEL_LABELS, CompanyNamer, Label, label, Language, LEAD_STATUS_LABELS,
  OWNERS, PRODUCT_LABELS, REGION_LABELS, SEGMENT_LABELS, SheetSpec, SHEETS, STAGE_LABELS, SURVEY_LABELS,
} from './names';
import { Rng } from './random';
import { makeFrame, randomNoise, Sim, simulate, STAGE_WON } from './simulate';
import { buildTargets } from './targets';

export type { Day } from './calendar';

/** Dates are Day numbers in columns whose format is 'date' (and 'month': the 1st of the month). */
export type SampleCell = string | number | boolean | null;
export type ColumnFormat = 'text' | 'date' | 'currency' | 'integer' | 'number' | 'percent' | 'month';

export interface SampleSheet {
  name: string;
  headers: string[];
  formats: ColumnFormat[];
  rows: SampleCell[][];
}

export interface SampleWorkbook {
  asOf: Day;
  /** First day of the first full month covered. */
  firstMonth: Day;
  /** First day of the last full month covered (the month before asOf's). */
  lastMonth: Day;
  sheets: SampleSheet[];
}

export interface SampleOptions {
  /** "Today": data runs up to asOf - 1. */
  asOf: Day;
  /** Full calendar months before asOf's month (default 18). */
  months?: number;
  /** Total leads (default 2,400). */
  leads?: number;
  seed?: number;
  language?: 'en' | 'fr';
}

export const DEFAULT_MONTHS = 18;
export const DEFAULT_SEED = 1;

const ACT_CALL = 0;
const ACT_MEETING = 1;
const ACT_DEMO = 2;
const ACT_PROPOSAL = 3;
const ACT_EMAIL = 4;

function checkInteger(name: string, value: number, min: number, max: number): void {
  if (typeof value !== 'number' || !isFinite(value) || Math.floor(value) !== value || value < min || value > max) {
    throw new RangeError('generateSample: ' + name + ' must be an integer in [' + min + ', ' + max + '], got ' + String(value));
  }
}

export function generateSample(options: SampleOptions): SampleWorkbook {
  const asOf = options.asOf;
  const months = options.months === undefined ? DEFAULT_MONTHS : options.months;
  const leads = options.leads === undefined ? M.DEFAULT_LEADS : options.leads;
  const seed = options.seed === undefined ? DEFAULT_SEED : options.seed;
  const language: Language = options.language === 'fr' ? 'fr' : 'en';
  checkInteger('asOf', asOf, -100000, 2000000);
  checkInteger('months', months, 1, 240);
  checkInteger('leads', leads, 0, 10000000);
  if (typeof seed !== 'number' || !isFinite(seed)) throw new RangeError('generateSample: seed must be a finite number');

  const firstMonth = addMonths(asOf, -months);
  const frame = makeFrame(firstMonth, asOf);
  const rng = new Rng(seed);
  const noise = randomNoise(frame, rng);
  const sim = simulate(frame, leads, rng, noise, new CompanyNamer(rng));

  const lab = (table: readonly Label[]): string[] => table.map((l) => label(l, language));
  const L = {
    channel: lab(CHANNEL_LABELS),
    status: lab(LEAD_STATUS_LABELS),
    stage: lab(STAGE_LABELS),
    activity: lab(ACTIVITY_LABELS),
    product: lab(PRODUCT_LABELS),
    region: lab(REGION_LABELS),
    segment: lab(SEGMENT_LABELS),
    category: lab(CATEGORY_LABELS),
    survey: lab(SURVEY_LABELS),
  };
  const sheet = (spec: SheetSpec, formats: ColumnFormat[], rows: SampleCell[][]): SampleSheet => ({
    name: label(spec.name, language),
    headers: spec.headers.map((h) => label(h, language)),
    formats,
    rows,
  });

  // Leads
  const leadRows: SampleCell[][] = new Array(sim.leadCount);
  for (let i = 0; i < sim.leadCount; i++) {
    leadRows[i] = [id('L-', i + 1), sim.leadDay[i], L.channel[sim.leadChannel[i]], L.status[sim.leadStatus[i]], OWNERS[sim.leadOwner[i]]];
  }

  // Deals, numbered in creation-date order
  const dealOrder = orderByDay(sim.dealCreated, sim.dealCount, frame.firstDay, frame.dayCount);
  const dealIds: string[] = new Array(sim.dealCount);
  const dealRows: SampleCell[][] = new Array(sim.dealCount);
  for (let k = 0; k < sim.dealCount; k++) {
    const d = dealOrder[k];
    const dealId = id('D-', k + 1);
    dealIds[d] = dealId;
    const close = sim.dealClose[d];
    dealRows[k] = [
      dealId, sim.companyName[sim.dealCompany[d]], sim.dealCreated[d], L.stage[sim.dealStage[d]], sim.dealAmount[d],
      close >= 0 ? close : null, OWNERS[sim.dealOwner[d]], L.product[sim.dealProduct[d]], L.region[sim.dealRegion[d]],
      L.channel[sim.dealChannel[d]],
    ];
  }

  // Activities
  const acts = makeActivities(sim, rng, dealOrder);
  const actOrder = orderByDay(acts.day, acts.day.length, frame.firstDay, frame.dayCount);
  const activityRows: SampleCell[][] = new Array(actOrder.length);
  for (let k = 0; k < actOrder.length; k++) {
    const a = actOrder[k];
    const d = acts.deal[a];
    activityRows[k] = [acts.day[a], L.activity[acts.type[a]], OWNERS[sim.dealOwner[d]], dealIds[d]];
  }

  // Spend
  const spendRows: SampleCell[][] = new Array(sim.spendMonth.length);
  for (let i = 0; i < sim.spendMonth.length; i++) {
    const ch = sim.spendChannel[i];
    spendRows[i] = [frame.monthStarts[sim.spendMonth[i]], ch >= 0 ? L.channel[ch] : null, L.category[sim.spendCategory[i]], sim.spendAmount[i]];
  }

  // Customers: one row per company with a won deal, by start date
  const starts: number[] = [];
  const customerIds: number[] = [];
  for (let c = 0; c < sim.companyStart.length; c++) {
    if (sim.companyStart[c] >= 0) {
      starts.push(sim.companyStart[c]);
      customerIds.push(c);
    }
  }
  const customerOrder = orderByDay(starts, starts.length, frame.firstDay, frame.dayCount);
  const customerRows: SampleCell[][] = new Array(starts.length);
  for (let k = 0; k < customerOrder.length; k++) {
    const c = customerIds[customerOrder[k]];
    const end = sim.companyEnd[c];
    customerRows[k] = [sim.companyName[c], sim.companyStart[c], end >= 0 ? end : null, L.segment[sim.companySegment[c]]];
  }

  // Surveys
  const surveyOrder = orderByDay(sim.surveyDay, sim.surveyDay.length, frame.firstDay, frame.dayCount);
  const surveyRows: SampleCell[][] = new Array(surveyOrder.length);
  for (let k = 0; k < surveyOrder.length; k++) {
    const s = surveyOrder[k];
    surveyRows[k] = [sim.surveyDay[s], sim.companyName[sim.surveyCompany[s]], L.survey[sim.surveyType[s]], sim.surveyScore[s]];
  }

  // Targets
  const dealHeaders = SHEETS.deals.headers;
  const leadHeaders = SHEETS.leads.headers;
  const targetRows: SampleCell[][] = buildTargets(frame, leads, seed).map((t) => {
    if (!t.filter) return [t.kpi, t.period, t.target, null, null];
    const f = t.filter;
    const column = f.column === 'region' ? label(dealHeaders[8], language) : f.column === 'category' ? label(SHEETS.spend.headers[2], language) : label(leadHeaders[2], language);
    const value = f.column === 'region' ? L.region[f.index] : f.column === 'category' ? L.category[f.index] : L.channel[f.index];
    return [t.kpi, t.period, t.target, column, value];
  });

  return {
    asOf,
    firstMonth,
    lastMonth: addMonths(asOf, -1),
    sheets: [
      sheet(SHEETS.leads, ['text', 'date', 'text', 'text', 'text'], leadRows),
      sheet(SHEETS.deals, ['text', 'text', 'date', 'text', 'currency', 'date', 'text', 'text', 'text', 'text'], dealRows),
      sheet(SHEETS.activities, ['date', 'text', 'text', 'text'], activityRows),
      sheet(SHEETS.spend, ['month', 'text', 'text', 'currency'], spendRows),
      sheet(SHEETS.customers, ['text', 'date', 'date', 'text'], customerRows),
      sheet(SHEETS.surveys, ['date', 'text', 'text', 'integer'], surveyRows),
      sheet(SHEETS.targets, ['text', 'text', 'number', 'text', 'text'], targetRows),
    ],
  };
}

/** `L-000123`: six digits at least. */
function id(prefix: string, n: number): string {
  const s = String(n);
  return s.length >= 6 ? prefix + s : prefix + '000000'.slice(s.length) + s;
}

/** Stable counting sort of indices 0…count-1 by day (all days within the frame). */
function orderByDay(days: ArrayLike<number>, count: number, firstDay: Day, dayCount: number): Int32Array {
  const offsets = new Int32Array(dayCount + 1);
  for (let i = 0; i < count; i++) offsets[days[i] - firstDay + 1]++;
  for (let d = 0; d < dayCount; d++) offsets[d + 1] += offsets[d];
  const out = new Int32Array(count);
  for (let i = 0; i < count; i++) out[offsets[days[i] - firstDay]++] = i;
  return out;
}

interface Activities {
  day: number[];
  type: number[];
  deal: number[];
}

/**
 * Several activities per deal between its creation and its close (or asOf - 1): a discovery call
 * first, a meeting and a demo once qualified, a proposal once the deal reached Proposal, and
 * calls/emails/meetings in between. David follows up less.
 */
function makeActivities(sim: Sim, rng: Rng, dealOrder: Int32Array): Activities {
  const out: Activities = { day: [], type: [], deal: [] };
  const last = sim.frame.asOf - 1;
  const days = new Int32Array(64);
  const types = new Int8Array(64);
  for (let k = 0; k < dealOrder.length; k++) {
    const d = dealOrder[k];
    const product = sim.dealProduct[d];
    const stage = sim.dealStage[d];
    const reached = sim.dealReached[d];
    const created = sim.dealCreated[d];
    const end = stage >= STAGE_WON ? sim.dealClose[d] : last;
    let effort = M.OWNER_ACTIVITY[sim.dealOwner[d]];
    if (stage < STAGE_WON) effort *= Math.min(1, 0.25 + sim.dealProgress[d]);
    else if (stage !== STAGE_WON) effort *= (reached + 1) / 4;
    const n = Math.max(1, Math.min(64, Math.round((M.PRODUCT_ACTIVITIES[product] + rng.int(3)) * effort)));
    const span = end - created + 1;
    days[0] = created;
    for (let i = 1; i < n; i++) days[i] = created + rng.int(span);
    // insertion sort (n ≤ 64)
    for (let i = 2; i < n; i++) {
      const v = days[i];
      let j = i - 1;
      while (j >= 1 && days[j] > v) {
        days[j + 1] = days[j];
        j--;
      }
      days[j + 1] = v;
    }
    types.fill(-1, 0, n);
    types[0] = ACT_CALL;
    if (reached >= 2 && n >= 2) types[n - 1] = ACT_PROPOSAL;
    if (reached >= 1 && n >= 3) placeFree(types, n, Math.floor(n * 0.35), ACT_MEETING);
    if (reached >= 1 && product !== M.P_ONBOARDING && n >= 4) placeFree(types, n, Math.floor(n * 0.5), ACT_DEMO);
    for (let i = 1; i < n; i++) {
      if (types[i] >= 0) continue;
      const x = rng.next();
      types[i] = x < 0.45 ? ACT_EMAIL : x < 0.8 ? ACT_CALL : ACT_MEETING;
    }
    for (let i = 0; i < n; i++) {
      out.day.push(days[i]);
      out.type.push(types[i]);
      out.deal.push(d);
    }
  }
  return out;
}

function placeFree(types: Int8Array, n: number, at: number, type: number): void {
  for (let i = Math.max(1, at); i < n; i++) {
    if (types[i] < 0) {
      types[i] = type;
      return;
    }
  }
}
