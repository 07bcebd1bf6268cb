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
import { SheetBuilder } from '../../../src/core/render/dashboard/sheetBuilder';
import { textPx, widestWordPx, wrappedLines } from '../../../src/core/render/textWidth';

const AS_OF = day(2026, 11, 25);

function plans(language: 'en' | 'fr', extra: { name: string; grid: unknown[][] }[] = []): SheetPlan[] {
  const sample = generateSample({ asOf: AS_OF, language });
  const grids = sampleGrids(sample);
  return buildDashboardSheets({
    sheets: [...sample.sheets.map((s, i) => ({ name: s.name, grid: grids[i] })), ...(extra as { name: string; grid: never[][] }[])], settings: defaultSettings({ currency: 'EUR', language }),
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

describe('a table header row is as tall as its longest wrapped header', () => {
  // Widths by hand (9-point bold Arial, 7 px of padding: 93 px of room in a 100 px column):
  // "Lead-" 32.4 + "to-" 17.0 + "customer" 57.6 = 107 > 93, so "customer" starts line 2, and
  // "conversion" (63.9, with a 3.6 space 125 > 93) line 3. "Revenue / spend": 48.9 + 3.6 + 6.7
  // + 3.6 + 33.5 = 96.3 > 93: two lines. "Leads" one.
  it('counts lines as Sheets wraps them: at spaces and after hyphens', () => {
    expect(wrappedLines('Lead-to-customer conversion', 100)).toBe(3);
    expect(wrappedLines('Revenue / spend', 100)).toBe(2);
    expect(wrappedLines('Revenue / spend', 110)).toBe(1);
    expect(wrappedLines('Leads', 100)).toBe(1);
  });

  it('raises the header row from two lines (34 px) to three (3 × 14 + 6 = 48 px) where a header needs it', () => {
    const header = (labels: string[]) => labels.map((value) => ({ value, bold: true, size: 9, wrap: true }));
    const b = new SheetBuilder('acquisition', 'Acquisition');
    b.table(2, 1, header(['Month', 'Leads']), [[{ value: 'Oct 2026' }, { value: 348 }]]);
    b.table(5, 1, header(['Month', 'Lead-to-customer conversion']), [[{ value: 'Oct 2026' }, { value: 0.003 }]]);
    const heights = new Map((b.build(1).rowHeights ?? []).map((r) => [r.row, r.height]));
    expect(heights.get(2)).toBe(34);
    expect(heights.get(5)).toBe(48);
  });

  // A row without a height of its own grows to fit its wrapped text in Sheets; one with a height keeps it.
  it.each(['en', 'fr'] as const)('on the generated sheets (%s), no row given a height is shorter than its wrapped headers need', (language) => {
    for (const p of plans(language)) {
      const heights = new Map((p.rowHeights ?? []).map((r) => [r.row, r.height]));
      p.cells.forEach((row, r) => row.forEach((cell, c) => {
        const set = heights.get(r + 1);
        if (set === undefined || !cell.wrap || cell.size !== 9 || typeof cell.value !== 'string') return;
        const need = wrappedLines(cell.value, p.columnWidths[c] ?? 100) * 14 + 6;
        expect([p.name, r + 1, cell.value, set >= need]).toEqual([p.name, r + 1, cell.value, true]);
      }));
    }
  });

  // Its column is narrow (the Gap column above): wrapped, the header took four lines and was cut off.
  it.each([['en', 'Why this sheet'], ['fr', 'Pourquoi cet onglet']] as const)('the Dashboard\'s "%s" header runs on one line, left, as the reasons under it do', (language, label) => {
    const dashboard = plans(language)[0];
    const r = dashboard.cells.findIndex((row) => row.some((cell) => cell.value === label));
    const c = dashboard.cells[r].findIndex((cell) => cell.value === label);
    expect([dashboard.cells[r][c].wrap, dashboard.cells[r][c].align]).toEqual([false, 'left']);
    expect(dashboard.cells[r + 1][c].wrap ?? false).toBe(false);
  });

  it.each([['en', 'empty', 'not recognised (first row: Notes, Ideas)'], ['fr', 'vide', 'non reconnu (première ligne : Notes, Ideas)']] as const)(
    'the Dashboard lists a sheet it did not read by its first row, an empty one as empty (%s)', (language, empty, other) => {
      const dashboard = plans(language, [{ name: 'Sheet1', grid: [['']] }, { name: 'Brainstorm', grid: [['Notes', 'Ideas'], ['call Acme', '']] }])[0];
      const line = (sheet: string) => dashboard.cells.find((row) => row.some((cell) => cell.value === sheet))!.map((cell) => cell.value).filter((v) => v !== null && v !== '');
      expect(line('Sheet1')).toEqual(['Sheet1', empty]);
      expect(line('Brainstorm')).toEqual(['Brainstorm', other]);
    });

  // "Coût d'acquisition client (CAC)", 10-point bold: 4 capitals × 0.72 em + 11 narrow marks
  // (3 spaces, ', 4 i, l, 2 parentheses) × 0.3 + 16 other letters × 0.556 = 15.076 em × 13.33 px
  // = 201.0 px, + 7 px padding: 209 px. "Customer acquisition cost": 13.118 em = 174.9 + 7: 182 px.
  it.each([['en', 182], ['fr', 209]] as const)('the Dashboard\'s KPI column fits its longest label (%s: %i px)', (language, px) => {
    expect(textPx("Coût d'acquisition client (CAC)", 40 / 3)).toBeCloseTo(201.01, 1);
    expect(plans(language)[0].columnWidths[1]).toBe(px);
  });

  // "Recommandation", 9-point bold: R 0.72 + m, m 2 × 0.89 + i 0.3 + 10 letters × 0.556 = 8.36 em
  // × 12 = 100.3 px, + 7 px padding: more than a 100 px column holds, so it was cut "Recommandati/on".
  it('widens a column to its widest header word: "Recommandation" gets 108 px; no header word is cut anywhere', () => {
    const acquisition = plans('fr')[1];
    const r = acquisition.cells.findIndex((row) => row.some((cell) => cell.value === 'Recommandation' && cell.wrap));
    const c = acquisition.cells[r].findIndex((cell) => cell.value === 'Recommandation');
    expect(acquisition.columnWidths[c]).toBe(108);
    for (const language of ['en', 'fr'] as const) {
      for (const p of plans(language)) {
        p.cells.forEach((row, r2) => row.forEach((cell, c2) => {
          if (!cell.wrap || cell.size !== 9 || typeof cell.value !== 'string') return;
          expect([p.name, r2 + 1, cell.value, (p.columnWidths[c2] ?? 100) >= widestWordPx(cell.value) + 7]).toEqual([p.name, r2 + 1, cell.value, true]);
        }));
      }
    }
  });
});
