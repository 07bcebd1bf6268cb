import type { Period } from '../dates/period';
import type { Table } from '../tables/readTable';
import type { TableKind } from '../tables/schema';
import type { ActivityType } from '../tables/vocabulary';

export type KpiId =
  | 'LEADS' | 'CPL' | 'LEAD_CONVERSION' | 'MQL_RATE' | 'SQL_RATE' | 'ACTIVITIES'
  | 'REVENUE' | 'AVG_DEAL' | 'WIN_RATE' | 'SALES_CYCLE' | 'PIPELINE'
  | 'NEW_CUSTOMERS' | 'CAC' | 'CHURN' | 'RETENTION' | 'LTV' | 'REPURCHASE_RATE' | 'NPS' | 'CSAT';

/** count: a number of things; currency: money; ratio: a fraction (0.25 = 25 %); days; score: NPS −100..100. */
export type KpiUnit = 'count' | 'currency' | 'ratio' | 'days' | 'score';

/** A KPI that cannot be computed: the message says what to fix (it shows in the cell's tooltip). */
export class KpiError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KpiError';
  }
}

/** A trailing `column, value` pair of a custom function, or a target's filter. */
export interface FilterSpec { column: string; value: string }

export interface KpiQuery {
  period: Period;
  filters: readonly FilterSpec[];
  /** ACTIVITIES only: the type counted (all types when absent). */
  activityType?: ActivityType;
  /** LTV only: gross margin as a fraction, default 1. */
  grossMargin?: number;
}

export type KpiTables = { [K in TableKind]?: Table<K> };

/** A KPI's value and what it is made of, so every figure can be traced. */
export interface KpiValue {
  value: number;
  /** The quantity on top (revenue, number of won deals…), or the value itself for counts. */
  numerator: number;
  /** The quantity below, when the KPI is a ratio or a mean. */
  denominator?: number;
  /** Rows left out because a value this KPI needs could not be read (see the data check). */
  excluded: number;
}

/** How a custom function's arguments are laid out, in order. */
export type KpiArg =
  | { kind: 'table'; table: TableKind }
  | { kind: 'activityType' }
  | { kind: 'period' }
  | { kind: 'grossMargin' };

export interface KpiDefinition {
  id: KpiId;
  label: { en: string; fr: string };
  unit: KpiUnit;
  /** Which way is good: a CAC under its objective is met. */
  better: 'higher' | 'lower';
  /** Arguments before the trailing filter pairs. */
  args: readonly KpiArg[];
  /** 'required': both bounds needed (CHURN…); 'none': no period at all (PIPELINE). */
  period: 'optional' | 'required' | 'none';
  /** The definition in words, once: README, sidebar and tooltips take it from here. */
  definition: { en: string; fr: string };
  compute(input: KpiInput, query: KpiQuery): KpiValue;
}

/** What a KPI's compute sees: the tables' rows, already narrowed by the filters that apply to them. */
export interface KpiInput {
  /** Filtered rows of a table, after checking it is present and has `fields` columns. */
  rows<K extends TableKind>(kind: K, fields: readonly string[]): Table<K>['rows'];
  /** The table itself, unfiltered (NEW_CUSTOMERS needs every deal to find each customer's first). */
  table<K extends TableKind>(kind: K, fields: readonly string[]): Table<K>;
  /**
   * Filtered rows whose `dateField` is in the period, from a per-table index sorted by that date
   * (built once, so a report over 18 months doesn't rescan every row), and the filtered rows
   * where that date is missing or unreadable.
   */
  during<K extends TableKind>(kind: K, dateField: string, fields: readonly string[], period: Period): { rows: Table<K>['rows']; undated: Table<K>['rows'] };
  /** Does a filter of the query apply to this table? */
  filtered(kind: TableKind): boolean;
  /** Row test for the filters that apply to a table. */
  matches(kind: TableKind): (row: { cells: unknown[] }) => boolean;
}
