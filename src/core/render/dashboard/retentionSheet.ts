import type { SheetPlan } from '../sheetPlan';
import { breakdownBlocks, chartBeside, endBlock, heading, missingTable, monthlyChartRanges, monthlyTable, objectiveCombo, tabTitle } from './blocks';
import type { LayoutContext } from './context';
import { SheetBuilder } from './sheetBuilder';

/** Retention & satisfaction: churn, retention, repurchase, NPS and CSAT by month; churn by customer segment. */
export function retentionSheet(x: LayoutContext): SheetPlan {
  const { language, model } = x;
  const fr = language === 'fr';
  const b = new SheetBuilder('retention', fr ? 'Fidélisation & satisfaction' : 'Retention & satisfaction', '#a142f4');
  tabTitle(b, fr ? 'Fidélisation & satisfaction' : 'Retention & satisfaction', fr ? 'Churn, rétention, réachat, NPS et CSAT, mois par mois.' : 'Churn, retention, repurchase, NPS and CSAT, month by month.');
  const anything = ['CHURN', 'RETENTION', 'REPURCHASE_RATE', 'NPS', 'CSAT'].some((k) => model.series[k]);
  if (!anything) {
    missingTable(b, x, 'customers');
    missingTable(b, x, 'surveys');
    return b.build(2);
  }
  const row = heading(b, fr ? 'Mois par mois' : 'Month by month');
  const t = monthlyTable(b, x, row, [{ kpi: 'CHURN', objective: true }, { kpi: 'RETENTION' }, { kpi: 'REPURCHASE_RATE' }, { kpi: 'NPS', objective: true }, { kpi: 'CSAT' }])!;
  let h = 0;
  if (t.valueColumn.has('CHURN')) {
    h = chartBeside(b, t.rect, {
      kind: 'combo', title: fr ? 'Churn par mois' : 'Churn by month', xAxisTitle: x.w.month, yAxisTitle: fr ? 'Clients perdus (%)' : 'Customers lost (%)', legend: 'bottom',
      ranges: monthlyChartRanges(t, ['CHURN']),
      series: objectiveCombo('#a142f4'),
      vAxes: { 0: { format: '0.0%' } },
    });
  }
  endBlock(b, t.rect, h);
  if (!model.series.CHURN) missingTable(b, x, 'customers');
  if (!model.series.NPS) missingTable(b, x, 'surveys');
  breakdownBlocks(b, x, 'CHURN');
  return b.build(2);
}
