/**
 * The dashboard as data: what a refresh found, before any layout. Built by buildDashboard.ts from
 * the tables, the objectives and the settings; laid out into sheets by src/core/render/dashboard/,
 * summarised by the digest. Every figure keeps what it is made of, so it can be explained.
 */
import type { Day } from '../dates/day';
import type { NamedPeriod } from '../dates/period';
import type { KpiDefinition, KpiValue } from '../kpi/types';
import type { DataIssue } from '../tables/issues';
import type { TableKind } from '../tables/schema';
import type { ChoiceReason } from '../tables/chooseTables';
import type { Settings, SegmentDimension } from '../settings/settings';

/** A KPI's value for a period, or why it has none. */
export type KpiCell = { ok: true; result: KpiValue } | { ok: false; error: string; numerator?: number };

/**
 * Where a figure stands against its objective. Full periods are met or missed; the period in
 * progress is on track or at risk, judged on its projection to the period's end.
 */
export type Status = 'met' | 'missed' | 'on_track' | 'at_risk' | 'no_objective' | 'no_value';

/** The two periods side by side: the last full one (or the one chosen) and the one in progress. */
export interface DashboardPeriods {
  asOf: Day;
  full: NamedPeriod;
  current: NamedPeriod;
  /** Days of the current period already over (today excluded), and its length. */
  elapsedDays: number;
  totalDays: number;
}

/** The segment that explains part of a gap: "Export region −12 k€". */
export interface Cause {
  dimension: SegmentDimension | 'segment';
  /** The segment's value as written in the data (e.g. "Export"), or '' for rows without one. */
  value: string;
  /** Its contribution to the gap, in the KPI's unit, signed (negative: pulled the KPI the bad way for a higher-is-better KPI). */
  contribution: number;
  /** Its value and what was expected of it, in the KPI's unit (additive KPIs). */
  actual?: number;
  expected?: number;
}

export interface CardPeriod {
  period: NamedPeriod;
  inProgress: boolean;
  /** The value so far (to date for the period in progress). */
  value: KpiCell;
  objective?: { value: number; row: number; sheet: string };
  /** The period in progress: the value projected to the period's end at the pace so far. */
  projection?: number;
  /** Against the objective, in the KPI's direction: positive is better (value or projection − objective). */
  gap?: number;
  /** The gap relative to the objective (−0.18: 18 % worse); absent when the objective is 0. */
  gapRatio?: number;
  status: Status;
  /** The same span one period before and one year before (same elapsed days for the period in progress). */
  previous: KpiCell;
  yearBefore: KpiCell;
  /** Relative changes (value / comparison − 1), when both exist and the comparison is not 0. */
  changePrevious?: number;
  changeYear?: number;
  /** Segments explaining a missed or at-risk objective, largest first. */
  causes: Cause[];
}

export interface Card {
  kpi: KpiDefinition;
  full: CardPeriod;
  current: CardPeriod;
  /** The last 12 full months (oldest first): the card's trend line. */
  trend: { period: NamedPeriod; value?: number }[];
}

export type AlertKind = 'objective' | 'unusual' | 'data';

export interface Alert {
  kind: AlertKind;
  /** For sorting, worst first: objectives by relative gap, then unusual moves, then data. */
  severity: number;
  status?: Status;
  kpi?: KpiDefinition;
  period?: NamedPeriod;
  value?: number;
  objective?: number;
  projection?: number;
  gapRatio?: number;
  /** Unusual moves: the usual range (median ± 3 scaled MAD of the 12 months before). */
  usual?: { median: number; low: number; high: number };
  causes: Cause[];
  /** Data alerts: what was found, in both languages (the layout picks one). */
  text?: { en: string; fr: string };
  /** Data alerts: rows concerned (sheet and row numbers), to go and fix them. */
  rows?: { sheet: string; rows: number[]; count: number };
}

/** One row of a monthly series: a KPI per month with its objective. */
export interface SeriesPoint {
  period: NamedPeriod;
  inProgress: boolean;
  value?: number;
  /** Why there is no value, when there is none. */
  error?: string;
  objective?: number;
  /** Full months: value vs objective in the KPI's direction. */
  status: Status;
}

export interface Series {
  kpi: KpiDefinition;
  points: SeriesPoint[];
}

/** A KPI split by the values of one segment column over a period. */
export interface Breakdown {
  kpi: KpiDefinition;
  dimension: SegmentDimension | 'segment';
  period: NamedPeriod;
  rows: { value: string; result: KpiCell; share?: number; previous: KpiCell }[];
  total: KpiCell;
}

/** The lead funnel of a period: leads created in it, by the furthest status they reached. */
export interface FunnelStep {
  /** Lead status key: 'lead' (every lead), 'mql', 'sql', 'opportunity', 'customer'. */
  step: 'lead' | 'mql' | 'sql' | 'opportunity' | 'customer';
  count: number;
  /** Share of the previous step that reached this one. */
  nextStep?: number;
  /** Share of all leads that reached this step. */
  cumulative?: number;
}

export interface PipelineStage {
  /** The stage as written in the Deals sheet (the first spelling met). */
  stage: string;
  deals: number;
  amount: number;
  probability: number;
  /** amount × probability. */
  weighted: number;
  /** Whether the probability came from the settings or the default for unknown stages. */
  probabilitySource: 'settings' | 'default';
}

export type Advice = 'capitalise' | 'keep' | 'fix' | 'stop' | 'no_spend';

export interface ChannelRoi {
  channel: string;
  spend: number;
  leads: number;
  cpl?: number;
  newCustomers: number;
  cac?: number;
  revenue: number;
  /** revenue / spend. */
  roi?: number;
  advice: Advice;
}

/** Which sheet was read as which table, and why. */
export interface TableUse {
  kind: TableKind;
  sheet: string;
  reason: ChoiceReason;
  /** Other sheets that looked like the same table. */
  others: string[];
  rows: number;
}

export interface Dashboard {
  workbookName: string;
  settings: Settings;
  periods: DashboardPeriods;
  tables: TableUse[];
  /** Table kinds not found (their tabs say which sheet and headers to add). */
  missing: TableKind[];
  /** Sheets no table was recognised in, with their first row. */
  unrecognised: { sheet: string; firstRow: string[] }[];
  cards: Card[];
  /** Worst first: objectives missed or at risk, unusual moves, data problems. */
  alerts: Alert[];
  /** Every objective of the periods shown, judged (the alerts hold the missed and at-risk ones). */
  objectives: Alert[];
  /** Monthly series (12 full months + the month in progress) of every computable KPI. */
  months: NamedPeriod[];
  series: Partial<Record<string, Series>>;
  breakdowns: Breakdown[];
  /** Leads per month and channel (same months as the series). */
  leadsByChannel?: { segments: string[]; values: (number | undefined)[][] };
  /** Activities per month and type (same months as the series). */
  activitiesByType?: { types: string[]; values: (number | undefined)[][] };
  funnel?: { period: NamedPeriod; steps: FunnelStep[]; wonDeals?: number };
  pipeline?: { stages: PipelineStage[]; total: number; weighted: number; overdue: number };
  channels?: { period: NamedPeriod; rows: ChannelRoi[]; total: ChannelRoi };
  issues: DataIssue[];
}
