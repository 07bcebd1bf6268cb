/**
 * "Refresh dashboard" as a user runs it: the built bundle (build/Code.js) in the local runtime,
 * after "Insert sample data". These tests check structure — which sheets, in which order, tagged
 * how, what stays untouched, how many service calls — not the dashboard's cells, which the core
 * decides.
 */
import { GENERATED_SHEET_KEYS } from '../../src/core/render/sheetPlan';
import { dayFromYmd } from '../../src/core/dates/day';
import { generateSample } from '../../src/core/sample';
import { sampleGrids } from '../../src/local/cli/sampleTables';
import { LocalRuntime } from '../../src/local/runtime/LocalRuntime';
import { loadAddon } from '../../src/local/runtime/loader';
import { WorkbookModel, type SheetModel } from '../../src/local/runtime/spreadsheet';
import type { MenuRefreshOutcome } from '../../src/addon/refreshDashboard';
import { harness, type HostGrid } from './harness';

// 25 Nov 2026, 10:00 in Paris.
const NOW = Date.UTC(2026, 10, 25, 9, 0);
type Ok = Extract<MenuRefreshOutcome, { ok: true }>;

/** Everything a user sheet holds, as plain data: equal before and after means untouched. */
function snapshot(s: SheetModel): string {
  return JSON.stringify({
    id: s.id, name: s.name, maxRows: s.maxRows, maxColumns: s.maxColumns, frozenRows: s.frozenRows, frozenColumns: s.frozenColumns, hidden: s.hidden, tabColor: s.tabColor,
    values: s.values.rows, formulas: s.formulas.rows, validations: s.validations.rows,
    formats: Object.fromEntries(Object.entries(s.formats).map(([k, g]) => [k, g.rows])),
    columnWidths: [...s.columnWidths], rowHeights: [...s.rowHeights], conditionalFormats: s.conditionalFormats, charts: s.charts,
    metadata: s.workbook.developerMetadata.filter((m) => 'sheetId' in m.location && m.location.sheetId === s.id),
  });
}

function snapshots(rt: LocalRuntime, names: string[]): Record<string, string> {
  return Object.fromEntries(names.map((n) => [n, snapshot(rt.workbook.sheet(n))]));
}

/** Pilote's tags as Google's API shows them, in tab order. */
function tags(rt: LocalRuntime): { sheet: string; key: string | null; visibility: string; location: string }[] {
  const ss = rt.globals().SpreadsheetApp.getActive();
  const found = ss.createDeveloperMetadataFinder().withKey('pilote.generated').find().map((md) => ({
    sheet: md.getLocation().getSheet()!.getName(), key: md.getValue(), visibility: String(md.getVisibility()), location: String(md.getLocation().getLocationType()),
  }));
  const order = rt.workbook.sheets.map((s) => s.name);
  return found.sort((a, b) => order.indexOf(a.sheet) - order.indexOf(b.sheet));
}

const names = (rt: LocalRuntime) => rt.workbook.sheets.map((s) => s.name);
const chartCounts = (rt: LocalRuntime, sheets: string[]) => sheets.map((n) => rt.workbook.sheet(n).charts.length);

function sampleRun(locale: 'fr_FR' | 'en_US', userSheets: Record<string, HostGrid> = {}) {
  const h = harness(userSheets, { timeZone: 'Europe/Paris', locale, now: () => NOW });
  h.addon.onOpen({ authMode: 'FULL' });
  h.addon.runMenuItem('insertSampleData');
  const userNames = names(h.rt);
  const before = snapshots(h.rt, userNames);
  h.rt.calls.reset();
  const refresh = () => h.addon.runMenuItem('refreshDashboard') as MenuRefreshOutcome;
  return { ...h, userNames, before, refresh };
}

describe('Refresh dashboard on the sample workbook (fr_FR, Paris)', () => {
  const run = sampleRun('fr_FR');
  const { rt, userNames, before } = run;
  const out = run.refresh() as Ok;
  const calls = rt.calls.snapshot();
  const generated = out.sheets.map((s) => s.name);
  const chartsAfterFirst = chartCounts(rt, generated);

  it('creates Pilote’s sheets first, the Tableau de bord first of all, then the user’s sheets in their order', () => {
    expect(out.ok).toBe(true);
    expect(out.sheets[0]).toEqual({ key: 'dashboard', name: 'Tableau de bord' });
    expect(out.sheets.every((s) => GENERATED_SHEET_KEYS.includes(s.key))).toBe(true);
    expect(new Set(out.sheets.map((s) => s.key)).size).toBe(out.sheets.length);
    expect(names(rt)).toEqual([...generated, ...userNames]);
    expect(out.renamed).toEqual([]);
  });

  it('tags each generated sheet, and only those, with its key (sheet-level developer metadata, PROJECT visibility)', () => {
    expect(tags(rt)).toEqual(out.sheets.map((s) => ({ sheet: s.name, key: s.key, visibility: 'PROJECT', location: 'SHEET' })));
  });

  it('leaves every input sheet unchanged, cell for cell and format for format', () => {
    expect(snapshots(rt, userNames)).toEqual(before);
  });

  it('reads each input sheet once (one getValues per user sheet) and writes no formula anywhere', () => {
    expect(calls['SpreadsheetApp.Range.getValues']).toBe(userNames.length);
    expect(calls['SpreadsheetApp.Sheet.getDataRange']).toBe(userNames.length);
    expect(rt.workbook.formulaCells()).toEqual([]);
  });

  it('shows the Tableau de bord, toasts a summary, and returns a JSON-safe one', () => {
    expect(rt.workbook.activeSheet().name).toBe('Tableau de bord');
    const toasts = rt.eventsOf('toast');
    expect(toasts[toasts.length - 1]).toMatchObject({ title: 'Pilote', msg: expect.stringContaining(`Tableau de bord actualisé : ${generated.length} onglets.`) });
    expect(JSON.parse(JSON.stringify(out))).toEqual(out);
    expect(out.asOf).toBe('2026-11-25');
    expect(rt.ui.alerts).toEqual([]);
  });

  it('a second refresh leaves the same sheets, in the same order, with the same tags and no duplicate chart', () => {
    const again = run.refresh() as Ok;
    expect(again.sheets).toEqual(out.sheets);
    expect(names(rt)).toEqual([...generated, ...userNames]);
    expect(tags(rt)).toEqual(out.sheets.map((s) => ({ sheet: s.name, key: s.key, visibility: 'PROJECT', location: 'SHEET' })));
    expect(chartCounts(rt, generated)).toEqual(chartsAfterFirst);
    expect(rt.workbook.developerMetadata.length).toBe(out.sheets.length);
    expect(snapshots(rt, userNames)).toEqual(before);
  });

  it('keeps a generated sheet where the user moved it', () => {
    const ss = rt.globals().SpreadsheetApp.getActive();
    ss.setActiveSheet(ss.getSheetByName('Tableau de bord')!);
    ss.moveActiveSheet(ss.getNumSheets()); // the user drags the dashboard to the end
    const order = names(rt);
    expect(order[order.length - 1]).toBe('Tableau de bord');
    run.refresh();
    expect(names(rt)).toEqual(order);
    expect(snapshots(rt, userNames)).toEqual(before);
  });
});

describe.each([
  ['en_US', 'Dashboard', (name: string) => `“${name}”`],
  ['fr_FR', 'Tableau de bord', (name: string) => `« ${name} »`],
] as const)('in %s, a user sheet already named "%s"', (locale, taken, quoted) => {
  const mine: HostGrid = [['My notes', 42], ['=not a formula, just text', 'keep me']];
  const run = sampleRun(locale, { [taken]: mine });
  const { rt, userNames, before } = run;
  const out = run.refresh() as Ok;

  it('survives untouched; Pilote’s dashboard gets another name, and a toast says so', () => {
    expect(userNames[0]).toBe(taken);
    expect(out.sheets[0]).toEqual({ key: 'dashboard', name: `${taken} (Pilote)` });
    expect(out.renamed).toEqual([{ key: 'dashboard', wanted: taken, name: `${taken} (Pilote)` }]);
    expect(names(rt)).toEqual([...out.sheets.map((s) => s.name), ...userNames]);
    expect(snapshots(rt, userNames)).toEqual(before);
    expect(rt.workbook.sheet(taken).valuesAsHost()).toEqual(mine);
    const toast = rt.eventsOf('toast').pop()!;
    expect(toast.msg).toContain(quoted(taken));
    expect(toast.msg).toContain(quoted(`${taken} (Pilote)`));
  });

  it('a second refresh rewrites "(Pilote)" in place and still leaves the user’s sheet alone', () => {
    const order = names(rt);
    const again = run.refresh() as Ok;
    expect(again.sheets).toEqual(out.sheets);
    expect(names(rt)).toEqual(order);
    expect(snapshots(rt, userNames)).toEqual(before);
  });
});

describe('settings decide the language of the generated sheets', () => {
  it('an en_US spreadsheet whose stored settings say French gets French sheet names', () => {
    const run = sampleRun('en_US');
    run.rt.properties.set('document', 'pilote.settings', JSON.stringify({ language: 'fr' }));
    const out = run.refresh() as Ok;
    expect(out.sheets[0].name).toBe('Tableau de bord');
  });
});

describe('service calls do not grow with rows', () => {
  const AS_OF = dayFromYmd(2026, 11, 25)!;

  /**
   * The sample with each input sheet's rows repeated `copies` times (IDs made unique): more rows
   * over the same dates. (The date lookups grow with the span of the dates — about one per 16 days
   * — not with the rows; a bigger sample company also reaches further back, so it is not used here.)
   */
  function refreshCalls(copies: number): { calls: Record<string, number>; rows: number; out: Ok } {
    const sample = generateSample({ asOf: AS_OF, language: 'en', leads: 1200 });
    const grids = sampleGrids(sample).map((g, i) => (sample.sheets[i].name === 'Targets' ? g : [g[0], ...Array.from({ length: copies }, (_, k) => g.slice(1).map((row) => row.map((v, c) => (c === 0 && k > 0 && typeof v === 'string' ? `${v}-${k}` : v)))).flat()]));
    const model = WorkbookModel.fromGrids(Object.fromEntries(sample.sheets.map((s, i) => [s.name, grids[i]])), { timeZone: 'Europe/Paris', locale: 'en_US' });
    const rt = new LocalRuntime({ timeZone: 'Europe/Paris', locale: 'en_US', now: () => NOW }, model);
    const addon = loadAddon(rt);
    rt.calls.reset();
    const out = addon.call('refreshDashboard') as Ok;
    return { calls: rt.calls.snapshot(), rows: model.sheets.reduce((n, s) => n + s.lastRow(), 0), out };
  }

  it('a workbook with 4 times the rows takes exactly the same calls, per method', () => {
    const small = refreshCalls(1);
    const large = refreshCalls(4);
    expect(small.out.ok && large.out.ok).toBe(true);
    expect(large.rows).toBeGreaterThan(3 * small.rows);
    expect(large.calls).toEqual(small.calls);
    // The README states this total (143 with the plans of the core's scaffold, at 2,554 and 9,181
    // rows): 17 fixed calls, the date lookups, 3 per input sheet, then a fixed set per generated
    // sheet, its charts and its rules.
    const total = Object.values(small.calls).reduce((a, b) => a + b, 0);
    expect(total).toBe(Object.values(large.calls).reduce((a, b) => a + b, 0));
    expect(small.calls['SpreadsheetApp.Range.getValues']).toBe(7);
  });
});
