import type { Day } from '../dates/day';
import { NamedPeriod, monthOf, previousPeriod, quarterOf, shiftPeriod } from '../dates/period';
import { checkTables } from '../check/checkTables';
import { byId, KPIS } from '../kpi/registry';
import type { KpiTables } from '../kpi/types';
import type { TableKind } from '../tables/schema';
import { TABLE_KINDS } from '../tables/schema';
import { readTargets } from '../targets/readTargets';
import type { Settings } from '../settings/settings';
import { isAlarming, objectiveOutcomes, unusualMoves } from './alerts';
import { breakdown } from './breakdowns';
import { buildCard } from './cards';
import { channelRoi } from './channelRoi';
import { dataAlerts } from './dataAlerts';
import { leadFunnel } from './funnel';
import { KpiComputer } from './kpiComputer';
import type { Breakdown, Dashboard, Series, TableUse } from './model';
import { Objectives } from './objectives';
import { dashboardPeriods } from './periods';
import { pipelineByStage } from './pipelineByStage';
import { activitySeries, monthlySeries, segmentSeries } from './series';
import type { Dimension } from './segments';

/** Full months in the tabs' series (one more than a year, so the last has 12 months of history). */
export const SERIES_MONTHS = 13;

export interface DashboardSource {
  workbookName: string;
  tables: KpiTables;
  uses: TableUse[];
  unrecognised: { sheet: string; firstRow: string[] }[];
  settings: Settings;
  asOf: Day;
}

/**
 * The dashboard model: headline cards for the full period and the one in progress, alerts worst
 * first (objectives missed or at risk with their causes, unusual moves, data problems), monthly
 * series, breakdowns by segment, the lead funnel, the pipeline by stage and the channels' return.
 */
export function buildDashboard(src: DashboardSource): Dashboard {
  const { tables, settings, asOf } = src;
  const computer = new KpiComputer(tables, settings.grossMargin);
  const periods = dashboardPeriods(asOf, settings.grain, settings.period);
  const targets = tables.targets ? readTargets(tables.targets).targets : [];
  const objectives = new Objectives(targets);
  const dims = settings.dimensions as Dimension[];
  const lastFullMonth = previousPeriod(monthOf(asOf));
  const months: NamedPeriod[] = [];
  for (let i = SERIES_MONTHS; i >= 1; i--) months.push(shiftPeriod(monthOf(asOf), -i));
  months.push(monthOf(asOf));
  const trendMonths = months.slice(months.length - 13, months.length - 1);

  const cards = settings.kpis.map((id) => byId(id)).filter((k) => computer.computable(k)).map((kpi) => buildCard(kpi, {
    computer, objectives, periods, dimensions: dims, targetsSheet: tables.targets?.name ?? '', trendMonths,
  }));

  const series: Partial<Record<string, Series>> = {};
  for (const kpi of KPIS) if (kpi.period !== 'none' && computer.computable(kpi)) series[kpi.id] = monthlySeries(computer, kpi, months, periods, objectives);

  const breakdowns: Breakdown[] = [];
  const add = (b: Breakdown | undefined) => b && breakdowns.push(b);
  for (const d of dims) add(breakdown(computer, byId('REVENUE'), d, periods.full));
  for (const d of dims) add(breakdown(computer, byId('LEADS'), d, periods.full));
  add(breakdown(computer, byId('NEW_CUSTOMERS'), 'channel', periods.full));
  if (dims.includes('owner')) add(breakdown(computer, byId('WIN_RATE'), 'owner', periods.full));
  if (dims.includes('owner')) add(breakdown(computer, byId('PIPELINE'), 'owner', periods.full));
  add(breakdown(computer, byId('CHURN'), 'segment', periods.full));

  const leadsByChannel = dims.includes('channel') && computer.computable(byId('LEADS')) ? segmentSeries(computer, byId('LEADS'), 'channel', months, asOf) : undefined;
  const activitiesByType = computer.computable(byId('ACTIVITIES')) ? activitySeries(computer, months, asOf) : undefined;

  const pipeline = tables.deals && tables.deals.columns.stage !== undefined && tables.deals.columns.amount !== undefined
    ? pipelineByStage(tables.deals, settings.stageProbabilities, asOf) : undefined;
  const quarter = previousPeriod(quarterOf(asOf));
  const roi = channelRoi(computer, quarter);

  const { issues } = checkTables(tables);

  const judged = objectiveOutcomes(computer, cards, targets, periods, objectives, dims);
  const alerts = [
    ...judged.filter(isAlarming),
    ...unusualMoves(computer, series, lastFullMonth, objectives, dims),
    ...dataAlerts(issues, tables.deals, tables.leads, asOf, pipeline?.overdueRows),
  ];

  return {
    workbookName: src.workbookName, settings, periods,
    tables: src.uses,
    missing: TABLE_KINDS.filter((k): k is TableKind => !tables[k]),
    unrecognised: src.unrecognised,
    cards, alerts, objectives: judged, months, series, breakdowns, leadsByChannel, activitiesByType,
    funnel: tables.leads && tables.leads.columns.created !== undefined ? { period: periods.full, steps: leadFunnel(tables.leads, periods.full) } : undefined,
    pipeline: pipeline && { stages: pipeline.stages, total: pipeline.total, weighted: pipeline.weighted, overdue: pipeline.overdue },
    channels: roi && { period: quarter, ...roi },
    issues,
  };
}
