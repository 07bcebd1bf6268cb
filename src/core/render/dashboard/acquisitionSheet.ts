import { CAPITALISE_ROI, FIX_ROI, STOP_ROI } from '../../dashboard/channelRoi';
import type { SheetPlan } from '../sheetPlan';
import { breakdownBlocks, chartBeside, endBlock, FIRST_COLUMN, footnote, heading, missingTable, monthlyChartRanges, monthlyCountsBlock, monthlyTable, objectiveCombo, tabTitle } from './blocks';
import { HEADER, LayoutContext, headerRow, num, text } from './context';
import { COUNT, currencyFormat, kpiFormat, periodLabel } from './formats';
import { SheetBuilder } from './sheetBuilder';
import { adviceLook } from './words';
import { byId } from '../../kpi/registry';

/**
 * Acquisition: leads, qualification rates and cost per lead month by month; leads by channel;
 * the channels' return over the last full quarter with an advice per channel.
 */
export function acquisitionSheet(x: LayoutContext): SheetPlan {
  const { language, model, currency } = x;
  const fr = language === 'fr';
  const b = new SheetBuilder('acquisition', 'Acquisition', '#34a853');
  tabTitle(b, 'Acquisition', fr ? 'Leads, qualification et coût par lead, mois par mois ; rendement des canaux.' : 'Leads, qualification and cost per lead, month by month; return of each channel.');
  if (!model.series.LEADS) {
    missingTable(b, x, 'leads');
    return b.build(2);
  }

  let row = heading(b, fr ? 'Mois par mois' : 'Month by month');
  const monthly = monthlyTable(b, x, row, [{ kpi: 'LEADS', objective: true }, { kpi: 'MQL_RATE' }, { kpi: 'SQL_RATE' }, { kpi: 'LEAD_CONVERSION' }, { kpi: 'CPL', objective: true }])!;
  let h = chartBeside(b, monthly.rect, {
    kind: 'combo', ranges: monthlyChartRanges(monthly, ['LEADS']), title: fr ? 'Leads par mois vs objectif' : 'Leads by month vs objective', xAxisTitle: x.w.month, yAxisTitle: 'Leads',
    legend: 'bottom', series: objectiveCombo('#34a853'),
  });
  endBlock(b, monthly.rect, h);

  const byChannel = model.leadsByChannel;
  if (byChannel && byChannel.segments.length > 1) {
    monthlyCountsBlock(b, x, {
      heading: fr ? 'Leads par canal' : 'Leads by channel', categories: byChannel.segments.map((s) => s || x.w.blank), values: byChannel.values,
      chartTitle: fr ? 'Leads par canal et par mois' : 'Leads by channel and month', yAxisTitle: 'Leads',
    });
  }

  const ch = model.channels;
  if (ch) {
    row = heading(b, fr ? `Rendement des canaux — ${periodLabel(ch.period, language)}` : `Channel return — ${periodLabel(ch.period, language)}`);
    const money = currencyFormat(currency, language);
    const cpl = kpiFormat(byId('CPL'), currency, language);
    const header = headerRow(fr
      ? ['Canal', 'Dépenses', 'Leads', 'CPL', 'Nouveaux clients', 'CAC', 'CA', 'CA / dépenses', 'Conseil']
      : ['Channel', 'Spend', 'Leads', 'CPL', 'New customers', 'CAC', 'Revenue', 'Revenue / spend', 'Advice']);
    header[8] = { ...header[8], ...HEADER, align: 'center', note: adviceRule(fr) };
    const line = (r: typeof ch.total, total: boolean) => {
      const look = adviceLook(r.advice, language);
      const style = total ? { bold: true } : {};
      return [
        text(total ? 'Total' : r.channel, style), num(r.spend, money, style), num(r.leads, COUNT, style), num(r.cpl, cpl, style), num(r.newCustomers, COUNT, style),
        num(r.cac, money, style), num(r.revenue, money, style), num(r.roi, '0.0"×"', style),
        total ? { value: null } : { value: look.label, background: look.background, color: look.color, bold: r.advice !== 'keep', align: 'center' as const },
      ];
    };
    const rect = b.table(row, FIRST_COLUMN, header, [...ch.rows.map((r) => line(r, false)), line(ch.total, true)]);
    // Leads (bars, left axis) and CPL (line, right axis) per channel: the Channel, Leads and CPL columns.
    const rows = ch.rows.length + 1;
    h = chartBeside(b, rect, {
      kind: 'combo', title: fr ? `Leads et CPL par canal — ${periodLabel(ch.period, language)}` : `Leads and CPL by channel — ${periodLabel(ch.period, language)}`,
      ranges: [{ row, column: FIRST_COLUMN, rows, columns: 1 }, { row, column: FIRST_COLUMN + 2, rows, columns: 2 }],
      xAxisTitle: fr ? 'Canal' : 'Channel', yAxisTitle: 'Leads', legend: 'bottom',
      series: { 0: { type: 'bars', color: '#34a853', targetAxisIndex: 0 }, 1: { type: 'line', color: '#d93025', targetAxisIndex: 1 } },
      vAxes: { 0: { title: 'Leads' }, 1: { title: `CPL (${currency})` } },
    });
    endBlock(b, rect, h, 0);
    // The rule is a long line: it goes under the chart, where nothing covers it.
    footnote(b, b.row, adviceRule(fr));
    b.row += 3;
  } else if (!model.tables.some((t) => t.kind === 'spend')) {
    missingTable(b, x, 'spend');
  }

  breakdownBlocks(b, x, 'LEADS', ['owner']);
  return b.build(2);
}

function adviceRule(fr: boolean): string {
  return fr
    ? `Conseil : Capitaliser si le CA rapporte au moins ${CAPITALISE_ROI}× les dépenses avec un CAC au plus égal à la moyenne ; Arrêter s'il rapporte moins de ${STOP_ROI}× sans client ou avec un CAC au moins double ; Corriger s'il rapporte moins de ${FIX_ROI}× ou avec un CAC au-delà de 1,5× la moyenne ; sinon Maintenir.`
    : `Advice: Capitalise when revenue returns at least ${CAPITALISE_ROI}× the spend with a CAC at or below average; Stop when it returns under ${STOP_ROI}× with no customer or a CAC at least twice the average; Fix when it returns under ${FIX_ROI}× or its CAC exceeds 1.5× the average; otherwise Keep.`;
}
