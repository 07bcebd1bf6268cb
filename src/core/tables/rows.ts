import type { Cell } from '../cells/cell';
import { FIELD_TYPES } from './fields';
import type { Table } from './readTable';
import type { Day } from '../dates/day';
import type { NamedPeriod } from '../dates/period';
import type { ActivityType, DealStage, LeadStatus, SpendCategory, SurveyType } from './vocabulary';

/**
 * One parsed row. A field is undefined when its cell is blank or could not be read (the latter
 * is reported in the table's issues): KPIs leave such a row out, never read it as 0.
 */
export interface RowRef {
  /** Row number within the range, the header being row 1 (= the sheet row for a range from row 1). */
  row: number;
  /** The row's cells as given, for filters on any column. */
  cells: Cell[];
}

export interface Lead extends RowRef { id?: string; created?: Day; channel?: string; status?: LeadStatus; owner?: string }

export interface Deal extends RowRef {
  id?: string; customer?: string; created?: Day; stage?: DealStage; amount?: number; closed?: Day;
  owner?: string; product?: string; region?: string; channel?: string;
}

export interface Activity extends RowRef { date?: Day; type?: ActivityType; owner?: string; dealId?: string }

/** Spend is dated by a day or a whole month: `date` is the span [from, to]. */
export interface Spend extends RowRef { date?: { from: Day; to: Day }; channel?: string; amount?: number; category?: SpendCategory }

export interface Customer extends RowRef { customer?: string; start?: Day; end?: Day; segment?: string }

export interface Survey extends RowRef { date?: Day; customer?: string; score?: number; type?: SurveyType }

export interface TargetRow extends RowRef { kpi?: string; period?: NamedPeriod; target?: number; filterColumn?: string; filterValue?: string }

export interface RowOf {
  leads: Lead; deals: Deal; activities: Activity; spend: Spend; customers: Customer; surveys: Survey; targets: TargetRow;
}

/**
 * A row object over a column-wise table, for code not yet reading columns: each field is read
 * from its column when asked. Deprecated (one object per row).
 */
export class RowView {
  constructor(private readonly table: Table, private readonly index: number, readonly cells: Cell[]) {}

  get row(): number {
    return this.table.rowNumbers[this.index];
  }
}
for (const key of new Set(Object.values(FIELD_TYPES).flatMap((fields) => Object.keys(fields)))) {
  Object.defineProperty(RowView.prototype, key, {
    get(this: { table: Table; index: number }) {
      return this.table.value(key as never, this.index);
    },
  });
}
