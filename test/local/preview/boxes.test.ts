import { chartBoxes, rangeBox, overlaps, findOverlaps } from '../../../src/local/preview';
import { buildDashboard, addShowcase, runtimeWith } from './fixture';

describe('chartBoxes / overlaps: charts beside their tables without overlapping', () => {
  it('gives the pixel rectangles of the charts and of the blocks of cells', () => {
    const { model, sheet } = buildDashboard('en_US');
    const boxes = chartBoxes(model, sheet.getName());
    // Columns: A–E 90 px each, F 24 px: G starts at 474; the chart is anchored at G3 + (10, 0).
    // Rows: row 1 holds 14 pt text (18.67 px × 1.15 + 4 = 25.5 → 26 px), row 2 is 21 px: row 3 starts at 47.
    expect(boxes.charts).toEqual([expect.objectContaining({ left: 484, top: 47, width: 520, height: 300, anchor: 'G3', title: 'Monthly revenue and objective' })]);
    // A1, A2 and the table A3:E9 touch: one block, 5 × 90 = 450 px wide, 26 + 21 + 7 × 21 = 194 px high.
    expect(boxes.blocks).toEqual([expect.objectContaining({ a1: 'A1:E9', left: 0, top: 0, width: 450, height: 194 })]);
    expect(boxes.usedArea).toEqual(expect.objectContaining({ a1: 'A1:E9' }));
    expect(findOverlaps(boxes)).toEqual([]);
    // A range the caller names: C3:E9 is x 180–450, y 47–194; G3 is where the chart starts.
    expect(rangeBox(model, sheet.getName(), 'C3:E9')).toEqual({ left: 180, top: 47, width: 270, height: 147, label: 'cells C3:E9' });
    expect(overlaps(boxes.charts[0], rangeBox(model, sheet.getName(), 'C3:E9'))).toBe(false);
    expect(overlaps(boxes.charts[0], rangeBox(model, sheet.getName(), 'G10'))).toBe(true);
  });

  it('finds a chart over a table and two charts over each other', () => {
    const env = runtimeWith('en_US');
    const sheet = addShowcase(env);
    expect(findOverlaps(chartBoxes(env.model, 'Acquisition'))).toEqual([]);
    // Rows: 21 px, except row 4 whose wrapped F4 (62 characters in 214 px at 7.33 px a character:
    // 29 a line, 3 lines) is 3 × 13.33 × 1.15 + 4 = 50 px. So row 5 starts at 113, row 9 at 197,
    // row 20 at 197 + 11 × 21 = 428, row 30 at 638. Columns: A–E 100 px, F 220 px, G at 720.
    // Leads chart to B5 (600 × 371 by default): x 100–700, y 113–484, over the table A3:F8
    // (x 0–720, y 42–197) but not over the title in A1 (a block of its own: row 2 is empty; its
    // 102 characters of 10 pt at 0.52 em, 102 × 6.93 + 6 = 713 px, run over B1:F1, 100–720 px).
    // Pie to B20 (600 × 371): x 100–700, y 428–799, over the leads chart and the bar chart
    // (A30, 520 × 260: x 0–520, y 638–898), not the area chart (G30 + 30: x 750–1270).
    const [leads, pie] = sheet.getCharts();
    sheet.updateChart(leads.modify().setPosition(5, 2, 0, 0).build());
    sheet.updateChart(pie.modify().setPosition(20, 2, 0, 0).build());
    const boxes = chartBoxes(env.model, 'Acquisition');
    expect(boxes.blocks.map((b) => b.a1)).toEqual(['A1:F1', 'A3:F8']);
    expect(findOverlaps(boxes)).toEqual([
      ['chart 1 "Leads and CPL by channel"', 'chart 2 "Spend by channel"'],
      ['chart 1 "Leads and CPL by channel"', 'cells A3:F8'],
      ['chart 2 "Spend by channel"', 'chart 3 "Win rate by channel"'],
    ]);
  });

  it('counts the empty cells a title runs over as part of its block', () => {
    const { model, ss } = runtimeWith('en_US');
    const sheet = ss.getSheets()[0];
    // 30 characters of 10 pt: 30 × 13.33 × 0.52 + 6 = 214 px, over B1 and C1 (A–C: 300 px).
    sheet.getRange('A1').setValue('Revenue by month and objective');
    sheet.insertChart(sheet.newChart().addRange(sheet.getRange('A1:A1')).setPosition(1, 3, 0, 0).asColumnChart().build());
    const boxes = chartBoxes(model, sheet.getName());
    expect(boxes.blocks.map((b) => b.a1)).toEqual(['A1:C1']);
    expect(findOverlaps(boxes)).toEqual([['chart 1', 'cells A1:C1']]);
    sheet.updateChart(sheet.getCharts()[0].modify().setPosition(1, 4, 0, 0).build());
    expect(findOverlaps(chartBoxes(model, sheet.getName()))).toEqual([]);
  });

  it('counts shared area only: rectangles that touch do not overlap', () => {
    const a = { left: 0, top: 0, width: 100, height: 50 };
    expect(overlaps(a, { left: 100, top: 0, width: 10, height: 10 })).toBe(false);
    expect(overlaps(a, { left: 0, top: 50, width: 10, height: 10 })).toBe(false);
    expect(overlaps(a, { left: 99, top: 49, width: 10, height: 10 })).toBe(true);
    expect(overlaps(a, { left: 20, top: 10, width: 5, height: 5 })).toBe(true);
  });
});
