import { KPIS } from '../kpi/registry';
import type { KpiDefinition } from '../kpi/types';
import { TABLES } from '../tables/schema';

/**
 * The documentation of every custom function, from the KPI definitions: the build writes each
 * one's JSDoc (`@customfunction`, `@param`) from this, and the README's reference too.
 */
export interface FormulaParam { name: string; type: string; description: string; optional: boolean }
export interface FormulaDoc { name: string; description: string; params: FormulaParam[]; returns: string; example: string }

const TABLE_PARAM: Record<string, string> = {
  leads: 'leads', deals: 'deals', activities: 'activities', spend: 'spend', customers: 'customers', surveys: 'surveys', targets: 'targets',
};

/** The range of each table in the sample workbook, for examples. */
const RANGE: Record<string, string> = { leads: 'Leads!A:E', deals: 'Deals!A:J', activities: 'Activities!A:D', spend: 'Spend!A:D', customers: 'Customers!A:D', surveys: 'Surveys!A:D', targets: 'Targets!A:E' };

export function paramsOf(def: KpiDefinition): FormulaParam[] {
  const params: FormulaParam[] = [];
  for (const arg of def.args) {
    if (arg.kind === 'table') {
      params.push({ name: TABLE_PARAM[arg.table], type: 'Array<Array>', description: `The ${TABLES[arg.table].label.en} table, header row included (e.g. ${RANGE[arg.table]}).`, optional: false });
    } else if (arg.kind === 'activityType') {
      params.push({ name: 'type', type: 'string', description: 'Call, Meeting, Demo, Proposal or Email (Appel, Rendez-vous, Démo, Proposition); blank for all.', optional: true });
    } else if (arg.kind === 'grossMargin') {
      params.push({ name: 'gross_margin', type: 'number', description: 'Gross margin as a fraction (0.7 or 70%); blank for 1.', optional: true });
    } else {
      const required = def.period === 'required';
      params.push({ name: 'start', type: 'Date', description: `First day of the period${required ? '' : ' (blank: no lower bound)'}.`, optional: !required });
      params.push({ name: 'end', type: 'Date', description: `Last day of the period${required ? '' : ' (blank: no upper bound)'}.`, optional: !required });
    }
  }
  params.push({ name: 'column', type: 'string', description: 'A column to filter on (e.g. "Channel", "Owner"); more column, value pairs may follow.', optional: true });
  params.push({ name: 'value', type: 'string', description: 'The value that column must have (e.g. "LinkedIn").', optional: true });
  return params;
}

const EXAMPLES: Partial<Record<string, string>> = {
  CAC: '=CAC(Spend!A:D, Deals!A:K, DATE(2026,1,1), DATE(2026,3,31), "Channel", "LinkedIn")',
  CHURN: '=CHURN(Customers!A:D, "2026-01-01", "2026-03-31", "Segment", "SMB")',
  REVENUE: '=REVENUE(Deals!A:K, , , "Owner", "Alice")',
  ACTIVITIES: '=ACTIVITIES(Activities!A:D, "Demo", DATE(2026,3,1), DATE(2026,3,31))',
  LTV: '=LTV(Deals!A:K, Customers!A:D, DATE(2026,1,1), DATE(2026,12,31), 70%)',
  PIPELINE: '=PIPELINE(Deals!A:K, "Owner", "Alice")',
};

function exampleOf(def: KpiDefinition): string {
  const given = EXAMPLES[def.id];
  if (given) return given;
  const args = def.args.flatMap((a) => (a.kind === 'table' ? [RANGE[a.table]] : a.kind === 'period' ? ['DATE(2026,3,1)', 'DATE(2026,3,31)'] : []));
  return `=${def.id}(${args.join(', ')})`;
}

const RETURNS: Record<string, string> = {
  count: 'A count.', currency: 'An amount in the currency of the amounts.', ratio: 'A fraction (0.25 = 25 %); format the cell as a percentage.',
  days: 'A number of days.', score: 'A score from −100 to 100.',
};

const KPI_PARAM: FormulaParam = { name: 'kpi', type: 'string', description: 'The KPI id, e.g. "REVENUE", "win_rate", "CAC" (case-insensitive).', optional: false };
const TABLES_AND_ARGS = "The KPI's table(s), then its own arguments, in the order of its own function (two tables for CPL, CAC and LTV; ACTIVITIES' type before start)";

export const FORMULA_DOCS: FormulaDoc[] = [
  ...KPIS.map((def) => ({
    name: def.id,
    description: `${def.label.en}: ${def.definition.en}`,
    params: paramsOf(def),
    returns: RETURNS[def.unit],
    example: exampleOf(def),
  })),
  {
    name: 'KPI_BY_PERIOD',
    description: "One KPI for every month, quarter or week from start to end, as a table (Period, First day, value, Why no value); a period without a value says why. Each value is the KPI's own function over that period.",
    params: [
      KPI_PARAM,
      { name: 'table', type: 'Array<Array>', description: `${TABLES_AND_ARGS}: e.g. Deals!A:J for REVENUE; Spend!A:D, Leads!A:E for CPL; Activities!A:D, "Demo" for ACTIVITIES.`, optional: false },
      { name: 'start', type: 'Date', description: 'First day: the first row is its month (quarter, week), from that day.', optional: false },
      { name: 'end', type: 'Date', description: "Last day: the last row is its month (quarter, week), up to that day (LTV's gross_margin comes after it).", optional: false },
      { name: 'grain', type: 'string', description: '"month" (blank), "quarter" or "week" (ISO weeks, Monday to Sunday).', optional: true },
      { name: 'column', type: 'string', description: 'A column to filter on (e.g. "Owner"); more column, value pairs may follow.', optional: true },
      { name: 'value', type: 'string', description: 'The value that column must have (e.g. "Alice").', optional: true },
    ],
    returns: 'A table with a header row: Period, First day, the KPI, Why no value.',
    example: '=KPI_BY_PERIOD("REVENUE", Deals!A:J, DATE(2025,6,1), DATE(2026,11,30))',
  },
  {
    name: 'KPI_BY_SEGMENT',
    description: "One KPI for every value of a column (channel, product, owner, region, segment, stage…), sorted, then the total computed the KPI's way (not a sum of rates); a segment without a value says why.",
    params: [
      KPI_PARAM,
      { name: 'table', type: 'Array<Array>', description: `${TABLES_AND_ARGS}, e.g. Deals!A:J; PIPELINE takes no start and end.`, optional: false },
      { name: 'start', type: 'Date', description: "First day of the period, as in the KPI's own function.", optional: true },
      { name: 'end', type: 'Date', description: "Last day of the period, as in the KPI's own function (LTV's gross_margin comes after it).", optional: true },
      { name: 'split_by', type: 'string', description: 'The column whose values make the rows (e.g. "Channel", "Owner", "Product").', optional: false },
      { name: 'column', type: 'string', description: 'A column to filter on (e.g. "Region"); more column, value pairs may follow.', optional: true },
      { name: 'value', type: 'string', description: 'The value that column must have (e.g. "Europe").', optional: true },
    ],
    returns: 'A table with a header row: the column, the KPI, Why no value; a Total row last.',
    example: '=KPI_BY_SEGMENT("WIN_RATE", Deals!A:J, DATE(2026,1,1), DATE(2026,3,31), "Owner")',
  },
  {
    name: 'PILOTE_CHECK',
    description: 'Lists the problems Pilote finds in a table (row, column, value, why); empty when the table is clean.',
    params: [
      { name: 'table', type: 'Array<Array>', description: 'A Pilote table, header row included (e.g. Deals!A:K).', optional: false },
      { name: 'kind', type: 'string', description: 'Leads, Deals, Activities, Spend, Customers, Surveys or Targets; blank to recognise it from its headers.', optional: true },
    ],
    returns: 'A list with a header row: Row, Column, Value, Problem.',
    example: '=PILOTE_CHECK(Deals!A:K)',
  },
];
