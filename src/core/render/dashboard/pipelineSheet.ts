import type { SheetPlan } from '../sheetPlan';
import { breakdownBlocks, chartBeside, endBlock, FIRST_COLUMN, footnote, heading, missingTable, monthlyCountsBlock, monthlyTable, tabTitle } from './blocks';
import { LayoutContext, headerRow, num, text } from './context';
import { COUNT, currencyFormat, periodLabel, PERCENT } from './formats';
import { SheetBuilder } from './sheetBuilder';

const STEP_NAMES = {
  en: { lead: 'Leads', mql: 'MQL', sql: 'SQL', opportunity: 'Opportunities', customer: 'Customers' },
  fr: { lead: 'Leads', mql: 'MQL', sql: 'SQL', opportunity: 'Opportunités', customer: 'Clients' },
};
const ACTIVITY_NAMES = {
  en: { call: 'Calls', meeting: 'Meetings', demo: 'Demos', proposal: 'Proposals', email: 'Emails' },
  fr: { call: 'Appels', meeting: 'Rendez-vous', demo: 'Démos', proposal: 'Propositions', email: 'Emails' },
};

/**
 * Pipeline & activity: the lead funnel (next step and cumulative conversion), today's pipeline by
 * stage (total and weighted by each stage's probability), win rate and sales cycle month by month,
 * activities by type, and the reps' win rate and pipeline.
 */
export function pipelineSheet(x: LayoutContext): SheetPlan {
  const { language, model, currency } = x;
  const fr = language === 'fr';
  const b = new SheetBuilder('pipeline', fr ? 'Pipeline & activité' : 'Pipeline & activity', '#fbbc04');
  tabTitle(b, fr ? 'Pipeline & activité' : 'Pipeline & activity', fr ? 'Entonnoir, pipeline par étape, taux de closing, cycle de vente et activités commerciales.' : 'Funnel, pipeline by stage, win rate, sales cycle and sales activity.');

  const funnel = model.funnel;
  if (funnel) {
    const row = heading(b, fr ? `Entonnoir des leads — ${periodLabel(funnel.period, language)}` : `Lead funnel — ${periodLabel(funnel.period, language)}`,
      fr ? 'Leads créés sur la période, par statut le plus avancé atteint (un SQL est aussi MQL).' : 'Leads created in the period, by the furthest status reached (an SQL is also an MQL).');
    const rect = b.table(row, FIRST_COLUMN, headerRow(fr ? ['Étape', 'Leads', 'Étape suivante', 'Cumulé'] : ['Step', 'Leads', 'Next step', 'Cumulative']),
      funnel.steps.map((s) => [text(STEP_NAMES[language][s.step]), num(s.count, COUNT), num(s.nextStep, PERCENT), num(s.cumulative, PERCENT)]));
    const h = chartBeside(b, rect, { kind: 'bar', ranges: [{ ...rect, columns: 2 }], title: fr ? `Entonnoir — ${periodLabel(funnel.period, language)}` : `Funnel — ${periodLabel(funnel.period, language)}`, xAxisTitle: 'Leads', yAxisTitle: fr ? 'Étape' : 'Step', legend: 'none', colors: ['#fbbc04'], height: 260 });
    endBlock(b, rect, h);
  } else missingTable(b, x, 'leads');

  const pipe = model.pipeline;
  if (pipe) {
    const row = heading(b, fr ? 'Pipeline par étape (à date)' : 'Pipeline by stage (today)',
      fr ? 'Opportunités ouvertes ; pondéré = montant × probabilité de gain de l’étape (réglages).' : 'Open deals; weighted = amount × the stage’s probability of being won (settings).');
    const money = currencyFormat(currency, language);
    const rows = pipe.stages.map((s) => [text(s.stage), num(s.deals, COUNT), num(s.amount, money), num(s.probability, '0%', s.probabilitySource === 'default' ? { italic: true, note: fr ? 'Étape inconnue des réglages : probabilité par défaut.' : 'Stage not in the settings: default probability.' } : {}), num(s.weighted, money)]);
    const rect = b.table(row, FIRST_COLUMN, headerRow(fr ? ['Étape', 'Opportunités', 'Montant', 'Probabilité', 'Pondéré'] : ['Stage', 'Deals', 'Amount', 'Probability', 'Weighted']),
      [...rows, [text('Total', { bold: true }), num(pipe.stages.reduce((s, x2) => s + x2.deals, 0), COUNT, { bold: true }), num(pipe.total, money, { bold: true }), { value: null }, num(pipe.weighted, money, { bold: true })]]);
    let h = 0;
    if (pipe.stages.length > 0) {
      const n = pipe.stages.length + 1;
      h = chartBeside(b, rect, {
        kind: 'column', title: fr ? 'Pipeline par étape — total et pondéré' : 'Pipeline by stage — total and weighted',
        ranges: [{ row, column: FIRST_COLUMN, rows: n, columns: 1 }, { row, column: FIRST_COLUMN + 2, rows: n, columns: 1 }, { row, column: FIRST_COLUMN + 4, rows: n, columns: 1 }],
        xAxisTitle: fr ? 'Étape' : 'Stage', yAxisTitle: `${fr ? 'Montant' : 'Amount'} (${currency})`, legend: 'bottom', colors: ['#fbbc04', '#e37400'],
      });
    }
    endBlock(b, rect, h, pipe.overdue > 0 ? 0 : 2);
    if (pipe.overdue > 0) {
      footnote(b, b.row, fr ? `${pipe.overdue} opportunité(s) ouverte(s) ont une date de clôture passée (voir les alertes).` : `${pipe.overdue} open deal(s) have a close date in the past (see the alerts).`);
      b.row += 3;
    }
  } else missingTable(b, x, 'deals');

  if (model.series.WIN_RATE || model.series.SALES_CYCLE) {
    const row = heading(b, fr ? 'Closing mois par mois' : 'Closing month by month');
    const t = monthlyTable(b, x, row, [{ kpi: 'WIN_RATE', objective: true }, { kpi: 'SALES_CYCLE', objective: true }]);
    if (t) endBlock(b, t.rect);
  }

  const acts = model.activitiesByType;
  if (acts) {
    monthlyCountsBlock(b, x, {
      heading: fr ? 'Activités par type' : 'Activities by type', categories: acts.types.map((t) => ACTIVITY_NAMES[language][t as keyof typeof ACTIVITY_NAMES.en]), values: acts.values,
      chartTitle: fr ? 'Activités commerciales par mois' : 'Sales activities by month', yAxisTitle: fr ? 'Activités' : 'Activities',
    });
  }

  breakdownBlocks(b, x, 'WIN_RATE', ['owner']);
  breakdownBlocks(b, x, 'PIPELINE', ['owner']);
  return b.build(2);
}
