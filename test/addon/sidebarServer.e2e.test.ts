/**
 * The sidebar's server functions as the sidebar calls them: google.script.run on the built
 * bundle (build/Code.js) in the local runtime (addon.scriptRun copies arguments and results by
 * Google's rules: a Date anywhere in a result would arrive as null). Workbooks are small and
 * hand-made, so every expected value is read off the grids below.
 * References: developers.google.com/apps-script/guides/html/communication (parameters and return
 * values, forms, failure handlers), …/reference/run (private functions), …/reference/base/ui#showSidebar(Object).
 */
import { readFileSync } from 'node:fs';
import type { SidebarState, TargetsView } from '../../src/addon/sidebar/api';
import { formSubmission, ScriptRunClientError, ScriptRunFailure } from '../../src/local/runtime/loader';
import { harness, day, type HostGrid } from './harness';

// 25 Nov 2026, 10:00 in Paris.
const NOW = Date.UTC(2026, 10, 25, 9, 0);

/** Deals with two problems: row 3's amount is not a number, row 6 repeats D1's ID. */
const DEALS: HostGrid = [
  ['Deal ID', 'Client', 'Étape', 'Montant', 'Date de clôture', 'Owner', 'Notes'],
  ['D1', 'Acme', 'Won', 1000, day(2026, 3, 1), 'Alice', 'first'],
  ['D2', 'Beta', 'Won', 'abc', day(2026, 3, 2), 'Bob', ''],
  ['D3', 'Gamma', 'Proposal', 500, '', 'Alice', ''],
  ['D4', 'Delta', 'proposal ', 200, '', 'Bob', ''],
  ['D1', 'Acme', 'Discovery', 50, '', 'Alice', 'dup'],
];

/** A Targets sheet typed by hand, with a column of the user's own. */
const TARGETS: HostGrid = [
  ['KPI', 'Period', 'Target', 'Filter column', 'Filter value', 'Note'],
  ['Revenue', '2026-03', 10000, '', '', 'set by hand'],
  ['CAC', '2026-Q1', 500, 'Channel', 'LinkedIn', 'board asked'],
  ['Bogus', '2026-03', 1, '', '', ''],
];

function setup(grids: Record<string, HostGrid>, locale = 'en_US') {
  const h = harness(grids, { timeZone: 'Europe/Paris', locale, now: () => NOW });
  const call = <T>(name: string, ...args: unknown[]) => h.addon.scriptRun(name, ...args) as T;
  const state = () => call<SidebarState>('getSidebarState');
  const cells = (sheet: string) => h.rt.globals().SpreadsheetApp.getActive().getSheetByName(sheet)!.getDataRange().getValues();
  return { ...h, call, state, cells };
}

describe('getSidebarState', () => {
  const { state, rt } = setup({ 'Opportunités 2026': DEALS, Notes: [['Free notes'], ['call Bob']] }, 'fr_FR');
  rt.calls.reset();
  const s = state();

  it('is JSON-safe (no Date: it would have reached the client as null) and dates travel as text', () => {
    expect(s).not.toBeNull();
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
    expect(s.asOf).toBe('2026-11-25');
    expect([s.language, s.settings.currency, s.spreadsheet.timeZone]).toEqual(['fr', 'EUR', 'Europe/Paris']);
  });

  it('says which sheet holds which table, the header recognised for each field and the fields not found', () => {
    expect(s.status.tables.map((t) => [t.kind, t.sheet, t.rows])).toEqual([['deals', 'Opportunités 2026', 5]]);
    const deals = s.status.tables[0];
    expect(deals.fields.map((f) => [f.key, f.header, f.column])).toEqual([
      ['id', 'Deal ID', 1], ['customer', 'Client', 2], ['created', null, null], ['stage', 'Étape', 3], ['amount', 'Montant', 4],
      ['closed', 'Date de clôture', 5], ['owner', 'Owner', 6], ['product', null, null], ['region', null, null], ['channel', null, null],
    ]);
    expect(deals.fields.find((f) => f.key === 'region')!.aliases).toEqual(['Region', 'Région']);
    expect(deals.unmatched).toEqual(['Notes']);
    expect(s.status.missing).toEqual(['leads', 'activities', 'spend', 'customers', 'surveys', 'targets']);
    expect(s.status.unrecognised).toEqual([{ sheet: 'Notes', firstRow: ['Free notes'] }]);
    expect(s.status.setUpNames).toMatchObject({ deals: 'Opportunités', targets: 'Objectifs' });
  });

  it('lists the data check by sheet row, with the cell to select: no Created column (row 1), amount "abc" (row 3, column 4), D1 again (row 6, column 1)', () => {
    const deals = s.status.tables[0];
    expect([deals.problemCount, deals.problemRows]).toEqual([3, 3]);
    expect(deals.problems).toEqual([
      { ref: { sheet: 'Opportunités 2026', row: 1, column: null }, column: '', value: '', message: 'no Created column (name one Created, Created date, Date de création): SALES_CYCLE cannot be computed' },
      { ref: { sheet: 'Opportunités 2026', row: 3, column: 4 }, column: 'Montant', value: 'abc', message: expect.stringMatching(/^not an amount/) },
      { ref: { sheet: 'Opportunités 2026', row: 6, column: 1 }, column: 'Deal ID', value: 'D1', message: 'duplicate deal ID' },
    ]);
  });

  it('offers the open stages found (Proposal twice, whatever the spelling; Discovery once) and the segment values', () => {
    expect(s.catalog.stages).toEqual([{ stage: 'Proposal', deals: 2 }, { stage: 'Discovery', deals: 1 }]);
    // Alice owns D1, D3 and the second D1: 3; Bob D2 and D4: 2.
    expect(s.catalog.segments).toEqual([{ column: 'Owner', values: ['Alice', 'Bob'] }]);
    expect(s.catalog.periods.month.slice(0, 2)).toEqual(['2026-10', '2026-09']);
    expect(s.catalog.periods.quarter.slice(0, 2)).toEqual(['2026-Q3', '2026-Q2']);
  });

  it('has no Targets sheet yet, names the one it would create, and the digest defaults to the user', () => {
    expect(s.targets).toEqual({ sheet: null, newSheetName: 'Objectifs', rows: [] });
    expect(s.digest).toEqual({ settings: { enabled: false, day: 1, hour: 8, recipients: ['founder@example.com'], language: 'fr', refreshFirst: true } });
    expect(s.dashboardSheets).toEqual([]);
  });

  it('reads each sheet once, whatever its rows', () => {
    expect(rt.calls.get('SpreadsheetApp.Range.getValues')).toBe(2);
    expect(rt.calls.get('SpreadsheetApp.Sheet.getDataRange')).toBe(2);
  });
});

describe('saveSettings', () => {
  it('a bad value gets a message naming its field and nothing is saved; a good one is stored and read back', () => {
    const { call, rt, state } = setup({ Deals: DEALS });
    const bad = call<{ ok: boolean; errors: { field: string }[] }>('saveSettings', { grain: 'month', kpis: ['REVENUE', 'LEADS'], currency: 'euro', stageProbabilities: { Proposal: 1.5 } });
    expect(bad.ok).toBe(false);
    expect(bad.errors.map((e) => e.field)).toEqual(['kpis', 'currency', 'stageProbabilities']);
    expect(rt.properties.get('document', 'pilote.settings')).toBeNull();
    const good = call<{ ok: boolean }>('saveSettings', { grain: 'quarter', period: '2026-Q2', kpis: ['REVENUE', 'LEADS', 'CAC', 'CHURN', 'NPS'], currency: 'GBP', stageProbabilities: { Proposal: 0.4 } });
    expect(good).toMatchObject({ ok: true, settings: { grain: 'quarter', period: '2026-Q2', currency: 'GBP' } });
    expect(state().settings).toMatchObject({ grain: 'quarter', period: '2026-Q2', kpis: ['REVENUE', 'LEADS', 'CAC', 'CHURN', 'NPS'], currency: 'GBP', stageProbabilities: { Proposal: 0.4 } });
  });

  it('a form arrives as strings (…/communication#forms): numbers typed as text are read, a word is refused', () => {
    const { call } = setup({ Deals: DEALS });
    expect(call('saveSettings', formSubmission({ grossMargin: '0.7', currency: 'chf' }))).toMatchObject({ ok: true, settings: { grossMargin: 0.7, currency: 'CHF' } });
    expect(call('saveSettings', formSubmission({ grossMargin: 'most' }))).toMatchObject({ ok: false, errors: [{ field: 'grossMargin' }] });
  });
});

describe('saveTargets', () => {
  it('reads the hand-written rows: what Pilote understood of each, and why it can’t use one', () => {
    const { state } = setup({ Deals: DEALS, Targets: TARGETS });
    const t = state().targets;
    expect(t.sheet).toBe('Targets');
    expect(t.rows.map((r) => [r.row, r.kpi, r.kpiId, r.periodKey, r.target, r.filterColumn, r.filterValue])).toEqual([
      [2, 'Revenue', 'REVENUE', '2026-03', 10000, '', ''],
      [3, 'CAC', 'CAC', '2026-Q1', 500, 'Channel', 'LinkedIn'],
      [4, 'Bogus', null, '2026-03', 1, '', ''],
    ]);
    expect(t.rows[2].problem).toMatch(/^KPI: unknown KPI/);
    expect(t.rows.map((r) => r.problem === null)).toEqual([true, true, false]);
  });

  it('edits, removes and adds in one save; a hand-written row and the user’s own column are kept', () => {
    const { call, state, cells, rt } = setup({ Deals: DEALS, Targets: TARGETS });
    const [revenue, cac, bogus] = state().targets.rows;
    const r = call<{ ok: true; targets: TargetsView; added: number; edited: number; removed: number; createdSheet: null }>('saveTargets', {
      sheet: 'Targets',
      edit: [{ row: cac.row, version: cac.version, target: { kpi: 'CAC', period: '2026-Q1', target: 450, filterColumn: 'Channel', filterValue: 'LinkedIn' } }],
      remove: [{ row: bogus.row, version: bogus.version }],
      add: [{ kpi: 'WIN_RATE', period: '2026-04', target: 0.3 }],
    });
    expect([r.ok, r.added, r.edited, r.removed, r.createdSheet]).toEqual([true, 1, 1, 1, null]);
    expect(cells('Targets')).toEqual([
      ['KPI', 'Period', 'Target', 'Filter column', 'Filter value', 'Note'],
      ['Revenue', '2026-03', 10000, '', '', 'set by hand'],
      ['CAC', '2026-Q1', 450, 'Channel', 'LinkedIn', 'board asked'],
      ['WIN_RATE', '2026-04', 0.3, '', '', ''],
    ]);
    expect(r.targets.rows.map((x) => [x.row, x.kpiId, x.target])).toEqual([[2, 'REVENUE', 10000], [3, 'CAC', 450], [4, 'WIN_RATE', 0.3]]);
    expect(r.targets.rows[0].version).toBe(revenue.version);
    // Periods written as text (a General cell would make 2026-04 a date); the rate shown as a percentage.
    const sheet = rt.workbook.sheet('Targets');
    expect([sheet.numberFormat(3, 1), sheet.numberFormat(3, 2)]).toEqual(['@', '0.0%']);
  });

  it('refuses to change a row edited by hand since it was read, or gone: nothing is written, the sidebar gets the sheet as it is', () => {
    const { call, state, cells, rt } = setup({ Deals: DEALS, Targets: TARGETS });
    const [revenue, cac] = state().targets.rows;
    const ss = rt.globals().SpreadsheetApp.getActive();
    ss.getRange('Targets!C2').setValue(11000); // the user, meanwhile
    const before = JSON.stringify(cells('Targets'));
    const r = call<{ ok: false; reason: string; message: string; conflicts: { row: number; message: string }[]; targets: TargetsView }>('saveTargets', {
      sheet: 'Targets',
      edit: [{ row: revenue.row, version: revenue.version, target: { kpi: 'REVENUE', period: '2026-03', target: 12000 } }],
      add: [{ kpi: 'LEADS', period: '2026-04', target: 100 }],
    });
    expect([r.ok, r.reason]).toEqual([false, 'conflict']);
    expect(r.conflicts).toEqual([{ row: 2, message: 'Row 2 was changed in the sheet.' }]);
    expect(r.message).toMatch(/^Nothing was saved/);
    expect(JSON.stringify(cells('Targets'))).toBe(before);
    expect(r.targets.rows[0].target).toBe(11000);

    ss.getSheetByName('Targets')!.deleteRows(3, 2);
    const gone = call<{ conflicts: unknown[] }>('saveTargets', { sheet: 'Targets', remove: [{ row: cac.row, version: cac.version }] });
    expect(gone.conflicts).toEqual([{ row: 3, message: 'Row 3 is no longer there.' }]);
  });

  it('refuses bad objectives field by field and writes nothing', () => {
    const { call, cells } = setup({ Deals: DEALS, Targets: TARGETS });
    const before = JSON.stringify(cells('Targets'));
    const r = call<{ ok: false; reason: string; errors: { change: string; index: number; field: string }[] }>('saveTargets', {
      sheet: 'Targets',
      add: [{ kpi: 'NOPE', period: 'March', target: 3 }, { kpi: 'WIN_RATE', period: '2026-04', target: 25 }, { kpi: 'LEADS', period: '2026', target: 10, filterColumn: 'Channel' }],
    });
    expect([r.ok, r.reason]).toEqual([false, 'invalid']);
    expect(r.errors.map((e) => [e.change, e.index, e.field])).toEqual([['add', 0, 'kpi'], ['add', 0, 'period'], ['add', 1, 'target'], ['add', 2, 'filterValue']]);
    expect(JSON.stringify(cells('Targets'))).toBe(before);
  });

  it('creates the Targets sheet when there is none (named in the spreadsheet’s language), and text can’t become a formula', () => {
    const { call, cells, rt } = setup({ Opportunités: DEALS }, 'fr_FR');
    const r = call<{ ok: true; createdSheet: string; targets: TargetsView }>('saveTargets', {
      sheet: null, add: [{ kpi: 'REVENUE', period: '2026-03', target: 12000, filterColumn: 'Owner', filterValue: '=IMPORTXML("http://x","//a")' }],
    });
    expect([r.ok, r.createdSheet, r.targets.sheet]).toEqual([true, 'Objectifs', 'Objectifs']);
    expect(cells('Objectifs')).toEqual([
      ['KPI', 'Période', 'Objectif', 'Colonne filtre', 'Valeur filtre'],
      ['REVENUE', '2026-03', 12000, 'Owner', '=IMPORTXML("http://x","//a")'],
    ]);
    const sheet = rt.workbook.sheet('Objectifs');
    expect(sheet.formulas.get(1, 4)).toBeUndefined();
    expect([sheet.frozenRows, sheet.numberFormat(1, 2)]).toEqual([1, '#,##0 "€"']);
  });

  it('writes each block of new rows with one call per run of columns, however many rows', () => {
    const { call, rt } = setup({ Deals: DEALS, Targets: TARGETS });
    rt.calls.reset();
    const add = Array.from({ length: 30 }, (_, i) => ({ kpi: 'LEADS', period: `2027-${String((i % 12) + 1).padStart(2, '0')}`, target: 100 + i }));
    expect(call<{ ok: boolean }>('saveTargets', { sheet: 'Targets', add }).ok).toBe(true);
    expect([rt.calls.get('SpreadsheetApp.Range.setValues'), rt.calls.get('SpreadsheetApp.Range.setNumberFormats')]).toEqual([1, 1]);
  });
});

describe('selectProblem', () => {
  it('selects the offending cell, or the whole row; a sheet gone gets a message', () => {
    const { call, state, rt } = setup({ Notes: [['x']], Deals: DEALS });
    const amount = state().status.tables[0].problems.find((p) => p.ref.row === 3)!;
    expect(call('selectProblem', amount.ref)).toEqual({ ok: true, sheet: 'Deals', a1: 'D3' });
    const ss = rt.globals().SpreadsheetApp.getActive();
    expect([ss.getActiveSheet().getName(), ss.getActiveRange()!.getA1Notation()]).toEqual(['Deals', 'D3']);
    expect(call('selectProblem', { sheet: 'Deals', row: 6, column: null })).toEqual({ ok: true, sheet: 'Deals', a1: 'A6:G6' });
    expect(call('selectProblem', { sheet: 'Old deals', row: 2, column: 1 })).toEqual({ ok: false, message: expect.stringMatching(/^The sheet “Old deals” no longer exists/) });
  });

  it('a Date in the argument never leaves the client (…/communication#parameters_and_return_values)', () => {
    const { addon } = setup({ Deals: DEALS });
    expect(() => addon.scriptRun('selectProblem', { sheet: 'Deals', row: new Date(), column: 1 })).toThrow(new ScriptRunClientError('Failed due to illegal value in property: row', 'illegal-value', 'Error'));
  });
});

describe('refreshDashboard: one function for the menu and the sidebar', () => {
  it('from the sidebar: the JSON-safe result, no alert', () => {
    const { addon, rt } = setup({ Deals: DEALS });
    const r = addon.scriptRun('refreshDashboard', 'sidebar') as { sheets: { key: string }[]; asOf: string; objectives: object };
    expect(r).not.toBeNull();
    expect(r.sheets[0].key).toBe('dashboard');
    expect(r.asOf).toBe('2026-11-25');
    expect(rt.ui.alerts).toEqual([]);
  });

  it('from the sidebar, a failure reaches the failure handler with what to do, never a stack; the menu shows it in an alert', () => {
    const { addon, rt } = setup({ Deals: DEALS });
    rt.locks.holdAsOtherExecution('document');
    const busy = 'The dashboard is being refreshed right now (by another editor or the monthly digest). Wait a minute, then refresh again.';
    expect(() => addon.scriptRun('refreshDashboard', 'sidebar')).toThrow(new ScriptRunFailure(`RefreshError: ${busy}`));
    expect(rt.ui.alerts).toEqual([]);
    addon.onOpen({ authMode: 'FULL' });
    expect(addon.runMenuItem('refreshDashboard')).toEqual({ ok: false, message: busy });
    expect(rt.ui.alerts.map((a) => a.prompt)).toEqual([busy]);
  });

  it('an unexpected failure is turned into a message that says what to do, with its first line only', () => {
    const { addon, rt } = setup({ Deals: DEALS });
    rt.workbook.unavailable = true; // the file deleted meanwhile: getActiveSpreadsheet() is null
    let message = '';
    try {
      addon.scriptRun('getSidebarState');
    } catch (e) {
      message = (e as ScriptRunFailure).message;
    }
    expect(message).toMatch(/^SidebarError: Pilote ran into a problem \(Cannot read properties of null \(reading '\w+'\)\)\. Try again; if it keeps happening, close and reopen the spreadsheet\. Your sheets were not changed\.$/);
  });
});

describe('what Sheets refuses, on Pilote’s own sidebar', () => {
  it('"Open Pilote" shows build/Sidebar.html at 300 px (…/base/ui#showSidebar(Object): every sidebar is 300 pixels wide)', () => {
    const { addon, rt } = setup({ Deals: DEALS });
    addon.onOpen({ authMode: 'FULL' });
    addon.runMenuItem('openSidebar');
    expect(rt.ui.sidebars).toHaveLength(1);
    const [shown] = rt.ui.sidebars;
    expect([shown.title, shown.width]).toEqual(['Pilote', 300]);
    expect(shown.content).toBe(readFileSync('build/Sidebar.html', 'utf8'));
  });

  it('google.script.run offers the server functions, and nothing of the bundle’s insides (…/reference/run)', () => {
    const { addon } = setup({ Deals: DEALS });
    const names = addon.serverFunctionNames();
    for (const name of ['getSidebarState', 'saveSettings', 'saveTargets', 'selectProblem', 'refreshDashboard', 'setUpSheets', 'setDigest', 'sendDigestNow', 'openSidebar']) expect(names).toContain(name);
    for (const inside of ['forSidebar', 'refresh', 'loadSettings', 'sidebarServer']) {
      expect(names).not.toContain(inside);
      expect(() => addon.scriptRun(inside)).toThrow(new ScriptRunClientError(`google.script.run.${inside} is not a function`, 'not-a-function', 'TypeError'));
    }
  });
});

describe('the monthly digest, through the sidebar’s API (src/addon/digest/)', () => {
  it('refuses bad settings by field and saves nothing; saves good ones and installs the daily trigger', () => {
    const { call, rt, state } = setup({ Deals: DEALS });
    const bad = call<{ ok: false; errors: { field: string }[] }>('setDigest', { enabled: true, day: 31, hour: 8, recipients: Array.from({ length: 11 }, (_, i) => `r${i}@example.com`), language: 'en', refreshFirst: true });
    expect(bad.errors.map((e) => e.field)).toEqual(['day', 'recipients']);
    expect(rt.properties.get('document', 'pilote.digest')).toBeNull();
    expect(rt.triggers.list()).toEqual([]);
    const settings = { enabled: true, day: 3, hour: 7, recipients: ['ceo@example.com', 'cfo@example.com'], language: 'fr', refreshFirst: false };
    expect(call('setDigest', settings)).toEqual({ ok: true, status: { settings } });
    expect(rt.triggers.list()).toHaveLength(1);
    expect(state().digest.settings).toEqual(settings);
  });

  it('"Send a test now" mails the digest to the user only; a failure’s message goes to the sidebar as written', () => {
    const { call, addon, rt } = setup({ Deals: DEALS });
    call('setDigest', { enabled: false, day: 1, hour: 8, recipients: ['ceo@example.com'], language: 'en', refreshFirst: true });
    expect(call('sendDigestNow')).toEqual({ sentTo: ['founder@example.com'] });
    expect(rt.mail.sent.map((m) => [m.to, m.subject.slice(0, 16)])).toEqual([[['founder@example.com'], '[Test] Pilote — ']]);
    rt.locks.holdAsOtherExecution('document');
    expect(() => addon.scriptRun('sendDigestNow')).toThrow(new ScriptRunFailure('Error: The dashboard is being refreshed right now (by another editor or the monthly digest). Wait a minute, then send the test again.'));
  });
});
