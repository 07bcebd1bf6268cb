import * as path from 'node:path';
import { writePreview, SheetGeometry, ROW_HEADER_WIDTH, COLUMN_HEADER_HEIGHT } from '../../../src/local/preview';
import { screenshotPage } from '../../../src/local/preview/screenshot';
import { buildDashboard, addShowcase } from './fixture';
import { ARTIFACTS } from '../../paths';

/** Screenshots to look at (git-ignored); CI installs Debian's chromium. */

interface Rect { left: number; top: number; width: number; height: number }
interface Measured { charts: Rect[]; cells: Record<string, Rect>; grid: Rect }

/** Where Chromium drew the charts and some cells (page coordinates). */
function measure(cells: string[]) {
  return async (page: { evaluate(expr: string): Promise<unknown> }) => page.evaluate(`(() => {
    const rect = (el) => { const r = el.getBoundingClientRect(); return { left: r.left + scrollX, top: r.top + scrollY, width: r.width, height: r.height }; };
    const td = (a1) => {
      const [, col, row] = /^([A-Z]+)(\\d+)$/.exec(a1);
      const tr = [...document.querySelectorAll('table.grid tr')].find((t) => t.querySelector('th.rh')?.textContent === row);
      return tr.querySelectorAll('td')[col.charCodeAt(0) - 65];
    };
    return {
      charts: [...document.querySelectorAll('figure.chart')].map(rect),
      cells: Object.fromEntries(${JSON.stringify(cells)}.map((a1) => [a1, rect(td(a1))])),
      grid: rect(document.querySelector('table.grid')),
    };
  })()`) as Promise<Measured>;
}

describe('screenshots of the preview in Chromium', () => {
  it('the dashboard (fr_FR): each cell where its width and height put it, the chart on its anchor cell plus offset', async () => {
    const env = buildDashboard('fr_FR');
    addShowcase(env);
    const { pages, index } = writePreview(env.model, path.join(ARTIFACTS, 'preview-fr'));
    const m = (await screenshotPage(pages[0].file, path.join(ARTIFACTS, 'preview-dashboard-fr.png'), { inspect: measure(['A1', 'G3', 'C9', 'F4']) })) as Measured;
    // The grid starts after the row headings (46 px) and the column headings (20 px).
    expect([m.cells.A1.left - m.grid.left, m.cells.A1.top - m.grid.top]).toEqual([ROW_HEADER_WIDTH, COLUMN_HEADER_HEIGHT]);
    // Columns A–E are 90 px and F 24 px, so G starts 474 px right of A; row 1 (14 pt) is 26 px and
    // row 2 is 21, so row 3 starts 47 px below row 1, row 9 47 + 6 × 21 = 173 px below.
    expect([m.cells.G3.left - m.cells.A1.left, m.cells.G3.top - m.cells.A1.top]).toEqual([474, 47]);
    expect([m.cells.C9.top - m.cells.A1.top, m.cells.C9.height, m.cells.F4.width]).toEqual([173, 21, 24]);
    // The chart: anchored at G3 with offsets (10, 0), 520 × 300.
    expect(m.charts[0]).toEqual({ left: m.cells.G3.left + 10, top: m.cells.G3.top, width: 520, height: 300 });
    await screenshotPage(index, path.join(ARTIFACTS, 'preview-index.png'), { width: 900, height: 300 });
  }, 60000);

  it('the acquisition tab (en_US): four charts where SheetGeometry says, around a table with wrapped text and borders', async () => {
    const env = buildDashboard('en_US');
    const sheet = addShowcase(env);
    const { pages } = writePreview(env.model, path.join(ARTIFACTS, 'preview-en'));
    const m = (await screenshotPage(pages[1].file, path.join(ARTIFACTS, 'preview-acquisition-en.png'), { inspect: measure(['A1']) })) as Measured;
    const geo = new SheetGeometry(env.model.sheet(sheet.getName()));
    const expected = env.model.sheet(sheet.getName()).charts.map((c) => geo.chartBox(c));
    expect(m.charts.map((r) => ({ left: r.left - m.cells.A1.left, top: r.top - m.cells.A1.top, width: r.width, height: r.height }))).toEqual(expected);
    await screenshotPage(pages[0].file, path.join(ARTIFACTS, 'preview-dashboard-en.png'));
  }, 60000);
});
