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

export const FORMULA_DOCS: FormulaDoc[] = [
  ...KPIS.map((def) => ({
    name: def.id,
    description: `${def.label.en}: ${def.definition.en}`,
    params: paramsOf(def),
    returns: RETURNS[def.unit],
    example: exampleOf(def),
  })),
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
