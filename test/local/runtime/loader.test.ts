import { LocalRuntime } from '../../../src/local/runtime/LocalRuntime';
import { formSubmission, isCellError, ScriptRunClientError, ScriptRunFailure } from '../../../src/local/runtime/loader';
import { loadBundle, makeRuntime, SCOPES, thrown } from './services/fixture';

const BUNDLE = `
var Pilote = (function () {
  var hidden = 1;
  return { version: '1' };
})();
const notAnEntryPoint = () => 1;
let alsoHidden = 2;
class Hidden {}
var viaVar = function () { return 'var'; };

function probeGlobals() {
  return [typeof require, typeof process, typeof Buffer, typeof setTimeout, typeof setInterval,
          typeof fetch, typeof global, typeof module, typeof exports, typeof globalThis.process].join(',');
}
function SUM_ROWS(range, factor) {
  if (!Array.isArray(range)) throw new Error('SUM_ROWS needs a range');
  return range.map(function (row) { return [row.reduce(function (a, b) { return a + (b === '' ? 0 : b); }, 0) * (factor || 1)]; });
}
function DAYS_BETWEEN(a, b) {
  if (!(a instanceof Date) || !(b instanceof Date)) throw new Error('Give two dates');
  return Math.round((b - a) / 86400000);
}
function NEXT_DAY(d) { return new Date(d.getTime() + 86400000); }
function SHEET_TZ() { return SpreadsheetApp.getActive().getSpreadsheetTimeZone(); }
function WRITE_PROP() { PropertiesService.getDocumentProperties().setProperty('k', 'v'); return 1; }
function READ_PROP() { return PropertiesService.getDocumentProperties().getProperty('k'); }
function NOTHING() {}
function ONE_D() { return [1, 2, 3]; }
function JAGGED() { return [[1, 2], [3]]; }
function private_() { return 'private'; }

function onOpen(e) {
  var menu = SpreadsheetApp.getUi().createAddonMenu()
    .addItem('Open sidebar', 'showSidebar')
    .addSeparator()
    .addItem('Refresh', 'refresh');
  menu.addToUi();
  Logger.log('open in %s', String(e.authMode));
  if (e.source) {
    Logger.log('source %s, user %s', e.source.getId(), e.user.getEmail());
  } else {
    Logger.log('no source, NONE: %s', e.authMode === ScriptApp.AuthMode.NONE);
  }
}
function onInstall(e) { onOpen(e); }
function refresh() { return 'refreshed'; }
function readDocProps() { return PropertiesService.getDocumentProperties().getKeys(); }

function echo(x) { return x; }
function describe(x) {
  return { isArray: Array.isArray(x), arrayInstance: x instanceof Array, keys: Object.keys(x), nullAt1: Array.isArray(x) ? x[1] === null : null };
}
function returnsDate() { return { when: new Date(0) }; }
function returnsDeepDate() { return { kpis: [{ name: 'MRR', rows: [[1, new Date(0)]] }] }; }
function readForm(form) {
  return { keys: Object.keys(form).sort(), amount: [typeof form.amount, form.amount], consent: form.consent, channels: form.channels,
           file: [form.csv.getName(), form.csv.getContentType(), form.csv.getDataAsString()] };
}
function fails() { throw new Error('KPI sheet missing'); }
function failsGoogle() { LockService.getDocumentLock().waitLock(10); return 'never'; }
function useGzip() { return Utilities.gzip(Utilities.newBlob('x')); }
function daily(e) { return e; }
`;

describe('loader: the vm context', () => {
  it('holds the Apps Script globals only: no require, process, Buffer, timers, fetch, global', () => {
    const addon = loadBundle(BUNDLE);
    expect(addon.call('probeGlobals')).toBe('undefined,undefined,undefined,undefined,undefined,undefined,undefined,undefined,undefined,undefined');
    const globals = Object.keys(addon.runtime.globals()).sort();
    expect(globals).toEqual(['CacheService', 'Charts', 'HtmlService', 'LockService', 'Logger', 'MailApp', 'PropertiesService', 'ScriptApp', 'Session', 'SpreadsheetApp', 'Utilities', 'console']);
  });

  it('sees top-level function and var declarations only (not const, let, class)', () => {
    const addon = loadBundle(BUNDLE);
    const names = addon.functionNames();
    expect(names).toContain('SUM_ROWS');
    expect(names).toContain('viaVar');
    expect(names).not.toContain('notAnEntryPoint');
    expect(names).not.toContain('Hidden');
    expect(names).not.toContain('Pilote');
  });

  it('an unknown or private function: "Script function not found: X"', () => {
    const addon = loadBundle(BUNDLE);
    expect(thrown(() => addon.call('nope'))).toEqual({ name: 'Exception', message: 'Script function not found: nope' });
    expect(thrown(() => addon.call('private_')).message).toBe('Script function not found: private_');
  });

  it('a member the runtime lacks throws a message naming it', () => {
    const addon = loadBundle(BUNDLE);
    expect(thrown(() => addon.call('useGzip')).message).toBe('Utilities.gzip is not implemented by the local runtime');
  });
});

describe('loader: custom functions (developers.google.com/apps-script/guides/sheets/functions)', () => {
  it('passes a range as a 2D array of the add-on realm, empty cells as ""', () => {
    const addon = loadBundle(BUNDLE);
    expect(addon.customFunction('SUM_ROWS', [[1, 2, null], [3, '', 4]], 10)).toEqual([[30], [70]]);
  });

  it('passes dates as Dates of the add-on realm and returns Dates to the host', () => {
    const addon = loadBundle(BUNDLE);
    expect(addon.customFunction('DAYS_BETWEEN', new Date(Date.UTC(2024, 0, 1)), new Date(Date.UTC(2024, 2, 1)))).toBe(60);
    const next = addon.customFunction('NEXT_DAY', new Date(Date.UTC(2024, 1, 28)));
    expect(next).toBeInstanceOf(Date);
    expect((next as Date).toISOString()).toBe('2024-02-29T00:00:00.000Z');
  });

  it('a thrown error becomes #ERROR! with the message (the cell tooltip)', () => {
    const addon = loadBundle(BUNDLE);
    const r = addon.customFunction('SUM_ROWS', 5);
    expect(isCellError(r)).toBe(true);
    expect(r).toEqual({ error: '#ERROR!', message: 'SUM_ROWS needs a range' });
  });

  it('an unknown name is #NAME?', () => {
    const addon = loadBundle(BUNDLE);
    expect(addon.customFunction('NOPE')).toEqual({ error: '#NAME?', message: "Unknown function: 'NOPE'." });
  });

  it('may read the spreadsheet time zone and properties, may not write properties', () => {
    const addon = loadBundle(BUNDLE, makeRuntime({ timeZone: 'America/New_York' }));
    expect(addon.customFunction('SHEET_TZ')).toBe('America/New_York');
    expect(addon.customFunction('READ_PROP')).toBe('');
    expect(addon.customFunction('WRITE_PROP')).toEqual({ error: '#ERROR!', message: 'You do not have permission to call Properties.setProperty' });
  });

  it('shapes results like Sheets: undefined empty, 1D array a column, jagged rows padded', () => {
    const addon = loadBundle(BUNDLE);
    expect(addon.customFunction('NOTHING')).toBe('');
    expect(addon.customFunction('ONE_D')).toEqual([[1], [2], [3]]);
    expect(addon.customFunction('JAGGED')).toEqual([[1, 2], [3, '']]);
  });

  it('runs in AuthMode.CUSTOM_FUNCTION and restores the mode', () => {
    const rt = makeRuntime();
    const addon = loadBundle(BUNDLE, rt);
    addon.customFunction('WRITE_PROP');
    expect(rt.ctx.authMode).toBe('FULL');
  });
});

describe('loader: onOpen / onInstall (developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle)', () => {
  it('in AuthMode.NONE builds the add-on menu; e.source is absent', () => {
    const rt = makeRuntime();
    const addon = loadBundle(BUNDLE, rt);
    addon.onOpen({ authMode: 'NONE' });
    expect(rt.ui.addonMenu?.items).toEqual([
      { type: 'item', caption: 'Open sidebar', functionName: 'showSidebar' },
      { type: 'separator' },
      { type: 'item', caption: 'Refresh', functionName: 'refresh' },
    ]);
    expect(rt.eventsOf('log').map((e) => e.message)).toEqual(['open in NONE', 'no source, NONE: true']);
  });

  it('in AuthMode.NONE, reading properties is refused', () => {
    const rt = makeRuntime();
    const addon = loadBundle(BUNDLE, rt);
    expect(thrown(() => addon.call('readDocProps', 'NONE')).message).toBe('You do not have permission to call PropertiesService.getDocumentProperties in AuthMode.NONE');
  });

  it('in LIMITED, e.source is the spreadsheet; e.user has a blank address (a simple trigger: developers.google.com/apps-script/reference/base/session#getActiveUser())', () => {
    const rt = makeRuntime();
    const addon = loadBundle(BUNDLE, rt);
    addon.onOpen();
    expect(rt.eventsOf('log').map((e) => e.message)).toEqual(['open in LIMITED', 'source stub-spreadsheet-id, user ']);
  });

  it('in LIMITED, a user of the developer\'s Workspace domain is visible in e.user', () => {
    const rt = makeRuntime({ sameDomainAsDeveloper: true });
    const addon = loadBundle(BUNDLE, rt);
    addon.onOpen();
    expect(rt.eventsOf('log').map((e) => e.message)).toEqual(['open in LIMITED', 'source stub-spreadsheet-id, user founder@example.com']);
  });

  it('onInstall runs in FULL; its event holds authMode only (developers.google.com/apps-script/guides/triggers/events)', () => {
    const rt = makeRuntime();
    const addon = loadBundle(BUNDLE, rt);
    addon.onInstall();
    expect(rt.eventsOf('log').map((e) => e.message)).toEqual(['open in FULL', 'no source, NONE: false']);
  });

  it('a menu item runs its function', () => {
    const addon = loadBundle(BUNDLE);
    addon.onOpen();
    expect(addon.runMenuItem('Refresh')).toBe('refreshed');
  });
});

describe('loader: google.script.run (developers.google.com/apps-script/guides/html/communication#parameters_and_return_values)', () => {
  it('copies plain objects and arrays into the add-on realm; undefined in arrays becomes null', () => {
    const addon = loadBundle(BUNDLE);
    expect(addon.scriptRun('describe', [1, undefined, 3])).toEqual({ isArray: true, arrayInstance: true, keys: ['0', '1', '2'], nullAt1: true });
    expect(addon.scriptRun('echo', { a: 1, b: undefined, c: [null, 'x'] })).toEqual({ a: 1, c: [null, 'x'] });
  });

  it('refuses Dates, functions, class instances and circular references', () => {
    const addon = loadBundle(BUNDLE);
    expect(() => addon.scriptRun('echo', { when: new Date() })).toThrow('Failed due to illegal value in property: when');
    expect(() => addon.scriptRun('echo', [() => 1])).toThrow('Failed due to illegal value in property: 0');
    expect(() => addon.scriptRun('echo', new (class X {})())).toThrow('Failed due to illegal value in property: 0');
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(() => addon.scriptRun('echo', loop)).toThrow('Failed due to illegal value in property: self');
  });

  it('a result holding a Date, at any depth, reaches the client as null', () => {
    const addon = loadBundle(BUNDLE);
    expect(addon.scriptRun('returnsDate')).toBeNull();
    expect(addon.scriptRun('returnsDeepDate')).toBeNull();
  });

  it('illegal arguments are refused by the client (ScriptRunClientError), before any execution', () => {
    const rt = makeRuntime();
    const addon = loadBundle(BUNDLE, rt);
    let caught: unknown;
    try { addon.scriptRun('echo', [1, new Date()]); } catch (e) { caught = e; }
    expect(caught).toBeInstanceOf(ScriptRunClientError);
    expect([(caught as ScriptRunClientError).kind, (caught as ScriptRunClientError).message]).toEqual(['illegal-value', 'Failed due to illegal value in property: 1']);
    expect(rt.executions.current).toBe('host');
  });

  it('serverFunctionNames: the public top-level functions, what google.script.run offers', () => {
    const addon = loadBundle(BUNDLE);
    const names = addon.serverFunctionNames();
    expect(names).toContain('echo');
    expect(names).toContain('viaVar');
    expect(names).not.toContain('private_');
    expect(addon.functionNames().filter((n) => !names.includes(n))).toEqual(['private_']);
  });

  it('a form arrives as one object: values as strings, repeated names as arrays, files as Blobs (#forms)', () => {
    const addon = loadBundle(BUNDLE);
    const form = formSubmission({ amount: 1200, consent: true, channels: ['email', 'slack'], csv: { name: 'leads.csv', contentType: 'text/csv', bytes: Buffer.from('a,b\n1,2') } });
    expect(addon.scriptRun('readForm', form)).toEqual({
      keys: ['amount', 'channels', 'consent', 'csv'], amount: ['string', '1200'], consent: 'true', channels: ['email', 'slack'], file: ['leads.csv', 'text/csv', 'a,b\n1,2'],
    });
    let caught: unknown;
    try { addon.scriptRun('readForm', form, 1); } catch (e) { caught = e; }
    expect((caught as ScriptRunClientError).kind).toBe('form-not-alone');
  });

  it('a server error reaches the failure handler with its name and message', () => {
    const addon = loadBundle(BUNDLE);
    expect(() => addon.scriptRun('fails')).toThrow(new ScriptRunFailure('Error: KPI sheet missing'));
  });

  it('an unknown or private function does not exist on google.script.run: the client throws, no failure handler runs', () => {
    const addon = loadBundle(BUNDLE);
    for (const name of ['nope', 'private_']) {
      let caught: unknown;
      try { addon.scriptRun(name); } catch (e) { caught = e; }
      expect(caught).toBeInstanceOf(ScriptRunClientError);
      expect(caught).not.toBeInstanceOf(ScriptRunFailure);
      expect((caught as ScriptRunClientError).message).toBe(`google.script.run.${name} is not a function`);
      expect((caught as ScriptRunClientError).clientErrorName).toBe('TypeError');
    }
  });

  it('each call is one execution: a lock it holds is released at its end', () => {
    const rt = makeRuntime();
    const addon = loadBundle(BUNDLE, rt);
    rt.locks.holdAsOtherExecution('document', rt.options.now() + 5);
    expect(addon.scriptRun('failsGoogle')).toBe('never');
    expect(rt.locks.holder('document')).toBeNull();
  });
});

describe('loader: time-driven triggers (developers.google.com/apps-script/guides/triggers/events#time-driven-events)', () => {
  it('fires an installed trigger with the documented event object', () => {
    const rt = makeRuntime({ scopes: [SCOPES.triggers] });
    const addon = loadBundle(BUNDLE, rt);
    const trigger = rt.execute('FULL', () => rt.globals().ScriptApp.newTrigger('daily').timeBased().everyDays(1).atHour(8).create());
    const e = addon.runTrigger('daily') as Record<string, unknown>;
    expect(String(e.authMode)).toBe('FULL');
    expect({ ...e, authMode: String(e.authMode) }).toEqual({
      authMode: 'FULL', 'day-of-month': 3, 'day-of-week': 3, hour: 7, minute: 4, month: 1, second: 5,
      timezone: 'UTC', triggerUid: trigger.getUniqueId(), 'week-of-year': 1, year: 2024,
    });
    expect(() => addon.runTrigger('unknownHandler')).toThrow(/no installed trigger/);
  });
});

describe('loader: call counting', () => {
  it('counts per method across the add-on calls', () => {
    const rt = makeRuntime();
    const addon = loadBundle(BUNDLE, rt);
    addon.onOpen({ authMode: 'NONE' });
    expect(rt.calls.get('Ui.createAddonMenu')).toBe(1);
    expect(rt.calls.get('Ui.Menu.addItem')).toBe(2);
    expect(rt.calls.get('Ui.Menu.addToUi')).toBe(1);
    expect(rt.calls.get('Logger.log')).toBe(2);
    expect(rt.calls.get('SpreadsheetApp.getUi')).toBe(1);
  });
});

describe('loader with the real SpreadsheetApp module', () => {
  const CODE = `
function TZ_AND_LOCALE() { var ss = SpreadsheetApp.getActive(); return ss.getSpreadsheetTimeZone() + ' ' + ss.getSpreadsheetLocale(); }
function onOpen(e) { SpreadsheetApp.getUi().createAddonMenu().addItem('Go', 'go').addToUi(); if (e.source) Logger.log(e.source.getId()); }
function readSheet() { return SpreadsheetApp.getActive().getId(); }
function chartType() { return String(Charts.ChartType.LINE); }
`;
  it('custom functions read the spreadsheet time zone and locale; NONE refuses reading the file', () => {
    const rt = new LocalRuntime({ now: () => 0, timeZone: 'America/New_York', locale: 'en_US' });
    const addon = loadBundle(CODE, rt);
    expect(addon.customFunction('TZ_AND_LOCALE')).toBe('America/New_York en_US');
    addon.onOpen({ authMode: 'NONE' });
    expect(rt.ui.menuFunctionNames()).toEqual(['go']);
    expect(rt.eventsOf('log')).toHaveLength(0);
    expect(() => addon.call('readSheet', 'NONE')).toThrow(/You do not have permission to call SpreadsheetApp/);
    addon.onOpen({ authMode: 'LIMITED' });
    expect(rt.eventsOf('log')[0].message).toBe(rt.workbook.id);
    expect(addon.call('chartType')).toBe('LINE');
  });
});
