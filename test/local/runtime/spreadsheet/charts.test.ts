/**
 * Embedded chart builders are per type. Member lists are those of Google's reference pages:
 * developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder (base: no
 * setTitle, no axes, no legend), …/embedded-pie-chart-builder (set3D; no axis titles, no
 * setStacked), …/embedded-line-chart-builder (setCurveStyle), …/embedded-bar-chart-builder
 * (reverseDirection), …/embedded-column-chart-builder, …/embedded-area-chart-builder,
 * …/embedded-combo-chart-builder. Options read back through
 * developers.google.com/apps-script/reference/charts/chart-options#get(String).
 */
import { LocalRuntime } from '../../../../src/local/runtime/LocalRuntime';
import { WorkbookModel, chartOption } from '../../../../src/local/runtime/spreadsheet';
import { loadBundle } from '../services/fixture';
import { appWith, thrown } from './setup';

type Loose = Record<string, unknown>;

function setup() {
  const { app, Charts, model, ctx } = appWith({ Dash: [['Month', 'Won', 'Lost'], ['Jan', 3, 1], ['Feb', 5, 2]] });
  const sheet = app.getActiveSheet();
  return { app, Charts, model, ctx, sheet, range: sheet.getRange('A1:C3') };
}

/** Whether the builder the add-on holds has `member` (what `typeof builder.member` tells in Apps Script). */
function has(builder: object, member: string): boolean {
  return typeof (builder as Loose)[member] === 'function';
}

describe('each builder class has exactly its reference page\'s members', () => {
  it('the base builder (sheet.newChart()) has no typed setters', () => {
    const { sheet } = setup();
    const base = sheet.newChart();
    for (const m of ['addRange', 'setOption', 'setPosition', 'asPieChart', 'build', 'setChartType']) expect([m, has(base, m)]).toEqual([m, true]);
    for (const m of ['setTitle', 'setXAxisTitle', 'setYAxisTitle', 'setLegendPosition', 'setStacked', 'set3D', 'setColors', 'setCurveStyle', 'setRange']) expect([m, has(base, m)]).toEqual([m, false]);
    expect('setTitle' in base).toBe(false);
  });

  it('pie: set3D, title, legend, colors; no axis titles, no setStacked, no setRange', () => {
    const { sheet } = setup();
    const pie = sheet.newChart().asPieChart();
    for (const m of ['set3D', 'setTitle', 'setLegendPosition', 'setColors', 'setBackgroundColor', 'reverseCategories']) expect([m, has(pie, m)]).toEqual([m, true]);
    for (const m of ['setXAxisTitle', 'setYAxisTitle', 'setStacked', 'setRange', 'useLogScale', 'setCurveStyle']) expect([m, has(pie, m)]).toEqual([m, false]);
  });

  it('column, bar, area, combo stack; only line curves; only bar reverses direction; only pie is 3D', () => {
    const { sheet } = setup();
    const b = {
      column: sheet.newChart().asColumnChart(), bar: sheet.newChart().asBarChart(), line: sheet.newChart().asLineChart(),
      area: sheet.newChart().asAreaChart(), combo: sheet.newChart().asComboChart(),
    };
    expect(Object.entries(b).map(([k, x]) => [k, has(x, 'setStacked'), has(x, 'setCurveStyle'), has(x, 'reverseDirection'), has(x, 'set3D'), has(x, 'setXAxisTitle')])).toEqual([
      ['column', true, false, false, false, true],
      ['bar', true, false, true, false, true],
      ['line', false, true, false, false, true],
      ['area', true, false, false, false, true],
      ['combo', true, false, false, false, true],
    ]);
  });

  it('a typed builder stays typed through the base methods it chains (addRange, setPosition, setOption), as JS in Apps Script may chain', () => {
    const { sheet, range, Charts } = setup();
    // @types declares addRange & co. as returning EmbeddedChartBuilder; the object returned is the receiver.
    const pie = sheet.newChart().asPieChart().addRange(range).setPosition(5, 1, 0, 0).setOption('pieHole', 0.4) as unknown as GoogleAppsScript.Spreadsheet.EmbeddedPieChartBuilder;
    const chart = pie.set3D().setTitle('Won by month').setLegendPosition(Charts.Position.RIGHT).build();
    expect([chart.getOptions().get('is3D'), chart.getOptions().get('title'), chart.getOptions().get('legend.position'), chart.getOptions().get('pieHole')]).toEqual([true, 'Won by month', 'right', 0.4]);
  });

  it('a member Google has but the runtime lacks says so', () => {
    const { sheet } = setup();
    expect(thrown(() => (sheet.newChart().asPieChart() as unknown as { setTitleTextStyle: (s: unknown) => void }).setTitleTextStyle({})))
      .toBe('SpreadsheetApp.EmbeddedPieChartBuilder.setTitleTextStyle is not implemented by the local runtime');
  });

  it('in the add-on (V8), calling a member the class lacks is a TypeError naming the expression', () => {
    const model = WorkbookModel.fromGrids({ Dash: [['Month', 'Won'], ['Jan', 3]] });
    const rt = new LocalRuntime({ now: () => 0 }, model);
    const addon = loadBundle(`
      function baseTitle() { var builder = SpreadsheetApp.getActiveSheet().newChart(); try { builder.setTitle('x'); } catch (e) { return [e instanceof TypeError, e.message]; } }
      function pieAxis() { var pie = SpreadsheetApp.getActiveSheet().newChart().asPieChart(); try { pie.setXAxisTitle('x'); } catch (e) { return [e instanceof TypeError, e.message]; } }
      function columnSet3D() { try { SpreadsheetApp.getActiveSheet().newChart().asColumnChart().set3D(); } catch (e) { return [e instanceof TypeError, e.message]; } }
      function legendIsAnObject() {
        var sheet = SpreadsheetApp.getActiveSheet();
        sheet.insertChart(sheet.newChart().asLineChart().addRange(sheet.getRange('A1:B2')).setOption('legend', { position: 'bottom' }).build());
        var legend = sheet.getCharts()[0].getOptions().get('legend');
        return [legend instanceof Object, legend.position];
      }`, rt);
    expect(addon.call('baseTitle')).toEqual([true, 'builder.setTitle is not a function']);
    expect(addon.call('pieAxis')).toEqual([true, 'pie.setXAxisTitle is not a function']);
    expect(addon.call('columnSet3D')).toEqual([true, 'SpreadsheetApp.getActiveSheet(...).newChart(...).asColumnChart(...).set3D is not a function']);
    expect(addon.call('legendIsAnObject')).toEqual([true, 'bottom']);
  });
});

describe('typed setters and setOption write the same option tree', () => {
  it('legend, title, axis titles, colors, stacking, size read back alike by path and by branch', () => {
    const { sheet, range, Charts } = setup();
    const viaOptions = sheet.newChart().asColumnChart().addRange(range)
      .setOption('legend', { position: 'bottom' }).setOption('title', 'Deals').setOption('hAxis', { title: 'Month' })
      .setOption('vAxis.title', 'Count').setOption('colors', ['#1a73e8', '#ea4335']).setOption('isStacked', true)
      .setOption('width', 600).setOption('height', 371).build();
    const viaSetters = sheet.newChart().asColumnChart()
      .setLegendPosition(Charts.Position.BOTTOM).setTitle('Deals').setXAxisTitle('Month').setYAxisTitle('Count')
      .setColors(['#1a73e8', '#ea4335']).setStacked().addRange(range).setOption('width', 600).setOption('height', 371).build();
    const paths = ['legend.position', 'legend', 'title', 'hAxis.title', 'hAxis', 'vAxis.title', 'colors', 'isStacked', 'width', 'height'];
    const read = (c: GoogleAppsScript.Spreadsheet.EmbeddedChart) => paths.map((p) => [p, c.getOptions().get(p)]);
    expect(read(viaSetters)).toEqual(read(viaOptions));
    expect(read(viaSetters)).toEqual([
      ['legend.position', 'bottom'], ['legend', { position: 'bottom' }], ['title', 'Deals'], ['hAxis.title', 'Month'], ['hAxis', { title: 'Month' }],
      ['vAxis.title', 'Count'], ['colors', ['#1a73e8', '#ea4335']], ['isStacked', true], ['width', 600], ['height', 371],
    ]);
    expect(viaSetters.getOptions().get('vAxis.viewWindow.min')).toBeNull();
  });

  it('series set as a branch and as dotted paths merge per series; a branch set again replaces the branch', () => {
    const { sheet, range, Charts } = setup();
    const combo = sheet.newChart().asComboChart();
    combo.addRange(range).setOption('series', { 0: { color: '#1a73e8' } }).setOption('series.1.type', 'line').setOption('series.0.targetAxisIndex', 1)
      .setOption('legend', { position: 'top', textStyle: { fontSize: 12 } });
    const chart = combo.setLegendPosition(Charts.Position.NONE).build();
    const o = chart.getOptions();
    expect(o.get('series')).toEqual({ 0: { color: '#1a73e8', targetAxisIndex: 1 }, 1: { type: 'line' } });
    expect([o.get('series.0.color'), o.get('series.1.type')]).toEqual(['#1a73e8', 'line']);
    // setLegendPosition changes the position only; the text style set with the branch stays.
    expect(o.get('legend')).toEqual({ position: 'none', textStyle: { fontSize: 12 } });
    const replaced = chart.modify().setOption('legend', { position: 'left' }).build();
    expect([replaced.getOptions().get('legend.position'), replaced.getOptions().get('legend.textStyle.fontSize')]).toEqual(['left', null]);
  });

  it('the range axis is vertical, except on a bar chart where it is horizontal', () => {
    const { sheet, range } = setup();
    const column = sheet.newChart().asColumnChart().setRange(0, 10).useLogScale().addRange(range).build().getOptions();
    const bar = sheet.newChart().asBarChart().setRange(0, 10).useLogScale().reverseDirection().addRange(range).build().getOptions();
    expect([column.get('vAxis.viewWindow'), column.get('vAxis.logScale'), column.get('hAxis.viewWindow')]).toEqual([{ min: 0, max: 10 }, true, null]);
    expect([bar.get('hAxis.viewWindow'), bar.get('hAxis.logScale'), bar.get('hAxis.direction'), bar.get('vAxis.viewWindow')]).toEqual([{ min: 0, max: 10 }, true, -1, null]);
  });

  it('curve style and 3D: SMOOTH is Gviz curveType "function"; the host reads the tree with chartOption', () => {
    const { sheet, range, Charts, model } = setup();
    sheet.insertChart(sheet.newChart().asLineChart().setCurveStyle(Charts.CurveStyle.SMOOTH).addRange(range).build());
    sheet.insertChart(sheet.newChart().asPieChart().set3D().addRange(range).build());
    const [line, pie] = sheet.getCharts();
    expect([line.getOptions().get('curveType'), pie.getOptions().get('is3D')]).toEqual(['function', true]);
    expect(model.sheet('Dash').charts.map((c) => [c.chartType, chartOption(c, 'curveType') ?? null, chartOption(c, 'is3D') ?? null])).toEqual([['LINE', 'function', null], ['PIE', null, true]]);
  });

  it('enum arguments are checked: a string for a Position does not match the signature', () => {
    const { sheet } = setup();
    expect(thrown(() => sheet.newChart().asLineChart().setLegendPosition('BOTTOM' as unknown as GoogleAppsScript.Charts.Position)))
      .toBe("The parameters (String) don't match the method signature for SpreadsheetApp.EmbeddedLineChartBuilder.setLegendPosition.");
  });

  it('options read back unchanged after insertChart, getCharts and modify; options are a snapshot', () => {
    const { sheet, range, model } = setup();
    sheet.insertChart(sheet.newChart().asAreaChart().setTitle('Area').setStacked().addRange(range).build());
    const options = sheet.getCharts()[0].getOptions();
    sheet.updateChart(sheet.getCharts()[0].modify().asAreaChart().setTitle('Renamed').build());
    expect(options.get('title')).toBe('Area');
    expect(sheet.getCharts()[0].getOptions().get('title')).toBe('Renamed');
    const data = model.sheet('Dash').charts[0];
    expect([chartOption(data, 'title'), chartOption(data, 'isStacked'), chartOption(data, 'legend')]).toEqual(['Renamed', true, undefined]);
  });
});

describe('chart position (developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder#setPosition(Integer,Integer,Integer,Integer))', () => {
  it('the anchor cell must be on the sheet: row 0 / column 0 at once, past the sheet at insertChart', () => {
    const { sheet, range } = setup();
    expect(thrown(() => sheet.newChart().setPosition(0, 1, 0, 0))).toBe('Those rows are out of bounds.');
    expect(thrown(() => sheet.newChart().setPosition(1, 0, 0, 0))).toBe('Those columns are out of bounds.');
    expect(thrown(() => sheet.insertChart(sheet.newChart().asColumnChart().addRange(range).setPosition(1001, 1, 0, 0).build()))).toBe('Those rows are out of bounds.');
    expect(thrown(() => sheet.insertChart(sheet.newChart().asColumnChart().addRange(range).setPosition(1, 27, 0, 0).build()))).toBe('Those columns are out of bounds.');
    expect(sheet.getCharts()).toEqual([]);
    sheet.insertChart(sheet.newChart().asColumnChart().addRange(range).setPosition(1000, 26, 15, 5).build());
    const info = sheet.getCharts()[0].getContainerInfo();
    expect([info.getAnchorRow(), info.getAnchorColumn(), info.getOffsetX(), info.getOffsetY()]).toEqual([1000, 26, 15, 5]);
  });
});
