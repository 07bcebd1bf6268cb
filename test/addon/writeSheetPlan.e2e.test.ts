/**
 * writeSheetPlan on hand-built plans, bundled as build/Code.js is and run on the local runtime,
 * read back only through Google's API (getValues, getNotes, getConditionalFormatRules,
 * getCharts().getOptions()/getRanges()/getContainerInfo()…).
 * Chart builders per type: developers.google.com/apps-script/reference/spreadsheet/embedded-pie-chart-builder
 * (no axis titles, no setStacked), …/embedded-line-chart-builder (no setStacked),
 * …/embedded-combo-chart-builder; series and vAxes are Gviz options set with setOption.
 */
import type { ChartPlan, PlanCell, SheetPlan } from '../../src/core/render/sheetPlan';
import { LocalRuntime } from '../../src/local/runtime/LocalRuntime';
import { WorkbookModel } from '../../src/local/runtime/spreadsheet';
import { sheetDate } from './harness';
import { loadModules, type LoadedModules } from './moduleBundle';

const C = (value: PlanCell['value'], extra: Omit<PlanCell, 'value'> = {}): PlanCell => ({ value, ...extra });
const EUR = '#,##0 "€"';
/** Sheets serial of a calendar day: days since 1899-12-30. */
const serialOf = (y: number, m: number, d: number) => (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;

/** Strings Sheets would turn into a formula, a number, a date, a boolean, or strip of its apostrophe. */
const TRICKY = ['=IMPORTXML("http://x","//a")', '+1', '-2', '@x', '2026-03', '1,5', 'TRUE', "'quoted", '2026-03-01', '12%', '01/03/2026', 'false', '=1+1'];

const header = (v: string, align?: 'right') => C(v, { bold: true, background: '#e8eaf6', ...(align ? { align } : {}) });

const CHARTS: ChartPlan[] = [
  {
    kind: 'combo', ranges: [{ row: 2, column: 1, rows: 3, columns: 3 }], title: 'CA vs objectif', xAxisTitle: 'Mois', yAxisTitle: 'CA (€)',
    anchor: { row: 1, column: 6, offsetX: 10, offsetY: 5 }, width: 480, height: 300, legend: 'bottom', colors: ['#3949ab', '#999999'],
    series: { 0: { type: 'bars', color: '#3949ab' }, 1: { type: 'line', targetAxisIndex: 1, lineDashStyle: [6, 4], color: '#999999' } },
    vAxes: { 0: { title: '€' }, 1: { title: 'Objectif', format: '#,##0' } },
  },
  { kind: 'pie', ranges: [{ row: 2, column: 1, rows: 3, columns: 2 }], title: 'Part', xAxisTitle: 'not on a pie', yAxisTitle: 'not on a pie', stacked: true, legend: 'right', anchor: { row: 18, column: 6 }, width: 300, height: 300 },
  { kind: 'line', ranges: [{ row: 2, column: 1, rows: 3, columns: 1 }, { row: 2, column: 3, rows: 3, columns: 1 }], title: 'Objectif', stacked: true, legend: 'none', anchor: { row: 34, column: 6 }, width: 400, height: 250 },
  { kind: 'column', ranges: [{ row: 2, column: 1, rows: 3, columns: 3 }], title: 'Empilé', stacked: true, anchor: { row: 50, column: 6 }, width: 400, height: 250 },
];

const PLAN: SheetPlan = {
  key: 'sales',
  name: 'Ventes',
  tabColor: '#3949ab',
  cells: [
    [C('Ventes', { bold: true, size: 16, color: '#1a237e' }), C(null), C(null), C(null)],
    [header('Mois'), header('CA', 'right'), header('Objectif', 'right'), header('Statut')],
    [C('2026-01'), C(12000, { format: EUR, note: 'Revenue: won deals closed in the month.\nRows 2, 5, 9' }), C(15000, { format: EUR }), C('Missed', { color: '#c5221f', italic: true })],
    [C('2026-02'), C(16500.5, { format: EUR }), C(15000, { format: EUR }), C('Met')],
    [C('2026-03'), C(0.125, { format: '0.0%' }), C(null), C('À risque — projection sous l’objectif', { wrap: true })],
    [C(serialOf(2026, 3, 1), { format: 'dd/mm/yyyy' }), C(true), C(Number.NaN), C('')],
    ...TRICKY.map((s) => [C(s), C(s, { format: '@' }), C(null), C(null)]),
  ],
  columnWidths: [160, 100, 100, 90, 90, 90],
  rowHeights: [{ row: 3, height: 28 }, { row: 1, height: 40 }, { row: 2, height: 28 }],
  frozenRows: 2,
  charts: CHARTS,
  conditionalRules: [
    { range: { row: 3, column: 2, rows: 4, columns: 1 }, formula: '=AND($C3<>"",$B3<$C3)', background: '#fce8e6', color: '#c5221f', bold: true },
    { range: { row: 3, column: 4, rows: 4, columns: 1 }, textEquals: 'Missed', background: '#fce8e6' },
  ],
};

function setup(locale: string): Promise<{ rt: LocalRuntime } & LoadedModules> {
  const rt = new LocalRuntime({ timeZone: 'Europe/Paris', locale }, new WorkbookModel({ timeZone: 'Europe/Paris', locale }));
  return loadModules(rt).then((m) => ({ rt, ...m }));
}

function write(rt: LocalRuntime, modules: LoadedModules['modules'], plan: SheetPlan, name = plan.name): GoogleAppsScript.Spreadsheet.Sheet {
  const sheet = rt.globals().SpreadsheetApp.getActive().insertSheet(name);
  rt.calls.reset();
  rt.execute('FULL', () => modules.writeSheetPlan(sheet, plan));
  return sheet;
}

describe('writeSheetPlan: a plan with every kind of content (fr_FR)', () => {
  let rt: LocalRuntime;
  let sheet: GoogleAppsScript.Spreadsheet.Sheet;
  let calls: Record<string, number>;
  beforeAll(async () => {
    const s = await setup('fr_FR');
    rt = s.rt;
    sheet = write(rt, s.modules, PLAN);
    calls = rt.calls.snapshot();
  });

  it('makes each block call once over the whole rectangle, never a cell-by-cell call', () => {
    for (const m of ['setNumberFormats', 'setValues', 'setBackgrounds', 'setFontColors', 'setFontWeights', 'setFontStyles', 'setFontSizes', 'setHorizontalAlignments', 'setWraps', 'setNotes']) {
      expect([m, calls[`SpreadsheetApp.Range.${m}`]]).toEqual([m, 1]);
    }
    for (const m of ['setValue', 'setNumberFormat', 'setBackground', 'setFontColor', 'setFontWeight', 'setNote', 'setFormula']) expect(calls[`SpreadsheetApp.Range.${m}`]).toBeUndefined();
    // Widths [160, 100, 100, 90, 90, 90]: three runs. Heights rows 1 (40) and 2–3 (28): two runs.
    expect(calls['SpreadsheetApp.Sheet.setColumnWidths']).toBe(3);
    expect(calls['SpreadsheetApp.Sheet.setRowHeights']).toBe(2);
    expect(calls['SpreadsheetApp.Sheet.setFrozenRows']).toBe(1);
    expect(calls['SpreadsheetApp.Sheet.setTabColor']).toBe(1);
    expect(calls['SpreadsheetApp.Sheet.setConditionalFormatRules']).toBe(1);
    expect(calls['SpreadsheetApp.Sheet.insertChart']).toBe(4);
    // 19 rows and anchors up to row 50, column 6 fit in a new sheet's 1,000 × 26.
    expect(calls['SpreadsheetApp.Sheet.insertRowsAfter']).toBeUndefined();
    expect(calls['SpreadsheetApp.Sheet.insertColumnsAfter']).toBeUndefined();
  });

  it('stores values as given: numbers, booleans, a date serial under its format, NaN and "" as empty', () => {
    const v = sheet.getRange('A1:D6').getValues();
    expect(v.slice(0, 5)).toEqual([
      ['Ventes', '', '', ''],
      ['Mois', 'CA', 'Objectif', 'Statut'],
      ['2026-01', 12000, 15000, 'Missed'],
      ['2026-02', 16500.5, 15000, 'Met'],
      ['2026-03', 0.125, '', 'À risque — projection sous l’objectif'],
    ]);
    // A date cell comes back as the instant of its midnight in the spreadsheet's zone.
    expect((v[5][0] as Date).getTime()).toBe(sheetDate('Europe/Paris', 2026, 3, 1).getTime());
    expect(v[5].slice(1)).toEqual([true, '', '']);
    expect(sheet.getRange('A6').getDisplayValue()).toBe('01/03/2026');
    const f = sheet.getRange('A3:C6').getNumberFormats();
    expect([f[0][1], f[0][2], f[2][1], f[3][0]]).toEqual([EUR, EUR, '0.0%', 'dd/mm/yyyy']);
  });

  it('applies fonts, colours, alignment, wrap and notes where the plan puts them', () => {
    expect(sheet.getRange('A1').getFontSize()).toBe(16);
    expect(sheet.getRange('A1').getFontColor()).toBe('#1a237e');
    expect(sheet.getRange('A1:D2').getFontWeights()).toEqual([['bold', 'normal', 'normal', 'normal'], ['bold', 'bold', 'bold', 'bold']]);
    expect(sheet.getRange('A2:D2').getBackgrounds()).toEqual([['#e8eaf6', '#e8eaf6', '#e8eaf6', '#e8eaf6']]);
    expect(sheet.getRange('A3').getBackground()).toBe('#ffffff');
    expect(sheet.getRange('B2:C2').getHorizontalAlignments()).toEqual([['right', 'right']]);
    expect(sheet.getRange('D3').getFontStyle()).toBe('italic');
    expect(sheet.getRange('D3').getFontColor()).toBe('#c5221f');
    expect(sheet.getRange('B3').getFontSize()).toBe(10);
    expect(sheet.getRange('D5').getWrap()).toBe(true);
    expect(sheet.getRange('D4').getWrap()).toBe(false);
    expect(sheet.getRange('B3:B4').getNotes()).toEqual([['Revenue: won deals closed in the month.\nRows 2, 5, 9'], ['']]);
  });

  it('sets column widths, row heights, frozen rows and the tab colour', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((c) => sheet.getColumnWidth(c))).toEqual([160, 100, 100, 90, 90, 90, 100]);
    expect([1, 2, 3, 4].map((r) => sheet.getRowHeight(r))).toEqual([40, 28, 28, 21]);
    expect(sheet.getFrozenRows()).toBe(2);
    expect(sheet.getTabColor()).toBe('#3949ab');
  });

  it('sets both conditional rules (custom formula; text equal to) with their formats and ranges', () => {
    const rules = sheet.getConditionalFormatRules();
    expect(rules.length).toBe(2);
    const [missed, text] = rules.map((r) => ({ c: r.getBooleanCondition()!, ranges: r.getRanges().map((g) => g.getA1Notation()) }));
    expect([String(missed.c.getCriteriaType()), missed.c.getCriteriaValues(), missed.c.getBackground(), missed.c.getFontColor(), missed.c.getBold(), missed.ranges])
      .toEqual(['CUSTOM_FORMULA', ['=AND($C3<>"",$B3<$C3)'], '#fce8e6', '#c5221f', true, ['B3:B6']]);
    expect([String(text.c.getCriteriaType()), text.c.getCriteriaValues(), text.c.getBackground(), text.c.getFontColor(), text.ranges])
      .toEqual(['TEXT_EQUAL_TO', ['Missed'], '#fce8e6', null, ['D3:D6']]);
  });

  describe('charts', () => {
    const chartsOf = () => sheet.getCharts();
    // The legend's position as setLegendPosition leaves it: under 'legend.position' or inside 'legend'.
    const legendOf = (o: GoogleAppsScript.Charts.ChartOptions) => o.get('legend.position') ?? (o.get('legend') as { position?: string } | null)?.position ?? null;

    it('inserts one chart per plan, typed, with its ranges, one header row, position and size', () => {
      const charts = chartsOf();
      expect(charts.map((c) => String(c.modify().getChartType()))).toEqual(['COMBO', 'PIE', 'LINE', 'COLUMN']);
      expect(charts.map((c) => c.getRanges().map((r) => r.getA1Notation()))).toEqual([['A2:C4'], ['A2:B4'], ['A2:A4', 'C2:C4'], ['A2:C4']]);
      expect(charts.map((c) => c.getNumHeaders())).toEqual([1, 1, 1, 1]);
      const at = charts.map((c) => { const i = c.getContainerInfo(); return [i.getAnchorRow(), i.getAnchorColumn(), i.getOffsetX(), i.getOffsetY()]; });
      expect(at).toEqual([[1, 6, 10, 5], [18, 6, 0, 0], [34, 6, 0, 0], [50, 6, 0, 0]]);
      expect(charts.map((c) => [c.getOptions().get('width'), c.getOptions().get('height')])).toEqual([[480, 300], [300, 300], [400, 250], [400, 250]]);
    });

    it('the combo chart: title, axis titles, legend, colours, series types, second axis', () => {
      const o = chartsOf()[0].getOptions();
      expect([o.get('title'), o.get('hAxis.title'), o.get('vAxis.title'), legendOf(o), o.get('colors')]).toEqual(['CA vs objectif', 'Mois', 'CA (€)', 'bottom', ['#3949ab', '#999999']]);
      expect(o.get('series')).toEqual({ 0: { type: 'bars', color: '#3949ab' }, 1: { type: 'line', targetAxisIndex: 1, lineDashStyle: [6, 4], color: '#999999' } });
      expect(o.get('vAxes')).toEqual({ 0: { title: '€' }, 1: { title: 'Objectif', format: '#,##0' } });
    });

    it('the pie gets no axis title and is not stacked: its builder has neither', () => {
      const o = chartsOf()[1].getOptions();
      expect([o.get('title'), o.get('hAxis.title'), o.get('vAxis.title'), o.get('isStacked'), legendOf(o)]).toEqual(['Part', null, null, null, 'right']);
      expect(Object.keys(calls).filter((m) => /PieChartBuilder\.(set[XY]AxisTitle|setStacked)/.test(m))).toEqual([]);
    });

    it('the line chart is not stacked (no setStacked on a line builder); the column chart is', () => {
      expect(chartsOf()[2].getOptions().get('isStacked')).toBeNull();
      expect(legendOf(chartsOf()[2].getOptions())).toBe('none');
      expect(calls['SpreadsheetApp.EmbeddedLineChartBuilder.setStacked']).toBeUndefined();
      expect(chartsOf()[3].getOptions().get('isStacked')).toBe(true);
    });
  });
});

describe.each(['fr_FR', 'en_US'])('text safety in %s: every string is shown exactly as given, never a formula, number, date or boolean', (locale) => {
  it('writes each tricky string as text, with and without a plain-text (@) format', async () => {
    const { rt, modules } = await setup(locale);
    const sheet = write(rt, modules, PLAN);
    const rows = TRICKY.length;
    const block = sheet.getRange(7, 1, rows, 2);
    expect(block.getValues()).toEqual(TRICKY.map((s) => [s, s]));
    expect(block.getDisplayValues()).toEqual(TRICKY.map((s) => [s, s]));
    expect(block.getFormulas()).toEqual(TRICKY.map(() => ['', '']));
    expect(rt.workbook.formulaCells()).toEqual([]);
  });
});

describe('writeSheetPlan: calls do not grow with rows; the sheet grows when the plan needs it', () => {
  const tablePlan = (rows: number, columns = 4): SheetPlan => ({
    key: 'acquisition', name: `Table ${rows}`, frozenRows: 1, columnWidths: [140, 90, 90, 90], conditionalRules: [], charts: [],
    cells: [
      Array.from({ length: columns }, (_, c) => C(`H${c + 1}`, { bold: true })),
      ...Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => (c === 0 ? C(`Row ${r + 1}`, { note: `row ${r + 1}` }) : C(r * c, { format: '#,##0' })))),
    ],
  });

  it('50 rows and 900 rows take the same calls', async () => {
    const { rt, modules } = await setup('en_US');
    write(rt, modules, tablePlan(50));
    const small = rt.calls.snapshot();
    write(rt, modules, tablePlan(900));
    expect(rt.calls.snapshot()).toEqual(small);
    expect(rt.calls.total()).toBeGreaterThan(0);
  });

  it('1,500 rows × 30 columns: grows the sheet once each way, then writes in the same blocks', async () => {
    const { rt, modules } = await setup('en_US');
    const sheet = write(rt, modules, tablePlan(1499, 30));
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1500, 30]);
    expect([rt.calls.get('SpreadsheetApp.Sheet.insertRowsAfter'), rt.calls.get('SpreadsheetApp.Sheet.insertColumnsAfter'), rt.calls.get('SpreadsheetApp.Range.setValues')]).toEqual([1, 1, 1]);
    expect(sheet.getRange(1500, 30).getValue()).toBe(1498 * 29);
  });

  it('refuses a plan whose rows differ in length, naming the row', async () => {
    const { rt, modules } = await setup('en_US');
    const bad: SheetPlan = { ...tablePlan(1), name: 'Bad', cells: [[C('a'), C('b')], [C('c')]] };
    expect(() => write(rt, modules, bad)).toThrow('Sheet plan "Bad": row 2 has 1 cell(s), row 1 has 2.');
  });
});
