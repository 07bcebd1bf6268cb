/**
 * refresh(options) as the menu, the sidebar and a time-driven trigger call it, with the core
 * stubbed (moduleBundle.ts) so each test decides what the core returns or throws.
 * - LockService: developers.google.com/apps-script/reference/lock/lock#tryLock(Integer) — the
 *   runtime's fake clock advances while waiting; another execution holds the lock with
 *   rt.locks.holdAsOtherExecution.
 * - A time-driven trigger has no UI: developers.google.com/apps-script/guides/triggers/installable#restrictions
 *   ("…cannot … display a user interface"), so refresh must not call getUi() or toast there.
 */
import type { DashboardInput, DashboardOutput } from '../../src/core/dashboard/dashboardSheets';
import { dayFromYmd } from '../../src/core/dates/day';
import type { SheetPlan } from '../../src/core/render/sheetPlan';
import { LocalRuntime } from '../../src/local/runtime/LocalRuntime';
import { WorkbookModel } from '../../src/local/runtime/spreadsheet';
import { day, type HostGrid } from './harness';
import { loadModules, type LoadedModules } from './moduleBundle';

// 25 Nov 2026 08:00 in Tokyo, still 24 Nov in UTC.
const NOW = Date.UTC(2026, 10, 24, 23, 0);
const DEALS: HostGrid = [['Deal ID', 'Close date', 'Amount'], ['D1', day(2026, 4, 1), 1000], ['D2', day(2026, 11, 24), 2000]];
const NOTES: HostGrid = [['Free notes'], ['=SUM(1,2) typed as text']];

const plan = (key: SheetPlan['key'], name: string, charts = 0): SheetPlan => ({
  key, name, frozenRows: 1, columnWidths: [220], conditionalRules: [],
  cells: [[{ value: name, bold: true, size: 14 }], [{ value: '=IMPORTXML("http://x","//a")' }], [{ value: 42, format: '0' }]],
  charts: Array.from({ length: charts }, (_, i) => ({ kind: 'column' as const, ranges: [{ row: 2, column: 1, rows: 2, columns: 1 }], title: `Chart ${i + 1}`, anchor: { row: 1, column: 3 + 6 * i }, width: 400, height: 240 })),
});

function output(input: DashboardInput, plans: SheetPlan[]): DashboardOutput {
  // The adapter never reads the model (only the digest does): the stub leaves it out.
  return { plans, summary: { objectives: { met: 1, missed: 2, atRisk: 1, onTrack: 0 }, alerts: ['Revenue −18 % vs objective: Export −12 k€'], headline: [], tables: input.sheets.map((s) => s.name) }, model: undefined as unknown as DashboardOutput['model'] };
}

interface Setup extends LoadedModules { rt: LocalRuntime; inputs: DashboardInput[] }

async function setup(locale = 'en_US', grids: Record<string, HostGrid> = { Deals: DEALS, Notes: NOTES }): Promise<Setup> {
  const model = WorkbookModel.fromGrids(grids, { timeZone: 'Asia/Tokyo', locale });
  const rt = new LocalRuntime({ timeZone: 'Asia/Tokyo', locale, now: () => NOW }, model);
  const loaded = await loadModules(rt);
  const inputs: DashboardInput[] = [];
  loaded.setCore((input) => {
    inputs.push(input);
    return output(input, [plan('dashboard', 'Dashboard', 1), plan('sales', 'Sales', 2)]);
  });
  return { rt, inputs, ...loaded };
}

const names = (rt: LocalRuntime) => rt.workbook.sheets.map((s) => s.name);
const uiCalls = (rt: LocalRuntime) => Object.keys(rt.calls.snapshot()).filter((m) => m === 'SpreadsheetApp.getUi' || m.startsWith('Ui.'));
const userSnapshot = (rt: LocalRuntime, name: string) => { const s = rt.workbook.sheet(name); return JSON.stringify([s.values.rows, s.formats, s.formulas.rows]); };

/** What refresh threw, as a plain object (errors come from the add-on's realm). */
function thrown(run: () => unknown): { name: string; message: string } {
  try {
    run();
  } catch (e) {
    return { name: (e as Error).name, message: (e as Error).message };
  }
  throw new Error('expected a throw');
}

describe('what the core receives', () => {
  it('every sheet Pilote did not generate, once, in tab order; Date cells resolved in the spreadsheet’s zone; today in that zone', async () => {
    const { rt, modules, inputs } = await setup();
    rt.execute('FULL', () => modules.refresh({ origin: 'menu' }));
    rt.execute('FULL', () => modules.refresh({ origin: 'menu' }));
    expect(inputs.map((i) => i.sheets.map((s) => s.name))).toEqual([['Deals', 'Notes'], ['Deals', 'Notes']]);
    const [first] = inputs;
    expect(first.asOf).toBe(dayFromYmd(2026, 11, 25));
    // D1 closed on 1 April in Tokyo: the cell is 31 March 15:00 UTC; the core's dayOf gives 1 April.
    const close = first.sheets[0].grid[1][1] as Date;
    expect(close.toISOString()).toBe('2026-03-31T15:00:00.000Z');
    expect(first.dayOf(close)).toBe(dayFromYmd(2026, 4, 1));
    expect([first.locale, first.workbookName, first.settings.language, first.settings.currency]).toEqual(['en_US', 'Pilote (local)', 'en', 'USD']);
  });
});

describe('origins', () => {
  it('a time-driven trigger: no Ui, no toast, no sheet activated; a JSON-safe result', async () => {
    const { rt, modules } = await setup();
    rt.calls.reset();
    const out = rt.execute('FULL', () => modules.refresh({ origin: 'trigger' }));
    expect(uiCalls(rt)).toEqual([]);
    expect(rt.calls.get('SpreadsheetApp.Spreadsheet.toast')).toBe(0);
    expect(rt.calls.get('SpreadsheetApp.Sheet.activate')).toBe(0);
    expect(JSON.parse(JSON.stringify(out))).toEqual(out);
    expect(out).toMatchObject({
      sheets: [{ key: 'dashboard', name: 'Dashboard' }, { key: 'sales', name: 'Sales' }], renamed: [],
      objectives: { met: 1, missed: 2, atRisk: 1, onTrack: 0 }, alerts: ['Revenue −18 % vs objective: Export −12 k€'], tables: ['Deals', 'Notes'], unreadSheets: [], asOf: '2026-11-25', waitedMillis: 0,
    });
    expect(names(rt)).toEqual(['Dashboard', 'Sales', 'Deals', 'Notes']);
  });

  it('the sidebar: a toast with the objectives, never getUi()', async () => {
    const { rt, modules } = await setup();
    rt.calls.reset();
    rt.execute('FULL', () => modules.refresh({ origin: 'sidebar' }));
    expect(uiCalls(rt)).toEqual([]);
    expect(rt.eventsOf('toast')).toEqual([{ type: 'toast', title: 'Pilote', msg: 'Dashboard refreshed: 2 sheets. Objectives: 1 met, 2 missed, 1 at risk.', timeout: 5, shown: true }]);
  });

  it('the lock is released by refresh itself, after success and after failure', async () => {
    const { rt, modules, setCore } = await setup();
    expect(rt.execute('FULL', () => { modules.refresh({ origin: 'trigger' }); return rt.locks.holder('document'); })).toBeNull();
    setCore(() => { throw new Error('boom'); });
    expect(rt.execute('FULL', () => { try { modules.refresh({ origin: 'trigger' }); } catch { /* reported */ } return rt.locks.holder('document'); })).toBeNull();
  });
});

describe('two refreshes at once', () => {
  it('waits for the refresh in progress (12 s here), then refreshes', async () => {
    const { rt, modules } = await setup();
    rt.locks.holdAsOtherExecution('document', NOW + 12_000);
    const out = rt.execute('FULL', () => modules.refresh({ origin: 'sidebar' }));
    expect(out.waitedMillis).toBe(12_000);
    expect(names(rt)).toEqual(['Dashboard', 'Sales', 'Deals', 'Notes']);
  });

  it('after 30 s, from a trigger or the sidebar: throws "being refreshed", touches no UI and no sheet', async () => {
    const { rt, modules, inputs } = await setup();
    rt.locks.holdAsOtherExecution('document');
    for (const origin of ['trigger', 'sidebar'] as const) {
      rt.calls.reset();
      const start = rt.clock.now();
      const e = thrown(() => rt.execute('FULL', () => modules.refresh({ origin })));
      expect(e).toEqual({ name: 'RefreshError', message: 'The dashboard is being refreshed right now (by another editor or the monthly digest). Wait a minute, then refresh again.' });
      expect(rt.clock.now() - start).toBe(30_000);
      expect(uiCalls(rt)).toEqual([]);
      expect(rt.eventsOf('toast')).toEqual([]);
    }
    expect(inputs).toEqual([]);
    expect(names(rt)).toEqual(['Deals', 'Notes']);
  });

  it('after 30 s, from the menu: an alert says so (in French for a French workbook)', async () => {
    const { rt, modules } = await setup('fr_FR');
    rt.locks.holdAsOtherExecution('document');
    const out = rt.execute('FULL', () => modules.refreshDashboard());
    const message = 'Le tableau de bord est en cours d’actualisation (par un autre éditeur ou par le résumé mensuel). Patientez une minute, puis actualisez à nouveau.';
    expect(out).toEqual({ ok: false, message });
    expect(rt.ui.alerts).toEqual([{ kind: 'alert', title: 'Pilote', prompt: message, buttons: 'OK', response: 'OK' }]);
    expect(names(rt)).toEqual(['Deals', 'Notes']);
  });
});

describe('bad input never crashes a refresh', () => {
  it('an exception in the core: a message saying what to do, no stack; Pilote’s previous sheets and the user’s stay as they were', async () => {
    const { rt, modules, setCore } = await setup();
    rt.execute('FULL', () => modules.refresh({ origin: 'menu' }));
    const before = { order: names(rt), dashboard: userSnapshot(rt, 'Dashboard'), deals: userSnapshot(rt, 'Deals') };
    setCore(() => { throw new TypeError("Cannot read properties of undefined (reading 'amount')"); });
    const out = rt.execute('FULL', () => modules.refreshDashboard());
    const message = "Pilote could not compute the dashboard from this workbook (Cannot read properties of undefined (reading 'amount')). Check that each table starts with its header row in row 1 (the sample data shows the headers Pilote reads), then refresh again. Your sheets were not changed.";
    expect(out).toEqual({ ok: false, message });
    expect(rt.ui.alerts.map((a) => a.prompt)).toEqual([message]);
    expect(message).not.toMatch(/\n\s+at /);
    expect({ order: names(rt), dashboard: userSnapshot(rt, 'Dashboard'), deals: userSnapshot(rt, 'Deals') }).toEqual(before);
    // From a trigger the same message is thrown, for the digest to report.
    expect(thrown(() => rt.execute('FULL', () => modules.refresh({ origin: 'trigger' })))).toEqual({ name: 'RefreshError', message });
  });
});

describe('the generated sheets’ life cycle', () => {
  it('a workbook left with only Pilote’s sheets is refreshed (a spreadsheet can’t lose its last sheet)', async () => {
    const { rt, modules } = await setup();
    rt.execute('FULL', () => modules.refresh({ origin: 'menu' }));
    const ss = rt.globals().SpreadsheetApp.getActive();
    ss.deleteSheet(ss.getSheetByName('Deals')!);
    ss.deleteSheet(ss.getSheetByName('Notes')!);
    rt.execute('FULL', () => modules.refresh({ origin: 'menu' }));
    expect(names(rt)).toEqual(['Dashboard', 'Sales']);
    expect(rt.workbook.developerMetadata.map((m) => m.value)).toEqual(['dashboard', 'sales']);
    expect(rt.workbook.sheet('Sales').charts.length).toBe(2);
  });

  it('a generated sheet no plan asks for any more is deleted; a new one goes after the previous plan’s sheet', async () => {
    const { rt, modules, setCore } = await setup();
    rt.execute('FULL', () => modules.refresh({ origin: 'menu' }));
    setCore((input) => output(input, [plan('dashboard', 'Dashboard'), plan('acquisition', 'Acquisition')]));
    rt.execute('FULL', () => modules.refresh({ origin: 'menu' }));
    expect(names(rt)).toEqual(['Dashboard', 'Acquisition', 'Deals', 'Notes']);
  });

  it('a user’s copy of a generated sheet that kept the tag is handed back: untagged, untouched', async () => {
    const { rt, modules } = await setup();
    rt.execute('FULL', () => modules.refresh({ origin: 'menu' }));
    const ss = rt.globals().SpreadsheetApp.getActive();
    const copy = ss.insertSheet('Copy of Sales', 4);
    copy.getRange('A1').setValue('my edits');
    copy.addDeveloperMetadata('pilote.generated', 'sales', rt.globals().SpreadsheetApp.DeveloperMetadataVisibility.PROJECT);
    const mine = userSnapshot(rt, 'Copy of Sales');
    rt.execute('FULL', () => modules.refresh({ origin: 'menu' }));
    expect(names(rt)).toEqual(['Dashboard', 'Sales', 'Deals', 'Notes', 'Copy of Sales']);
    expect(userSnapshot(rt, 'Copy of Sales')).toBe(mine);
    expect(rt.workbook.developerMetadata.map((m) => [rt.workbook.sheetById((m.location as { sheetId: number }).sheetId)!.name, m.value])).toEqual([['Dashboard', 'dashboard'], ['Sales', 'sales']]);
  });

  it('two user sheets holding the name: "Dashboard (Pilote 2)"; names compare case-insensitively as in Sheets', async () => {
    const { rt, modules } = await setup('en_US', { DASHBOARD: [['mine']], 'dashboard (pilote)': [['mine too']] });
    const out = rt.execute('FULL', () => modules.refresh({ origin: 'menu' }));
    expect(out.renamed).toEqual([{ key: 'dashboard', wanted: 'Dashboard', name: 'Dashboard (Pilote 2)' }]);
    expect(names(rt)).toEqual(['Dashboard (Pilote 2)', 'Sales', 'DASHBOARD', 'dashboard (pilote)']);
  });
});

describe('settings in document properties', () => {
  it.each([
    ['fr_FR', 'fr', 'EUR'], ['en_US', 'en', 'USD'], ['en_GB', 'en', 'GBP'], ['de_DE', 'en', 'EUR'], ['fr_CA', 'fr', 'CAD'], ['es_MX', 'en', 'MXN'],
  ])('defaults for a %s spreadsheet: %s, %s', async (locale, language, currency) => {
    const { rt, modules } = await setup(locale);
    const s = rt.execute('FULL', () => modules.loadSettings());
    expect([s.language, s.currency, s.grain, s.kpis.length]).toEqual([language, currency, 'month', 8]);
  });

  it('saveSettings refuses invalid input with every field error and saves nothing; valid input is merged and stored as JSON', async () => {
    const { rt, modules } = await setup('fr_FR');
    const bad = rt.execute('FULL', () => modules.saveSettings({ grain: 'week', currency: 'euros', grossMargin: 0.7 }));
    expect(bad).toEqual({ ok: false, errors: [{ field: 'grain', message: expect.any(String) }, { field: 'currency', message: expect.any(String) }] });
    expect(rt.properties.get('document', 'pilote.settings')).toBeNull();
    const good = rt.execute('FULL', () => modules.saveSettings({ grain: 'quarter', currency: 'chf' }));
    expect(good).toMatchObject({ ok: true, settings: { grain: 'quarter', currency: 'CHF', language: 'fr' } });
    expect(JSON.parse(rt.properties.get('document', 'pilote.settings')!)).toMatchObject({ grain: 'quarter', currency: 'CHF', language: 'fr', grossMargin: 1 });
    const again = rt.execute('FULL', () => modules.saveSettings({ grossMargin: 0.7 }));
    expect(again).toMatchObject({ ok: true, settings: { grain: 'quarter', currency: 'CHF', grossMargin: 0.7 } });
    expect(rt.execute('FULL', () => modules.loadSettings())).toMatchObject({ grain: 'quarter', currency: 'CHF', grossMargin: 0.7 });
  });
});
