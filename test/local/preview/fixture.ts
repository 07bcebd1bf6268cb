import { LocalRuntime } from '../../../src/local/runtime/LocalRuntime';
import { WorkbookModel } from '../../../src/local/runtime/spreadsheet';

/** A runtime over an empty workbook in `locale`, and the SpreadsheetApp and Charts the add-on would get. */
export function runtimeWith(locale: 'fr_FR' | 'en_US', timeZone = 'Europe/Paris') {
  const model = WorkbookModel.empty({ locale, timeZone, name: locale === 'fr_FR' ? 'Pilote — démo' : 'Pilote demo' });
  const rt = new LocalRuntime({ locale, timeZone, now: () => Date.UTC(2026, 10, 25) }, model);
  const { SpreadsheetApp, Charts } = rt.globals();
  return { rt, model, app: SpreadsheetApp, Charts, ss: SpreadsheetApp.getActive() };
}

/** A month as the add-on writes it: midnight UTC wall clock is fine, the format shows the month. */
export const month = (y: number, m: number) => new Date(Date.UTC(y, m - 1, 1, 12));

/**
 * A dashboard sheet built as the add-on will: a title, a frozen header row, a monthly table with
 * currency, signed percent and month formats, a status column, notes, conditional formats, a
 * combo chart (revenue columns, dashed objective line) beside the table, a pie below it.
 */
export function buildDashboard(locale: 'fr_FR' | 'en_US' = 'fr_FR') {
  const env = runtimeWith(locale);
  const { app, Charts, ss } = env;
  const fr = locale === 'fr_FR';
  const sheet = ss.getSheets()[0].setName(fr ? 'Tableau de bord' : 'Dashboard');
  sheet.setTabColor('#34a853');
  sheet.getRange('A1').setValue(fr ? 'Chiffre d’affaires mensuel' : 'Monthly revenue').setFontSize(14).setFontWeight('bold');
  sheet.getRange('A2').setValue(fr ? 'Au 25/11/2026 · objectifs mensuels' : 'As of 11/25/2026 · monthly objectives').setFontColor('#5f6368');
  const header = fr ? ['Mois', 'Objectif', 'CA', 'Écart', 'Statut'] : ['Month', 'Objective', 'Revenue', 'Gap', 'Status'];
  const objectives = [20000, 20000, 22000, 22000, 24000, 24000];
  const revenue = [21500, 18200, 23800, 21100, 26400, 19900];
  const rows = objectives.map((o, i) => [month(2026, 5 + i), o, revenue[i], revenue[i] / o - 1, revenue[i] >= o ? (fr ? 'Atteint' : 'Met') : (fr ? 'Manqué' : 'Missed')]);
  sheet.getRange(3, 1, 1, 5).setValues([header]).setFontWeight('bold').setBackground('#f1f3f4');
  sheet.getRange(4, 1, rows.length, 5).setValues(rows);
  sheet.getRange(4, 1, rows.length, 5).setNumberFormats(rows.map(() => ['mmm yyyy', fr ? '#,##0 "€"' : '"$"#,##0', fr ? '#,##0 "€"' : '"$"#,##0', '+0.0%;-0.0%', '@']));
  sheet.getRange('C3').setNote(fr ? 'CA : somme des montants des affaires gagnées du mois.' : 'Revenue: sum of the amounts of deals won in the month.');
  sheet.setFrozenRows(3);
  sheet.setColumnWidth(1, 90);
  sheet.setColumnWidths(2, 4, 90);
  sheet.setColumnWidth(6, 24);
  const missed = app.newConditionalFormatRule().whenFormulaSatisfied('=$C4<$B4').setBackground('#f4cccc').setFontColor('#a50e0e')
    .setRanges([sheet.getRange('A4:E9')]).build();
  sheet.setConditionalFormatRules([missed]);
  const chart = sheet.newChart()
    .addRange(sheet.getRange('A3:A9')).addRange(sheet.getRange('C3:C9')).addRange(sheet.getRange('B3:B9'))
    .setOption('series', { 0: { type: 'bars' }, 1: { type: 'line', lineDashStyle: [4, 4], color: '#5f6368' } })
    .setOption('width', 520).setOption('height', 300)
    .setPosition(3, 7, 10, 0)
    .asComboChart()
    .setTitle(fr ? 'CA mensuel et objectif' : 'Monthly revenue and objective')
    .setXAxisTitle(fr ? 'Mois' : 'Month').setYAxisTitle(fr ? 'CA (€)' : 'Revenue ($)')
    .setLegendPosition(Charts.Position.BOTTOM)
    .build();
  sheet.insertChart(chart);
  return { ...env, sheet, rows };
}

/**
 * A second sheet with every chart type the dashboard may use, a wrapped note column, text
 * running over empty cells, borders and a colour scale, to look at in a screenshot.
 */
export function addShowcase(env: ReturnType<typeof runtimeWith>) {
  const { app, Charts, ss } = env;
  const sheet = ss.insertSheet('Acquisition');
  sheet.setTabColor('#4285f4');
  sheet.getRange('A1').setValue('Leads and cost per lead by channel, last full quarter (text running over the empty cells on its right)').setFontWeight('bold');
  const data = [
    ['Channel', 'Leads', 'Spend', 'CPL', 'Win rate', 'Advice'],
    ['Google Ads', 420, 12600, 30, 0.18, 'Capitalise: lowest CAC of the quarter, budget can grow by 20 %'],
    ['LinkedIn', 150, 9000, 60, 0.09, 'Fix: CPL twice the average'],
    ['Events', 60, 7200, 120, 0.25, 'Capitalise'],
    ['Referral', 95, 0, 0, 0.31, 'Capitalise'],
    ['Cold email', 210, 2100, 10, 0.03, 'Stop: 3 % win rate'],
  ];
  sheet.getRange(3, 1, data.length, data[0].length).setValues(data);
  sheet.getRange(3, 1, 1, data[0].length).setFontWeight('bold').setBackground('#e8f0fe').setBorder(true, true, true, true, null, null, '#1a73e8', app.BorderStyle.SOLID_MEDIUM);
  sheet.getRange(4, 2, 5, 1).setNumberFormat('#,##0');
  sheet.getRange(4, 3, 5, 2).setNumberFormat('#,##0 "€"');
  sheet.getRange(4, 5, 5, 1).setNumberFormat('0.0%');
  sheet.getRange(4, 6, 5, 1).setWrap(true);
  sheet.setColumnWidth(6, 220);
  sheet.getRange(3, 1, data.length, data[0].length).setBorder(null, null, true, null, null, true, '#dadce0', app.BorderStyle.SOLID);
  sheet.getRange('E3').setNote('Won deals / closed deals from the channel\'s leads.');
  sheet.setConditionalFormatRules([
    app.newConditionalFormatRule().setGradientMinpoint('#ffffff').setGradientMaxpoint('#57bb8a').setRanges([sheet.getRange('E4:E8')]).build(),
    app.newConditionalFormatRule().whenTextContains('stop').setFontColor('#d93025').setBold(true).setRanges([sheet.getRange('F4:F8')]).build(),
  ]);
  const leads = sheet.newChart().addRange(sheet.getRange('A3:B8')).addRange(sheet.getRange('D3:D8'))
    .setOption('series', { 1: { targetAxisIndex: 1, type: 'line' } }).setOption('vAxes', { 0: { title: 'Leads' }, 1: { title: 'CPL (€)' } })
    .setPosition(11, 1, 0, 0).asColumnChart().setTitle('Leads and CPL by channel').setXAxisTitle('Channel').build();
  sheet.insertChart(leads);
  const pie = sheet.newChart().addRange(sheet.getRange('A3:A8')).addRange(sheet.getRange('C3:C8')).setOption('pieHole', 0.4)
    .setPosition(11, 7, 30, 0).asPieChart().setTitle('Spend by channel').build();
  sheet.insertChart(pie);
  const bar = sheet.newChart().addRange(sheet.getRange('A3:A8')).addRange(sheet.getRange('E3:E8')).setOption('width', 520).setOption('height', 260)
    .setPosition(30, 1, 0, 0).asBarChart().setTitle('Win rate by channel').setXAxisTitle('Win rate').setLegendPosition(Charts.Position.NONE).build();
  sheet.insertChart(bar);
  const stacked = sheet.newChart().addRange(sheet.getRange('A3:C8')).setOption('width', 520).setOption('height', 260)
    .setPosition(30, 7, 30, 0).asAreaChart().setTitle('Leads and spend (stacked area)').setStacked().build();
  sheet.insertChart(stacked);
  return sheet;
}
