/**
 * The pushed file must really work in Apps Script: entry points as top-level function
 * declarations, custom functions with their JSDoc (Sheets' autocomplete reads it), no module
 * syntax and no Node global. Parses build/Code.js (made by `npm run build`, which `npm test` runs).
 */
import { parse, Comment } from 'acorn';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { FORMULA_DOCS } from '../../src/core/formulas/docs';
import { KPIS } from '../../src/core/kpi/registry';
import { SIDEBAR_FUNCTIONS, SIDEBAR_PARAMS } from '../../src/addon/sidebar/api';

const CODE = 'build/Code.js';
if (!existsSync(CODE)) execFileSync(process.execPath, ['esbuild.config.mjs', 'addon']);
const code = readFileSync(CODE, 'utf8');
const comments: Comment[] = [];
// ecmaVersion 2020 + script: any import/export or ES2021+ syntax fails here.
const ast = parse(code, { ecmaVersion: 2020, sourceType: 'script', onComment: comments });

type Node = { type: string; start: number; end: number; [k: string]: unknown };
const body = (ast as unknown as { body: Node[] }).body;
const functions = new Map<string, Node>();
for (const n of body) if (n.type === 'FunctionDeclaration') functions.set((n.id as { name: string }).name, n);

function jsdocBefore(fn: Node): string | undefined {
  const c = comments.filter((x) => x.type === 'Block' && x.end <= fn.start).pop();
  if (!c || code.slice(c.end, fn.start).trim() !== '') return undefined;
  return c.value;
}

describe('build/Code.js', () => {
  it('parses as an ES2020 script (no import/export) and starts with the IIFE holding the add-on', () => {
    expect(body.some((n) => n.type === 'VariableDeclaration' && code.slice(n.start, n.end).startsWith('var Pilote ='))).toBe(true);
    expect(body.some((n) => n.type.startsWith('Import') || n.type.startsWith('Export'))).toBe(false);
  });

  it.each(['onOpen', 'onInstall', 'insertSampleData', 'showHelp', 'openSidebar', ...SIDEBAR_FUNCTIONS])('declares the entry point %s at top level', (name) => {
    expect(functions.has(name)).toBe(true);
  });

  it('declares one custom function per KPI plus KPI_BY_PERIOD, KPI_BY_SEGMENT and PILOTE_CHECK, named as Sheets allows', () => {
    const names = [...KPIS.map((k) => k.id), 'KPI_BY_PERIOD', 'KPI_BY_SEGMENT', 'PILOTE_CHECK'];
    expect(FORMULA_DOCS.map((d) => d.name)).toEqual(names);
    for (const name of names) {
      expect(functions.has(name)).toBe(true);
      expect(name).not.toMatch(/_$/); // a trailing underscore makes a function private
    }
  });

  it.each(FORMULA_DOCS.map((d) => [d.name, d] as const))('%s keeps its JSDoc: description, @param per real parameter, @customfunction', (name, doc) => {
    const fn = functions.get(name)!;
    const jsdoc = jsdocBefore(fn);
    expect(jsdoc).toBeDefined();
    const lines = jsdoc!.split('\n').map((l) => l.replace(/^\s*\*\s?/, '').trim()).filter(Boolean);
    expect(lines[0]).toBe(doc.description);
    expect(lines).toContain('@customfunction');
    const params = lines.filter((l) => l.startsWith('@param')).map((l) => /^@param \{[^}]+\} (\w+)/.exec(l)![1]);
    const declared = (fn.params as { name: string }[]).map((p) => p.name);
    expect(params).toEqual(declared);
    expect(declared).toEqual(doc.params.map((p) => p.name));
  });

  it('gives each sidebar server function its parameters, by name (refreshDashboard takes the caller: the menu passes nothing)', () => {
    for (const name of SIDEBAR_FUNCTIONS) {
      expect(name).not.toMatch(/_$/); // google.script.run can't call a private function
      expect((functions.get(name)!.params as { name: string }[]).map((p) => p.name)).toEqual([...SIDEBAR_PARAMS[name]]);
    }
    expect(SIDEBAR_FUNCTIONS.slice().sort()).toEqual(['getSidebarState', 'refreshDashboard', 'saveSettings', 'saveTargets', 'selectProblem', 'sendDigestNow', 'setDigest', 'setUpSheets']);
  });

  it('uses no Node or browser global that Apps Script lacks', () => {
    const forbidden = new Set(['require', 'process', 'module', 'exports', '__dirname', '__filename', 'Buffer', 'global', 'setTimeout', 'setInterval', 'setImmediate', 'fetch', 'window', 'document']);
    const found = new Set<string>();
    const walk = (node: unknown, parent?: Node): void => {
      if (!node || typeof node !== 'object') return;
      const n = node as Node;
      if (n.type === 'Identifier' && forbidden.has(n.name as string)) {
        const isKey = parent && ((parent.type === 'MemberExpression' && parent.property === n && !parent.computed) || (parent.type === 'Property' && parent.key === n && !parent.computed));
        if (!isKey) found.add(n.name as string);
      }
      for (const v of Object.values(n)) {
        if (Array.isArray(v)) v.forEach((c) => walk(c, n));
        else if (v && typeof v === 'object' && typeof (v as Node).type === 'string') walk(v, n);
      }
    };
    walk(ast);
    expect([...found]).toEqual([]);
  });

  it('ships the manifest: V8, Stackdriver logging and only the scopes the README documents', () => {
    const manifest = JSON.parse(readFileSync('build/appsscript.json', 'utf8'));
    expect(manifest).toEqual(JSON.parse(readFileSync('appsscript.json', 'utf8')));
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.exceptionLogging).toBe('STACKDRIVER');
    const readme = readFileSync('README.md', 'utf8');
    for (const scope of manifest.oauthScopes) expect(readme).toContain(scope);
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
      // The monthly digest: MailApp, its daily trigger, the user's address (issue 12).
      'https://www.googleapis.com/auth/script.send_mail',
      'https://www.googleapis.com/auth/script.scriptapp',
      'https://www.googleapis.com/auth/userinfo.email',
    ]);
  });
});
