/**
 * The generated sheets as a founder sees them: names and words in their language, a status in
 * words beside every colour, notes that explain each headline figure, and charts titled, with
 * axis titles, placed beside their tables without covering a cell or another chart.
 */
import { buildDashboardSheets } from '../../../src/core/dashboard/dashboardSheets';
import type { SheetPlan } from '../../../src/core/render/sheetPlan';
import { defaultSettings } from '../../../src/core/settings/settings';
import { generateSample } from '../../../src/core/sample';
import { sampleGrids } from '../../../src/local/cli/sampleTables';
import { dayOfUtcDate } from '../../../src/core/dates/day';
import { day } from '../helpers';

const AS_OF = day(2026, 11, 25);

function plans(language: 'en' | 'fr'): SheetPlan[] {
  const sample = generateSample({ asOf: AS_OF, language });
  const grids = sampleGrids(sample);
  return buildDashboardSheets({
    sheets: sample.sheets.map((s, i) => ({ name: s.name, grid: grids[i] })), settings: defaultSettings({ currency: 'EUR', language }),
    asOf: AS_OF, dayOf: dayOfUtcDate, locale: language === 'fr' ? 'fr_FR' : 'en_US', workbookName: 'Acme',
  }).plans;
}

interface Box { x: number; y: number; w: number; h: number; what: string }

/** Pixel boxes of the non-empty cells (text overflowing into empty neighbours, as Sheets draws it) and of the charts. */
function boxes(p: SheetPlan): { cells: Box[]; charts: Box[] } {
  const colX = [0];
  for (let c = 0; c < 60; c++) colX.push(colX[c] + (p.columnWidths[c] ?? 100));
  const heights = new Map((p.rowHeights ?? []).map((r) => [r.row, r.height]));
  const rowY = [0];
  for (let r = 0; r < p.cells.length + 60; r++) rowY.push(rowY[r] + (heights.get(r + 1) ?? 21));
  const cells: Box[] = [];
  p.cells.forEach((row, r) => row.forEach((cell, c) => {
    if (cell.value === null || cell.value === '') return;
    let w = colX[c + 1] - colX[c];
    if (typeof cell.value === 'string' && !cell.wrap) {
      const textWidth = cell.value.length * 6.5 * ((cell.size ?? 10) / 10);
      for (let k = c + 1; w < textWidth && (row[k] === undefined || row[k].value === null); k++) w += colX[k + 1] - colX[k];
      w = Math.min(w, textWidth > w ? w : Math.max(colX[c + 1] - colX[c], textWidth));
    }
    cells.push({ x: colX[c], y: rowY[r], w, h: rowY[r + 1] - rowY[r], what: `${p.name}!R${r + 1}C${c + 1} ${String(cell.value).slice(0, 30)}` });
  }));
  const charts = p.charts.map((ch) => ({ x: colX[ch.anchor.column - 1] + (ch.anchor.offsetX ?? 0), y: rowY[ch.anchor.row - 1] + (ch.anchor.offsetY ?? 0), w: ch.width, h: ch.height, what: `${p.name} chart "${ch.title}"` }));
  return { cells, charts };
}

const overlap = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe.each(['en', 'fr'] as const)('the generated sheets (%s)', (language) => {
  const ps = plans(language);

  it('are the Dashboard and the four KPI tabs, named in the language', () => {
    expect(ps.map((p) => p.key)).toEqual(['dashboard', 'acquisition', 'pipeline', 'sales', 'retention']);
    expect(ps.map((p) => p.name)).toEqual(language === 'fr'
      ? ['Tableau de bord', 'Acquisition', 'Pipeline & activité', 'Ventes', 'Fidélisation & satisfaction']
      : ['Dashboard', 'Acquisition', 'Pipeline & activity', 'Sales', 'Retention & satisfaction']);
  });

  it('hold the six charts the founder asked for, each titled with its axes named', () => {
    const titles = ps.flatMap((p) => p.charts.map((c) => c.title));
    const want = language === 'fr'
      ? ['Chiffre d’affaires mensuel vs objectif', 'Leads et CPL par canal', 'Entonnoir', 'Pipeline par étape — total et pondéré', 'CAC et LTV par mois', 'Churn par mois']
      : ['Revenue by month vs objective', 'Leads and CPL by channel', 'Funnel', 'Pipeline by stage — total and weighted', 'CAC and LTV by month', 'Churn by month'];
    for (const t of want) expect(titles.some((x) => x.startsWith(t))).toBe(true);
    for (const c of ps.flatMap((p) => p.charts)) {
      expect(c.title).not.toBe('');
      if (c.kind !== 'pie') {
        expect(c.xAxisTitle).toBeTruthy();
        expect(c.yAxisTitle ?? c.vAxes?.[0]?.title).toBeTruthy();
      }
    }
  });

  it('place every chart beside its table: no chart covers a filled cell or another chart', () => {
    for (const p of ps) {
      const { cells, charts } = boxes(p);
      for (const ch of charts) {
        for (const cell of cells) if (overlap(ch, cell)) throw new Error(`${ch.what} covers ${cell.what}`);
        for (const other of charts) if (other !== ch && overlap(ch, other)) throw new Error(`${ch.what} overlaps ${other.what}`);
      }
    }
  });

  it('say every status in words, not colour alone, and explain every headline value in a note', () => {
    const dash = ps[0];
    const coloured = dash.cells.flat().filter((c) => c.background && c.background !== '#ffffff' && c.background !== '#f1f3f4' && c.background !== '#e8f0fe' && c.background !== '#fef7e0');
    for (const c of coloured) expect(typeof c.value === 'string' && c.value.trim().length > 1).toBe(true);
    const revenueRow = dash.cells.find((r) => r[1]?.value === (language === 'fr' ? 'Chiffre d\'affaires' : 'Revenue'))!;
    const note = revenueRow[2].note!;
    expect(note).toContain(language === 'fr' ? 'Somme des montants des opportunités gagnées' : 'Sum of the amounts of Won deals');
    expect(note).toContain(language === 'fr' ? 'Objectif' : 'Objective');
  });
});
