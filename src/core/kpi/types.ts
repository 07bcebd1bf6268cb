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
  /**
   * A ratio with nothing below (CAC of a channel that acquired nobody) still has its quantity on
   * top (that channel's spend): what explaining a gap by segment needs.
   */
  readonly numerator?: number;

  constructor(message: string, partial?: { numerator: number }) {
    super(message);
    this.name = 'KpiError';
    if (partial) this.numerator = partial.numerator;
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
  /** Fill `KpiValue.trace`: which rows the value is made of and which were left out (costs arrays; off by default). */
  trace?: boolean;
}

export type KpiTables = { [K in TableKind]?: Table<K> };

/** The rows behind a value, for a founder who asks "where does this number come from?". */
export interface KpiTrace {
  /** Per table, the row numbers (as DataIssue.row: the sheet row for a range from row 1) of the rows the value is made of, ascending. */
  used: Partial<Record<TableKind, number[]>>;
  /** Rows the KPI needed but left out, and why (`Amount "lots": not an amount…`, `no Close date`). */
  leftOut: { kind: TableKind; row: number; why: string }[];
}

/** A KPI's value and what it is made of, so every figure can be traced. */
export interface KpiValue {
  value: number;
  /** The quantity on top (revenue, number of won deals…), or the value itself for counts. */
  numerator: number;
  /** The quantity below, when the KPI is a ratio or a mean. */
  denominator?: number;
  /** Rows left out because a value this KPI needs could not be read (see the data check). */
  excluded: number;
  /** Only when the query asked for it (`trace: true`). */
  trace?: KpiTrace;
}

/** What a KPI's compute returns; runKpi adds what was left out (counted as compute went). */
export type KpiResult = Pick<KpiValue, 'value' | 'numerator' | 'denominator'>;

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
  /**
   * A count or a sum: its value over a period is the sum of its values over the period's parts,
   * so a period in progress is projected pro rata of the days elapsed. Rates, averages and unit
   * costs are not.
   */
  additive?: boolean;
  /**
   * A rate of a cohort (the leads created in the period) that keeps changing after the period
   * ends, as its leads move on: a recent period always looks low next to older ones, so it is
   * never flagged as an unusual move.
   */
  cohort?: boolean;
  /** The definition in words, once: README, sidebar and tooltips take it from here. */
  definition: { en: string; fr: string };
  /**
   * The columns (field keys) it can't be computed without, per table: checked before computing,
   * and used by the data check to say which KPIs a missing column stops.
   */
  needs: Partial<Record<TableKind, readonly string[]>>;
  /**
   * The date field that places each table's rows in time: a period ending before that table's
   * first date has no data yet, and the KPI says so instead of showing 0.
   */
  datedBy?: Partial<Record<TableKind, string>>;
  /**
   * For a KPI over two tables, the filters that may narrow one table alone: a field of that
   * table the other can't have (spend's Category: marketing CAC = marketing spend ÷ all new
   * customers, the parts add up), or 'any' column of it (LTV's segment rule). Any other filter
   * must apply to both tables, else the KPI is an error (one owner's customers dividing all
   * the spend would make the owners' CACs add up to more than the spend).
   */
  oneTableFilters?: Partial<Record<TableKind, readonly string[] | 'any'>>;
  compute(input: KpiInput, query: KpiQuery): KpiResult;
}

/**
 * Data rows of a table (indices into its columns, see Table), ascending: what a KPI's compute
 * walks. Typed arrays, never an object per row.
 */
export type Rows = Int32Array;

/** What a KPI's compute sees: the tables' rows, already narrowed by the filters that apply to them. */
export interface KpiInput {
  /** The table (unfiltered), after checking it is present and has `fields` columns, those fields parsed. */
  table<K extends TableKind>(kind: K, fields: readonly string[]): Table<K>;
  /** Filtered rows of a table, after checking it is present and has `fields` columns. */
  rows(kind: TableKind, fields: readonly string[]): Rows;
  /**
   * Filtered rows whose `dateField` is in the period, and the filtered rows where that date is
   * missing or unreadable; a per-table index sorted by that date answers from the second request
   * on (a report over 18 months doesn't rescan every row). `table`'s `fields` columns are parsed
   * in those rows at least (a lazily read table parses only them): read them there, not elsewhere.
   */
  during<K extends TableKind>(kind: K, dateField: string, fields: readonly string[], period: Period): { rows: Rows; undated: Rows; table: Table<K> };
  /** Does a filter of the query apply to this table? */
  filtered(kind: TableKind): boolean;
  /** Row test for the filters that apply to a table. */
  matches(kind: TableKind): (row: number) => boolean;
  /** Records a row the value is made of. */
  use(kind: TableKind, row: number): void;
  /** Records rows the value is made of, at once. */
  useAll(kind: TableKind, rows: ArrayLike<number>): void;
  /**
   * A recorder of the rows a value is made of, for a loop: it counts them (and keeps them only
   * when tracing), so a KPI allocates nothing per row.
   */
  using(kind: TableKind): (row: number) => void;
  /**
   * Records a row the KPI needed but left out: `why` is the field whose value is missing or
   * unreadable (`'amount'`), or a phrase (`'close date before the created date'`).
   */
  leaveOut(kind: TableKind, row: number, why: string): void;
}
