import type { SheetPlan } from '../sheetPlan';
import { breakdownBlocks, chartBeside, endBlock, heading, missingTable, monthlyChartRanges, monthlyTable, objectiveCombo, tabTitle } from './blocks';
import type { LayoutContext } from './context';
import { SheetBuilder } from './sheetBuilder';

/**
 * Sales: revenue against its objective month by month, average deal and new customers; CAC and
 * LTV by month; revenue split by product, owner and region, and new customers by channel.
 */
export function salesSheet(x: LayoutContext): SheetPlan {
  const { language, model, currency } = x;
  const fr = language === 'fr';
  const b = new SheetBuilder('sales', fr ? 'Ventes' : 'Sales', '#ea4335');
  tabTitle(b, fr ? 'Ventes' : 'Sales', fr ? 'Chiffre d’affaires, panier moyen, nouveaux clients, CAC et LTV ; répartition par segment.' : 'Revenue, average deal, new customers, CAC and LTV; split by segment.');
  if (!model.series.REVENUE) {
    missingTable(b, x, 'deals');
    return b.build(2);
  }

  let row = heading(b, fr ? 'Mois par mois' : 'Month by month');
  const t = monthlyTable(b, x, row, [{ kpi: 'REVENUE', objective: true }, { kpi: 'AVG_DEAL' }, { kpi: 'NEW_CUSTOMERS', objective: true }])!;
  let h = chartBeside(b, t.rect, {
    kind: 'combo', ranges: monthlyChartRanges(t, ['REVENUE']),
    title: x.w.revenueChart, xAxisTitle: x.w.month, yAxisTitle: `${x.w.revenue} (${currency})`, legend: 'bottom',
    series: objectiveCombo('#1a73e8'),
  });
  endBlock(b, t.rect, h);

  if (model.series.CAC || model.series.LTV) {
    row = heading(b, fr ? 'CAC et LTV par mois' : 'CAC and LTV by month', fr ? 'LTV = panier par client × marge ÷ churn du mois ; un mois sans départ n’a pas de LTV.' : 'LTV = revenue per account × margin ÷ the month’s churn; a month with no churn has no LTV.');
    const u = monthlyTable(b, x, row, [{ kpi: 'CAC', objective: true }, { kpi: 'LTV' }]);
    if (u) {
      const cac = u.valueColumn.get('CAC'), ltv = u.valueColumn.get('LTV');
      const ranges = monthlyChartRanges(u, ['CAC', 'LTV'], false);
      h = chartBeside(b, u.rect, {
        kind: 'line', ranges, title: fr ? 'CAC et LTV par mois' : 'CAC and LTV by month', xAxisTitle: x.w.month, yAxisTitle: `CAC (${currency})`, legend: 'bottom',
        series: { 0: { color: '#d93025', targetAxisIndex: 0 }, 1: { color: '#1a73e8', targetAxisIndex: cac && ltv ? 1 : 0 } },
        vAxes: cac && ltv ? { 0: { title: `CAC (${currency})` }, 1: { title: `LTV (${currency})` } } : undefined,
      });
      endBlock(b, u.rect, h);
    }
  }

  breakdownBlocks(b, x, 'REVENUE');
  breakdownBlocks(b, x, 'NEW_CUSTOMERS');
  return b.build(2);
}
