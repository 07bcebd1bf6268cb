/**
 * Deterministic sample workbook of a French B2B SaaS startup: leads, deals, activities, spend,
 * customers, surveys and objectives, in English or French. Pure (ES2020 only): used by `npm start`,
 * by "Insert sample data" and by the benchmark (up to 500k leads).
 *
 * Every calendar month is drawn from its own random streams (plan.ts, deals.ts, leads.ts…), so a
 * month reads the same whatever day, or month, the workbook is generated; asOf only decides what is
 * already known (leads created, deals closed, customers gone) and which two months carry the story
 * the dashboard should find (story.ts): the last full month misses its revenue objective because
 * Export slipped, and the month in progress runs behind pace.
 */
import { Day, monthIndexOf, monthStartDay, orderByDay, yymm } from './calendar';
import { ACTIVITY_LABELS, CATEGORY_LABELS, CHANNEL_LABELS, companyName, Label, label, Language, LEAD_STATUS_LABELS,
  OWNERS, PRODUCT_LABELS, REGION_LABELS, SEGMENT_LABELS, SheetSpec, SHEETS, STAGE_LABELS, SURVEY_LABELS } from './names';
import { generateActivities } from './activities';
import { generateWorld, World } from './deals';
import { generateLeads } from './leads';
import * as M from './model';
import { scaleFor } from './plan';
import { generateSpend } from './spend';
import { applyStory } from './story';
import { addSurveys, Surveys } from './surveys';
import { buildTargets, monthTargets } from './targets';

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
  /**
   * Size of the company: the leads expected over the `months` full months before November 2026
   * (default 4,000). A month's volume depends on its calendar month only (the company grows ~4 %
   * a month), so windows after 2026 hold more leads and earlier ones fewer.
   */
  leads?: number;
  seed?: number;
  language?: 'en' | 'fr';
}

export const DEFAULT_MONTHS = 18;
export const DEFAULT_SEED = 1;

/** Months generated after asOf's: every deal created before asOf closes within them (funnel ≤ 2 months, cycle ≤ 5). */
const HORIZON = 8;

function checkInteger(name: string, value: number, min: number, max: number): void {
  if (typeof value !== 'number' || !isFinite(value) || Math.floor(value) !== value || value < min || value > max) {
    throw new RangeError('generateSample: ' + name + ' must be an integer in [' + min + ', ' + max + '], got ' + String(value));
  }
}

export function generateSample(options: SampleOptions): SampleWorkbook {
  const asOf = options.asOf;
  const months = options.months === undefined ? DEFAULT_MONTHS : options.months;
  const leadsOption = options.leads === undefined ? M.DEFAULT_LEADS : options.leads;
  const seed = options.seed === undefined ? DEFAULT_SEED : options.seed;
  const language: Language = options.language === 'fr' ? 'fr' : 'en';
  checkInteger('asOf', asOf, -100000, 2000000);
  checkInteger('months', months, 1, 240);
  checkInteger('leads', leadsOption, 0, 10000000);
  if (typeof seed !== 'number' || !isFinite(seed)) throw new RangeError('generateSample: seed must be a finite number');

  const asOfMonth = monthIndexOf(asOf);
  const fromMonth = asOfMonth - months;
  const firstDay = monthStartDay(fromMonth);
  const scale = scaleFor(leadsOption, months);
  // From the epoch on, so that running totals and customers won long ago are the same in every window.
  const world = generateWorld(seed, scale, Math.min(M.EPOCH_MONTH, fromMonth - 6), asOfMonth + HORIZON);
  applyStory(world, seed, asOfMonth, { last: monthTargets(scale, asOfMonth - 1), current: monthTargets(scale, asOfMonth) });

  const lab = (table: readonly Label[]): string[] => table.map((l) => label(l, language));
  const L = {
    channel: lab(CHANNEL_LABELS), status: lab(LEAD_STATUS_LABELS), stage: lab(STAGE_LABELS), activity: lab(ACTIVITY_LABELS),
    product: lab(PRODUCT_LABELS), region: lab(REGION_LABELS), segment: lab(SEGMENT_LABELS), category: lab(CATEGORY_LABELS),
    survey: lab(SURVEY_LABELS),
  };
  const sheet = (spec: SheetSpec, formats: ColumnFormat[], rows: SampleCell[][]): SampleSheet => ({
    name: label(spec.name, language),
    headers: spec.headers.map((h) => label(h, language)),
    formats,
    rows,
  });
  const d = world.deals;
  const co = world.companies;
  const names = new Map<number, string>();
  const nameOf = (company: number): string => {
    let name = names.get(company);
    if (name === undefined) names.set(company, (name = companyName(co.nameNumber[company], co.exportCompany[company])));
    return name;
  };

  // Leads
  const leads = generateLeads(world, seed, scale, fromMonth, asOf, asOfMonth);
  const leadRows: SampleCell[][] = new Array(leads.count);
  for (let i = 0; i < leads.count; i++) {
    leadRows[i] = [id('L-', fromMonth + leads.month[i], leads.seq[i], 4), leads.day[i], L.channel[leads.channel[i]], L.status[leads.status[i]], OWNERS[leads.owner[i]]];
  }

  // Deals: numbered in creation order within their creation month; shown if they close in the window.
  const numbered = dealNumbers(world, asOf, fromMonth);
  const shown: number[] = [];
  for (const i of numbered.order) if (d.gen[i] >= fromMonth) shown.push(i);
  const dealRows: SampleCell[][] = new Array(shown.length);
  shown.forEach((i, k) => {
    const closed = d.close[i] < asOf;
    let stage: number;
    if (closed) stage = d.won[i] ? 4 : 5;
    else if (d.storyStage[i] >= 0) stage = d.storyStage[i];
    else stage = Math.max(0, Math.min(d.reached[i], Math.floor(((asOf - d.created[i]) / Math.max(1, d.close0[i] - d.created[i])) * 4)));
    dealRows[k] = [
      numbered.id[i], nameOf(d.company[i]), d.created[i], L.stage[stage], d.amount[i], closed ? d.close[i] : d.expected[i],
      OWNERS[d.owner[i]], L.product[d.product[i]], L.region[d.region[i]], L.channel[d.channel[i]],
    ];
  });

  // Activities of the deals shown, in date order.
  const acts = generateActivities(world, seed, shown, firstDay, asOf);
  const actOrder = orderByDay(acts.day, firstDay, asOf - firstDay);
  const activityRows: SampleCell[][] = new Array(actOrder.length);
  for (let k = 0; k < actOrder.length; k++) {
    const a = actOrder[k];
    const i = acts.deal[a];
    activityRows[k] = [acts.day[a], L.activity[acts.type[a]], OWNERS[d.owner[i]], numbered.id[i]];
  }

  // Spend, with commissions on each month's revenue so far.
  const revenue = new Map<number, number>();
  for (let i = 0; i < d.count; i++) {
    if (!d.won[i] || d.close[i] >= asOf || d.close[i] < firstDay) continue;
    const m = monthIndexOf(d.close[i]);
    revenue.set(m, (revenue.get(m) ?? 0) + d.amount[i]);
  }
  const spendRows: SampleCell[][] = generateSpend(seed, scale, fromMonth, asOf, (m) => revenue.get(m) ?? 0).map((s) => [
    monthStartDay(s.month), s.channel >= 0 ? L.channel[s.channel] : null, L.category[s.category], s.amount,
  ]);

  // Customers active at some point of the window (some won before it), by start date; their surveys.
  const customers: number[] = [];
  for (let c = 0; c < co.count; c++) {
    const first = co.firstDeal[c];
    if (!d.won[first] || d.close[first] >= asOf) continue;
    if (d.close[first] + co.lifeDays[c] < firstDay) continue;
    customers.push(c);
  }
  customers.sort((a, b) => d.close[co.firstDeal[a]] - d.close[co.firstDeal[b]] || a - b);
  const surveys: Surveys = { day: [], company: [], type: [], score: [] };
  const customerRows: SampleCell[][] = customers.map((c) => {
    const start = d.close[co.firstDeal[c]];
    const end = start + co.lifeDays[c];
    addSurveys(surveys, seed, c, co.gen[c], co.local[c], start, end, firstDay, asOf);
    return [nameOf(c), start, end < asOf ? end : null, L.segment[co.segment[c]]];
  });
  const surveyOrder = orderByDay(surveys.day, firstDay, asOf - firstDay);
  const surveyRows: SampleCell[][] = new Array(surveyOrder.length);
  for (let k = 0; k < surveyOrder.length; k++) {
    const s = surveyOrder[k];
    surveyRows[k] = [surveys.day[s], nameOf(surveys.company[s]), L.survey[surveys.type[s]], surveys.score[s]];
  }

  // Targets
  const dealHeaders = SHEETS.deals.headers;
  const targetRows: SampleCell[][] = buildTargets(scale, fromMonth, asOfMonth).map((t) => {
    if (!t.filter) return [t.kpi, t.period, t.target, null, null];
    const f = t.filter;
    if (f.column === 'region') return [t.kpi, t.period, t.target, label(dealHeaders[8], language), L.region[f.index]];
    if (f.column === 'category') return [t.kpi, t.period, t.target, label(SHEETS.spend.headers[2], language), L.category[f.index]];
    return [t.kpi, t.period, t.target, label(SHEETS.leads.headers[2], language), L.channel[f.index]];
  });

  return {
    asOf,
    firstMonth: firstDay,
    lastMonth: monthStartDay(asOfMonth - 1),
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

/** `L-2610-0042`: prefix, creation month, sequence in that month (at least `digits` digits). */
const prefixes = new Map<string, string>();
function id(prefix: string, month: number, n: number, digits: number): string {
  const key = prefix + month;
  let head = prefixes.get(key);
  if (head === undefined) prefixes.set(key, (head = prefix + yymm(month) + '-'));
  const s = String(n);
  return head + (s.length >= digits ? s : '0000000'.slice(0, digits - s.length) + s);
}

/**
 * Deal IDs: each deal created before asOf is numbered within its creation month, in creation
 * order (then generator order), over every deal of that month, shown or not; so a deal keeps its
 * ID whatever the window. Returns the deals created from six months before the window, in order.
 */
function dealNumbers(world: World, asOf: Day, fromMonth: number): { order: number[]; id: string[] } {
  const d = world.deals;
  const from = monthStartDay(fromMonth - 6);
  const order: number[] = [];
  for (let i = 0; i < d.count; i++) if (d.created[i] >= from && d.created[i] < asOf) order.push(i);
  order.sort((a, b) => d.created[a] - d.created[b] || d.gen[a] - d.gen[b] || d.local[a] - d.local[b]);
  const ids: string[] = new Array(d.count);
  let month = NaN;
  let monthEnd = -Infinity;
  let seq = 0;
  for (const i of order) {
    if (d.created[i] >= monthEnd) {
      month = monthIndexOf(d.created[i]);
      monthEnd = monthStartDay(month + 1);
      seq = 0;
    }
    ids[i] = id('D-', month, ++seq, 3);
  }
  return { order, id: ids };
}
