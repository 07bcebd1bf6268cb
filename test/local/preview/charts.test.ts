import { renderSheetHtml, renderChartSvg, ChartOptionReader, ROW_HEADER_WIDTH, COLUMN_HEADER_HEIGHT, DEFAULT_CHART_WIDTH, DEFAULT_CHART_HEIGHT } from '../../../src/local/preview';
import { buildDashboard, addShowcase, runtimeWith, month } from './fixture';
import { chartSvg, svgTexts } from './html';

describe('charts drawn from the runtime\'s record of each EmbeddedChart', () => {
  it('a combo chart shows its title, axis titles, legend names and category labels, values formatted like their cells', () => {
    const { model, sheet } = buildDashboard('en_US');
    const svg = chartSvg(renderSheetHtml(model, sheet.getName()));
    const texts = svgTexts(svg);
    expect(texts).toEqual(expect.arrayContaining(['Monthly revenue and objective', 'Month', 'Revenue ($)', 'Revenue', 'Objective']));
    // Ranges A3:A9, C3:C9, B3:B9 side by side: A is the domain, row 3 the series names.
    expect(texts).toEqual(expect.arrayContaining(['May 2026', 'Jun 2026', 'Jul 2026', 'Aug 2026', 'Sep 2026', 'Oct 2026']));
    // The value axis uses the revenue cells' "$"#,##0: every tick reads $ and grouped digits, from $0.
    const ticks = texts.filter((t) => t.startsWith('$'));
    expect(ticks).toContain('$0');
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    for (const t of ticks) expect(t).toMatch(/^\$\d{1,3}(,\d{3})*$/);
    // Series 0 in Sheets' first default colour; series 1 in its set colour, dashed [4, 4].
    expect(svg).toContain('fill="#4285f4"');
    expect(svg).toMatch(/stroke="#5f6368"[^>]*stroke-dasharray="4,4"|stroke-dasharray="4,4"[^>]*stroke="#5f6368"/);
    expect(svg).toMatch(/^<svg width="520" height="300"/);
  });

  it('a pie shows each slice\'s share in the locale, zero slices left out', () => {
    const env = runtimeWith('fr_FR');
    addShowcase(env);
    const svg = chartSvg(renderSheetHtml(env.model, 'Acquisition'), 2);
    // Spend 12600, 9000, 7200, 0, 2100: total 30900. 12600/30900 = 40.78 %, 9000/30900 = 29.13 %,
    // 7200/30900 = 23.30 %, 2100/30900 = 6.80 %.
    expect(svgTexts(svg)).toEqual(expect.arrayContaining(['Spend by channel', '40,8%', '29,1%', '23,3%', '6,8%', 'Google Ads', 'LinkedIn', 'Events', 'Cold email']));
    expect(svgTexts(svg)).not.toContain('Referral');
  });

  it('a series on the right axis gets that axis, titled from vAxes.1', () => {
    const env = runtimeWith('en_US');
    addShowcase(env);
    const texts = svgTexts(chartSvg(renderSheetHtml(env.model, 'Acquisition'), 1));
    expect(texts).toEqual(expect.arrayContaining(['Leads and CPL by channel', 'Leads', 'CPL (€)', 'Channel']));
    // CPL values (30, 60, 120, 0, 10) are formatted by their cells' #,##0 "€" on the right axis.
    expect(texts).toContain('0 €');
    expect(texts.some((t) => /^1\d0 €$/.test(t))).toBe(true);
  });

  it('reads options stored as dotted names or as nested objects the same way', () => {
    const dotted = new ChartOptionReader({ 'legend.position': 'none', 'series.1.targetAxisIndex': 1, 'vAxes.1.title': 'CPL' });
    const nested = new ChartOptionReader({ legend: { position: 'none' }, series: { 1: { targetAxisIndex: 1 } }, vAxes: [{}, { title: 'CPL' }] });
    for (const o of [dotted, nested]) expect([o.get('legend.position'), o.number('series.1.targetAxisIndex'), o.string('vAxes.1.title')]).toEqual(['none', 1, 'CPL']);
    // Both ways reach the drawing: no legend, so the series names are not drawn.
    for (const legend of [{ key: 'legend.position', value: 'none' }, { key: 'legend', value: { position: 'none' } }]) {
      const { model, ss } = runtimeWith('en_US');
      const sheet = ss.getSheets()[0];
      sheet.getRange('A1:B3').setValues([['Stage', 'Deals'], ['Lead', 40], ['Won', 9]]);
      sheet.insertChart(sheet.newChart().addRange(sheet.getRange('A1:B3')).setOption(legend.key, legend.value).setPosition(5, 1, 0, 0).asColumnChart().build());
      const texts = svgTexts(chartSvg(renderSheetHtml(model, sheet.getName())));
      expect(texts).toEqual(expect.arrayContaining(['Lead', 'Won']));
      expect(texts).not.toContain('Deals');
    }
  });

  it('transposed ranges take series from rows and categories from the first row', () => {
    const { model, ss } = runtimeWith('en_US');
    const sheet = ss.getSheets()[0];
    sheet.getRange('A1:D3').setValues([['', 'Q1', 'Q2', 'Q3'], ['North', 10, 12, 9], ['South', 7, 8, 11]]);
    sheet.insertChart(sheet.newChart().addRange(sheet.getRange('A1:D3')).setTransposeRowsAndColumns(true).setPosition(5, 1, 0, 0).asLineChart().build());
    const texts = svgTexts(chartSvg(renderSheetHtml(model, sheet.getName())));
    expect(texts).toEqual(expect.arrayContaining(['Q1', 'Q2', 'Q3', 'North', 'South']));
  });

  it('formats ticks and categories with vAxis.format / hAxis.format when the add-on sets them', () => {
    const { model, ss } = runtimeWith('en_US');
    const sheet = ss.getSheets()[0];
    sheet.getRange('A1:B4').setValues([['Month', 'Pipeline'], [month(2026, 4), 120000], [month(2026, 5), 90000], [month(2026, 6), 150000]]);
    sheet.getRange('A2:A4').setNumberFormat('yyyy-mm-dd');
    sheet.insertChart(sheet.newChart().addRange(sheet.getRange('A1:B4')).setOption('vAxis.format', '#,##0,"k"').setOption('hAxis', { format: 'mmm yy' })
      .setPosition(6, 1, 0, 0).asColumnChart().build());
    const texts = svgTexts(chartSvg(renderSheetHtml(model, sheet.getName())));
    // The domain cells show 2026-04-01…, the axis 'Apr 26'…; 0 and the top tick in thousands with a k.
    expect(texts).toEqual(expect.arrayContaining(['Apr 26', 'May 26', 'Jun 26', '0k']));
    expect(texts).not.toContain('2026-04-01');
    expect(texts.filter((t) => /^\d+k$/.test(t)).length).toBeGreaterThanOrEqual(3);
  });

  it('a chart with no width/height option has Sheets\' default size, 600 × 371', () => {
    const { model, ss } = runtimeWith('en_US');
    const sheet = ss.getSheets()[0];
    sheet.getRange('A1:B3').setValues([['Stage', 'Deals'], ['Lead', 40], ['Won', 9]]);
    sheet.insertChart(sheet.newChart().addRange(sheet.getRange('A1:B3')).setPosition(5, 1, 0, 0).asBarChart().build());
    const r = renderChartSvg(model, model.sheets[0].charts[0]);
    expect([r.width, r.height, DEFAULT_CHART_WIDTH, DEFAULT_CHART_HEIGHT]).toEqual([600, 371, 600, 371]);
    expect(r.svg).toMatch(/^<svg width="600" height="371"/);
  });

  it('is placed at its anchor cell plus its offsets, over the grid', () => {
    const { model, ss } = runtimeWith('en_US');
    const sheet = ss.getSheets()[0];
    sheet.getRange('A1:B3').setValues([['Stage', 'Deals'], ['Lead', 40], ['Won', 9]]);
    sheet.setColumnWidth(1, 150);
    sheet.setColumnWidth(3, 60);
    sheet.setRowHeight(1, 40);
    sheet.insertChart(sheet.newChart().addRange(sheet.getRange('A1:B3')).setPosition(4, 4, 15, 7).setOption('width', 400).setOption('height', 250).asColumnChart().build());
    const html = renderSheetHtml(model, sheet.getName());
    // Columns A–C: 150 + 100 + 60 = 310 px; rows 1–3: 40 + 21 + 21 = 82 px; then the offsets,
    // and the row and column headings of the page.
    const left = ROW_HEADER_WIDTH + 310 + 15, top = COLUMN_HEADER_HEIGHT + 82 + 7;
    expect(html).toContain(`data-anchor="D4" style="left:${left}px;top:${top}px;width:400px;height:250px"`);
    // The grid is drawn far enough to hold the chart: it ends at 325 + 400 = 725 px (D–G are 310–710,
    // column H 710–810) and 89 + 250 = 339 px (row 15 ends at 82 + 12 × 21 = 334, row 16 at 355).
    expect([...html.matchAll(/<th class="ch[^"]*"[^>]*>([A-Z]+)<\/th>/g)].map((m) => m[1]).pop()).toBe('H');
    expect([...html.matchAll(/<th class="rh">(\d+)<\/th>/g)].map((m) => m[1]).pop()).toBe('16');
  });

  it('names what it cannot draw: unknown options, other chart types', () => {
    const { model, ss, Charts } = runtimeWith('en_US');
    const sheet = ss.getSheets()[0];
    sheet.getRange('A1:B3').setValues([['Stage', 'Deals'], ['Lead', 40], ['Won', 9]]);
    sheet.insertChart(sheet.newChart().addRange(sheet.getRange('A1:B3')).setOption('trendlines', { 0: { type: 'linear' } }).setPosition(5, 1, 0, 0).asLineChart().build());
    sheet.insertChart(sheet.newChart().addRange(sheet.getRange('A1:B3')).setChartType(Charts.ChartType.GAUGE).setPosition(5, 8, 0, 0).build());
    const html = renderSheetHtml(model, sheet.getName());
    expect(html).toContain('Chart 1: options not drawn by the preview: trendlines.0.type.');
    expect(html).toContain('Chart 2: chart type GAUGE is not drawn by the preview.');
  });
});
