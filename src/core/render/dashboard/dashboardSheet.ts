import type { Card, CardPeriod } from '../../dashboard/model';
import { valueOf } from '../../dashboard/kpiComputer';
import { previousPeriod, yearBefore } from '../../dates/period';
import { TABLES } from '../../tables/schema';
import type { SheetPlan } from '../sheetPlan';
import { colon as colonOf, formatKpiValue } from '../../format/formatValue';
import { alertLine } from './alertText';
import { objectiveCombo } from './blocks';
import { HEADER, LayoutContext, MUTED, SECTION, SUBTITLE, TITLE, headerRow, num, text } from './context';
import { explainNote } from './explainNote';
import { dayLabel, kpiFormat, periodLabel, SIGNED_PERCENT } from './formats';
import { CELL_PADDING_PX, textPx } from '../textWidth';
import { SheetBuilder } from './sheetBuilder';
import { sparkline } from './sparkline';
import { statusLook } from './words';

/** Alerts listed on the dashboard; the tabs hold the rest. */
export const MAX_ALERTS = 20;

// Columns of the headline table: the full period (C–H), the period in progress (J–O), the trend (Q).
const C = { kpi: 2, value: 3, objective: 4, gap: 5, status: 6, prev: 7, year: 8, curValue: 10, curProjected: 11, curObjective: 12, curGap: 13, curStatus: 14, curPrev: 15, trend: 17 };
const KPI_COLUMN_PX = 176, LABEL_FONT_PX = 40 / 3; // 10 pt
const WIDTHS: [number, number][] = [[1, 16], [2, KPI_COLUMN_PX], [3, 92], [4, 92], [5, 56], [6, 100], [7, 68], [8, 68], [9, 12], [10, 92], [11, 92], [12, 92], [13, 56], [14, 108], [15, 72], [16, 12], [17, 124]];

/**
 * The Dashboard sheet: the title and periods, one headline row ("card") per chosen KPI with the
 * full period and the one in progress side by side, the alerts worst first, revenue against its
 * objective over 12 months with its chart, and which sheets were read.
 */
export function dashboardSheet(x: LayoutContext): SheetPlan {
  const { model, w, language } = x;
  const fr = language === 'fr';
  const b = new SheetBuilder('dashboard', fr ? 'Tableau de bord' : 'Dashboard', '#1a73e8');
  for (const [col, px] of WIDTHS) b.width(col, px);
  // The KPI column fits the longest headline label (10-point bold) in the language: the value
  // beside it stops a label from running on ("Coût d'acquisition client (CAC)").
  const longest = Math.max(0, ...model.cards.map((c) => textPx(c.kpi.label[language], LABEL_FONT_PX)));
  b.width(C.kpi, Math.max(KPI_COLUMN_PX, Math.ceil(longest + CELL_PADDING_PX)));
  const p = model.periods;
  const grainWord = p.full.kind === 'quarter' ? w.fullQuarter : w.full;

  b.set(1, 2, text(w.title, TITLE));
  b.height(1, 40);
  const colon = colonOf(language);
  b.set(2, 2, text(`${w.workbook}${colon} ${model.workbookName} · ${periodLabel(p.full, language)} (${grainWord}) ${fr ? 'et' : 'and'} ${periodLabel(p.current, language)} (${w.inProgress}, ${w.daysOf(p.elapsedDays, p.totalDays)}) · ${w.asOf} ${dayLabel(p.asOf, language)}`, SUBTITLE));

  // Period bands over the headline table.
  const band = 4;
  b.set(band, C.kpi, text(w.headline, SECTION));
  b.set(band, C.value, text(`${periodLabel(p.full, language)} · ${grainWord}`, { bold: true, color: '#174ea6' }));
  for (let c = C.value; c <= C.year; c++) b.style(band, c, { background: '#e8f0fe' });
  b.set(band, C.curValue, text(`${periodLabel(p.current, language)} · ${w.inProgress} · ${w.daysOf(p.elapsedDays, p.totalDays)}`, { bold: true, color: '#7f6000' }));
  for (let c = C.curValue; c <= C.curPrev; c++) b.style(band, c, { background: '#fef7e0' });
  b.set(band, C.trend, text(w.trend, { bold: true, color: '#5f6368' }));

  const prevLabel = (q: typeof p.full) => `${w.vs} ${periodLabel(previousPeriod(q), language, true)}`;
  const header: [number, string][] = [
    [C.kpi, w.kpi], [C.value, w.value], [C.objective, w.objective], [C.gap, w.gap], [C.status, w.status], [C.prev, prevLabel(p.full)], [C.year, `${w.vs} ${periodLabel(yearBefore(p.full), language, true)}`],
    [C.curValue, w.toDate], [C.curProjected, w.projected], [C.curObjective, w.objective], [C.curGap, w.gap], [C.curStatus, w.status], [C.curPrev, `${prevLabel(p.current)} (${fr ? 'mêmes jours' : 'same days'})`], [C.trend, periodLabel(model.months[model.months.length - 13] ?? p.full, language, true) + ' → ' + periodLabel(model.months[model.months.length - 2] ?? p.full, language, true)],
  ];
  const headerAt = band + 1;
  for (const [col, label] of header) b.set(headerAt, col, { value: label, ...HEADER, align: col === C.kpi ? 'left' : 'right' });
  b.set(headerAt, C.curProjected, {
    value: w.projected, ...HEADER, align: 'right',
    note: fr
      ? 'Comptes et sommes projetés à la fin de la période au rythme des jours écoulés (valeur × jours de la période ÷ jours écoulés) ; les taux et coûts unitaires sont jugés tels quels.'
      : 'Counts and sums projected to the period’s end at the pace so far (value × days in period ÷ days elapsed); rates and unit costs are judged as they stand.',
  });

  let row = headerAt + 1;
  for (const card of model.cards) {
    cardRow(b, row, card, x);
    row++;
  }
  if (model.cards.length === 0) {
    b.set(row, C.kpi, text(fr ? 'Aucun indicateur calculable : ajoutez les tableaux listés plus bas.' : 'No KPI can be computed: add the tables listed below.', MUTED));
    row++;
  }

  // Alerts, worst first.
  row += 1;
  const alerts = model.alerts.slice(0, MAX_ALERTS);
  b.set(row, C.kpi, text(`${w.alerts} (${model.alerts.length})`, SECTION));
  row++;
  if (alerts.length === 0) b.set(row++, C.kpi, text(w.noAlert, MUTED));
  for (const a of alerts) {
    const line = alertLine(a, x.currency, language);
    b.set(row, C.kpi, { value: line.label, bold: true, background: line.background, color: line.color });
    b.set(row, C.value, text(line.text, a.rows ? { note: `${a.rows.sheet}: ${a.rows.rows.join(', ')}${a.rows.count > a.rows.rows.length ? ' …' : ''}` } : {}));
    row++;
  }
  if (model.alerts.length > alerts.length) b.set(row++, C.value, text(fr ? `… et ${model.alerts.length - alerts.length} autres alertes.` : `… and ${model.alerts.length - alerts.length} more alerts.`, MUTED));

  // Revenue over 12 months against its objective, and its chart beside it.
  row += 1;
  const revenue = model.series.REVENUE;
  if (revenue) {
    b.set(row, C.kpi, text(w.revenueChart, SECTION));
    row++;
    const points = revenue.points.filter((pt) => !pt.inProgress).slice(-12);
    const format = kpiFormat(revenue.kpi, x.currency, language);
    const rect = b.table(row, C.kpi, headerRow([w.month, w.revenue, w.objective]), points.map((pt) => [
      text(periodLabel(pt.period, language, true)), num(pt.value, format), num(pt.objective, format, { color: '#5f6368' }),
    ]));
    const height = 320;
    b.chart({
      kind: 'combo', ranges: [rect], title: w.revenueChart, xAxisTitle: w.month, yAxisTitle: `${w.revenue} (${x.currency})`,
      anchor: { row, column: C.gap, offsetX: 10 }, width: 640, height, legend: 'bottom',
      series: objectiveCombo('#1a73e8'),
    });
    b.row = row;
    b.after(row + rect.rows - 1, row, height);
    row = b.row;
  }

  // Which sheet was read as which table, and what is missing.
  b.set(row, C.kpi, text(w.dataSection, SECTION));
  row++;
  // "Why this sheet" heads a column of sentences that run on to the right: a header of the same
  // kind (left, one line), not wrapped into its narrow column.
  const dataHeader = headerRow([w.table, w.sheet, w.rows, w.why], 2);
  dataHeader[3] = { ...dataHeader[3], align: 'left', wrap: false };
  const rect = b.table(row, C.kpi, dataHeader, model.tables.map((t) => [
    text(TABLES[t.kind].label[language]), text(t.sheet), num(t.rows, '#,##0'), text(whyText(t.reason, t.others, language), { color: '#5f6368' }),
  ]));
  row += rect.rows;
  for (const kind of model.missing) {
    const headers = TABLES[kind].fields.filter((f) => TABLES[kind].identifying.includes(f.key) || f.type !== 'text').map((f) => f.label[language]).join(', ');
    b.set(row, C.kpi, text(TABLES[kind].label[language]));
    b.set(row, C.value, text(w.notFound, { color: '#990000' }));
    b.set(row, C.objective, text(w.addSheet(TABLES[kind].label[language], headers), { color: '#5f6368' }));
    row++;
  }
  for (const u of model.unrecognised) {
    b.set(row, C.kpi, text(u.sheet, MUTED));
    const first = u.firstRow.slice(0, 6).join(', ');
    // An empty sheet (a new workbook's Sheet1) has no first row to show.
    const what = u.firstRow.length === 0 ? (fr ? 'vide' : 'empty')
      : fr ? `non reconnu (première ligne : ${first})` : `not recognised (first row: ${first})`;
    b.set(row, C.value, text(what, MUTED));
    row++;
  }
  b.set(row + 1, C.kpi, text(w.checkSummary(model.issues.length), { color: model.issues.length ? '#7f6000' : '#137333' }));
  return b.build(2);
}

function whyText(reason: string, others: string[], language: 'en' | 'fr'): string {
  const fr = language === 'fr';
  const also = others.length ? (fr ? ` ; aussi candidats : ${others.join(', ')}` : `; also looked like it: ${others.join(', ')}`) : '';
  switch (reason) {
    case 'only': return (fr ? 'seul onglet reconnu à ses en-têtes' : 'the only sheet with these headers') + also;
    case 'named': return (fr ? 'nommé comme le tableau' : 'named like the table') + also;
    case 'override': return (fr ? 'choisi dans les réglages' : 'chosen in the settings') + also;
    case 'mostColumns': return (fr ? 'le plus de colonnes reconnues' : 'the most recognised columns') + also;
    case 'mostRows': return (fr ? 'le plus de lignes' : 'the most rows') + also;
    default: return (fr ? 'le premier dans l’ordre des onglets' : 'the first in tab order') + also;
  }
}

function cardRow(b: SheetBuilder, row: number, card: Card, x: LayoutContext): void {
  const { kpi } = card;
  const { language, currency } = x;
  const format = kpiFormat(kpi, currency, language);
  b.set(row, C.kpi, { value: kpi.label[language], bold: true, note: kpi.definition[language] });
  period(b, row, card.full, [C.value, C.objective, C.gap, C.status], x, card);
  b.set(row, C.prev, num(card.full.changePrevious, SIGNED_PERCENT, { color: '#5f6368' }));
  b.set(row, C.year, num(card.full.changeYear, SIGNED_PERCENT, { color: '#5f6368' }));
  period(b, row, card.current, [C.curValue, C.curObjective, C.curGap, C.curStatus], x, card);
  b.set(row, C.curProjected, num(card.current.projection, format, { color: '#5f6368', italic: true }));
  b.set(row, C.curPrev, num(card.current.changePrevious, SIGNED_PERCENT, { color: '#5f6368' }));
  const values = card.trend.map((t) => t.value);
  b.set(row, C.trend, { value: sparkline(values), color: '#1a73e8', size: 12, note: trendNote(card, x) });
}

function period(b: SheetBuilder, row: number, p: CardPeriod, [value, objective, gap, status]: number[], x: LayoutContext, card: Card): void {
  const { language, currency } = x;
  const format = kpiFormat(card.kpi, currency, language);
  const note = explainNote(card.kpi, card.kpi.period === 'none' ? undefined : p.period, p.value, {
    language, currency, sheetOf: x.sheetOf, objective: p.objective,
  });
  const v = valueOf(p.value);
  b.set(row, value, v === undefined ? { value: '—', align: 'right', color: '#999999', note } : { ...num(v, format, { bold: true, size: 11 }), note });
  b.set(row, objective, num(p.objective?.value, format, { color: '#5f6368' }));
  b.set(row, gap, p.gapRatio !== undefined ? num(p.gapRatio, SIGNED_PERCENT) : num(p.gap, format));
  const look = statusLook(p.status, language);
  b.set(row, status, { value: look.label, background: look.background, color: look.color, bold: p.status === 'missed' || p.status === 'at_risk', align: 'center' });
}

function trendNote(card: Card, x: LayoutContext): string {
  const o = { language: x.language, currency: x.currency };
  return card.trend.map((t) => `${periodLabel(t.period, x.language, true)}: ${t.value === undefined ? '—' : formatKpiValue(t.value, card.kpi.unit, o)}`).join('\n');
}
