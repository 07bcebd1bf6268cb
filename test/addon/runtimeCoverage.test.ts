/**
 * The local runtime must cover what the bundle calls: a gap would make the end-to-end tests
 * prove nothing. Statically, every `Service.member` build/Code.js names must exist in the runtime;
 * dynamically, every entry point and custom function runs without reaching an unimplemented
 * member (which throws "X.y is not implemented by the local runtime", naming it).
 */
import { parse } from 'acorn';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FORMULA_DOCS } from '../../src/core/formulas/docs';
import { LocalRuntime } from '../../src/local/runtime/LocalRuntime';
import { loadAddon } from '../../src/local/runtime/loader';
import { day, harness } from './harness';

type Node = { type: string; [k: string]: unknown };

function serviceMembers(code: string, services: Set<string>): Set<string> {
  const found = new Set<string>();
  const walk = (n: unknown): void => {
    if (!n || typeof n !== 'object') return;
    const node = n as Node;
    if (node.type === 'MemberExpression' && !node.computed) {
      const obj = node.object as Node, prop = node.property as Node;
      if (obj.type === 'Identifier' && services.has(obj.name as string)) found.add(`${obj.name}.${prop.name}`);
    }
    for (const v of Object.values(node)) {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object' && typeof (v as Node).type === 'string') walk(v);
    }
  };
  walk(parse(code, { ecmaVersion: 2020, sourceType: 'script' }));
  return found;
}

function missingIn(globals: Record<string, unknown>, members: Set<string>): string[] {
  const missing: string[] = [];
  for (const m of members) {
    const [service, member] = m.split('.');
    try {
      if ((globals[service] as Record<string, unknown>)[member] === undefined) missing.push(m);
    } catch (e) {
      missing.push((e as Error).message);
    }
  }
  return missing;
}

describe('local runtime coverage of build/Code.js', () => {
  const runtime = new LocalRuntime({});
  const globals = runtime.globals() as unknown as Record<string, unknown>;
  const services = new Set(Object.keys(globals));

  it('implements every service member the bundle names', () => {
    const members = serviceMembers(readFileSync('build/Code.js', 'utf8'), services);
    expect(members.size).toBeGreaterThan(3);
    expect(missingIn(globals, members)).toEqual([]);
  });

  it('names the missing member when a bundle calls one the runtime lacks', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pilote-'));
    const file = path.join(dir, 'Code.js');
    expect(missingIn(globals, serviceMembers('function f() { return Utilities.parseDate("1/2/2026", "UTC", "d/M/y"); }', services)))
      .toEqual(['Utilities.parseDate is not implemented by the local runtime']);
    writeFileSync(file, 'function usesBanding() { return SpreadsheetApp.getActiveSpreadsheet().getBandings(); }');
    const addon = loadAddon(new LocalRuntime({}), file);
    expect(() => addon.call('usesBanding')).toThrow('SpreadsheetApp.Spreadsheet.getBandings is not implemented by the local runtime');
  });

  it('runs every entry point and custom function without reaching a gap', () => {
    const grid = [['Deal ID', 'Customer', 'Created', 'Stage', 'Amount', 'Close date'], ['D1', 'A', day(2026, 1, 5), 'Won', 10, day(2026, 2, 1)]];
    const { addon, range } = harness({ Deals: grid }, { timeZone: 'Europe/Paris', locale: 'en_US' });
    addon.onOpen({ authMode: 'FULL' });
    const failures: string[] = [];
    const record = (what: string, run: () => unknown) => {
      try {
        const out = run();
        const message = (out as { message?: string })?.message;
        if (message && /not implemented|permission/i.test(message)) failures.push(`${what}: ${message}`);
      } catch (e) {
        failures.push(`${what}: ${(e as Error).message}`);
      }
    };
    record('showHelp', () => addon.runMenuItem('showHelp'));
    record('insertSampleData', () => addon.runMenuItem('insertSampleData'));
    record('refreshDashboard', () => addon.runMenuItem('refreshDashboard'));
    record('setDigest', () => addon.scriptRun('setDigest', { enabled: true, day: 1, hour: 8, recipients: ['founder@example.com'], language: 'en', refreshFirst: true }));
    record('sendDigestNow', () => addon.scriptRun('sendDigestNow'));
    record('onDigestTrigger', () => addon.runTrigger('onDigestTrigger'));
    const deals = range('Deals!A:F');
    for (const doc of FORMULA_DOCS) record(doc.name, () => addon.customFunction(doc.name, deals));
    expect(failures).toEqual([]);
  });
});
