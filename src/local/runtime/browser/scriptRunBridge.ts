import type { Page } from 'playwright-core';
import type { LoadedAddon, FormFieldValue } from '../loader';
import { formSubmission, ScriptRunClientError, ScriptRunFailure } from '../loader';
import type { ShownHtml } from '../services/ui';

/**
 * A faithful `google.script.run` and `google.script.host` for a sidebar or dialog opened in a
 * Playwright page, served by the local runtime (addon.scriptRun). Node-only; for browser tests.
 *
 * What the page gets, as developers.google.com/apps-script/guides/html/reference/run and
 * …/guides/html/communication describe it:
 * - `google.script.run` holds exactly the add-on's public server functions
 *   (addon.serverFunctionNames()): a private `name_` or unknown one is undefined, so calling it
 *   is the browser's own TypeError and no handler runs;
 * - `withSuccessHandler(fn)`, `withFailureHandler(fn)`, `withUserObject(obj)` each return a new
 *   runner (google.script.run itself stays bare); handlers run asynchronously, after the call
 *   returns, with `(result, userObject)` / `(error, userObject)`;
 * - arguments are checked in the page, synchronously, as the client does: a Date, function,
 *   class instance or circular reference throws "Failed due to illegal value in property: …";
 *   a `<form>` element must be the only parameter and is sent as its fields (files as bytes,
 *   which the server receives as Blobs);
 * - a server error reaches the failure handler as an Error; with no failure handler it is an
 *   uncaught error of the page (Playwright's 'pageerror');
 * - `google.script.host.close()` is recorded (ScriptRunBridge.closeCount); `editor.focus()` is a
 *   no-op.
 *
 * Call it before the page loads the HTML (it installs an init script), e.g. with openShownHtml:
 *   const bridge = await installScriptRunBridge(page, addon);
 *   await openShownHtml(page, runtime.ui.sidebars[0]);
 */
export interface ScriptRunBridge {
  /** The calls the page made, in order, and how each ended. */
  readonly calls: ReadonlyArray<{ name: string; outcome: 'success' | 'failure' }>;
  /** How many times the page called google.script.host.close(). */
  readonly closeCount: number;
}

interface ServedCall { name: string; outcome: 'success' | 'failure' }

const RUN_BINDING = '__piloteScriptRun';
const CLOSE_BINDING = '__piloteHostClose';

/** What the page sends for a form: its fields, files as base64. */
interface EncodedForm {
  __piloteForm: Record<string, string | { file: { name: string; type: string; base64: string } } | (string | { file: { name: string; type: string; base64: string } })[]>;
}

export async function installScriptRunBridge(page: Page, addon: LoadedAddon): Promise<ScriptRunBridge> {
  const calls: ServedCall[] = [];
  let closeCount = 0;
  await page.exposeBinding(RUN_BINDING, (_source, name: string, args: unknown[]) => {
    try {
      const value = addon.scriptRun(name, ...decodeArguments(args));
      calls.push({ name, outcome: 'success' });
      return { ok: true, value };
    } catch (e) {
      calls.push({ name, outcome: 'failure' });
      if (e instanceof ScriptRunFailure) return { ok: false, message: e.message };
      // The page checks names and arguments before calling; reaching here means it let one through.
      if (e instanceof ScriptRunClientError) return { ok: false, message: `Local runtime: the page's client check missed: ${e.message}` };
      throw e;
    }
  });
  await page.exposeBinding(CLOSE_BINDING, () => {
    closeCount++;
  });
  await page.addInitScript({ content: clientScript(addon.serverFunctionNames()) });
  return {
    get calls() { return calls.slice(); },
    get closeCount() { return closeCount; },
  };
}

/**
 * Shows what the add-on showed (runtime.ui.shown) as the user would see it: a sidebar in a
 * 300-pixel-wide viewport, a dialog at its width and height. Served from a local URL so the
 * page is a real navigation (init scripts run) without any network.
 */
export async function openShownHtml(page: Page, shown: ShownHtml, height = 800): Promise<void> {
  const width = shown.width ?? 600; // a sidebar's is SIDEBAR_WIDTH, whatever setWidth asked
  await page.setViewportSize({ width, height: shown.kind === 'sidebar' ? height : shown.height ?? 400 });
  await openHtml(page, shown.content);
}

/** Loads `html` as a page of its own (a routed local URL, no network). */
export async function openHtml(page: Page, html: string): Promise<void> {
  const url = 'https://pilote.local/userCodeAppPanel';
  await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  await page.goto(url);
}

function decodeArguments(args: unknown[]): unknown[] {
  if (args.length === 1 && isEncodedForm(args[0])) {
    const fields: Record<string, FormFieldValue> = {};
    for (const [k, v] of Object.entries(args[0].__piloteForm)) {
      if (Array.isArray(v)) {
        if (!v.every((x): x is string => typeof x === 'string')) throw new Error(`Local runtime: several files in one form field (${k}) are not supported by the bridge`);
        fields[k] = v;
      } else fields[k] = typeof v === 'string' ? v : { name: v.file.name, contentType: v.file.type, bytes: Buffer.from(v.file.base64, 'base64') };
    }
    return [formSubmission(fields)];
  }
  return args;
}

function isEncodedForm(v: unknown): v is EncodedForm {
  return !!v && typeof v === 'object' && '__piloteForm' in v;
}

/** The page side, as plain ES2017 for the browser (no DOM types on the Node side). */
function clientScript(serverFunctions: string[]): string {
  return `(function (names, runBinding, closeBinding) {
  function illegal(where) { return new Error('Failed due to illegal value in property: ' + where); }
  function check(v, where, seen) {
    if (v === null || v === undefined || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return;
    if (typeof v !== 'object' || seen.indexOf(v) >= 0) throw illegal(where);
    if (Array.isArray(v)) { seen.push(v); v.forEach(function (x, i) { check(x, String(i), seen); }); seen.pop(); return; }
    var proto = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null) throw illegal(where);
    seen.push(v); Object.keys(v).forEach(function (k) { check(v[k], k, seen); }); seen.pop();
  }
  function isForm(v) { return typeof HTMLFormElement !== 'undefined' && v instanceof HTMLFormElement; }
  function base64(buffer) {
    var bytes = new Uint8Array(buffer), s = '';
    for (var i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
    return btoa(s);
  }
  function encodeForm(form) {
    var entries = Array.from(new FormData(form).entries());
    return Promise.all(entries.map(function (entry) {
      var value = entry[1];
      if (typeof value === 'string') return [entry[0], value];
      return value.arrayBuffer().then(function (buf) { return [entry[0], { file: { name: value.name, type: value.type || 'application/octet-stream', base64: base64(buf) } }]; });
    })).then(function (pairs) {
      var fields = {};
      pairs.forEach(function (p) {
        if (!Object.prototype.hasOwnProperty.call(fields, p[0])) fields[p[0]] = p[1];
        else if (Array.isArray(fields[p[0]])) fields[p[0]].push(p[1]);
        else fields[p[0]] = [fields[p[0]], p[1]];
      });
      return { __piloteForm: fields };
    });
  }
  function runner(config) {
    var r = {
      withSuccessHandler: function (fn) { return runner(Object.assign({}, config, { success: fn })); },
      withFailureHandler: function (fn) { return runner(Object.assign({}, config, { failure: fn })); },
      withUserObject: function (obj) { return runner(Object.assign({}, config, { userObject: obj })); }
    };
    names.forEach(function (name) {
      r[name] = function () {
        var args = Array.prototype.slice.call(arguments);
        var hasForm = args.some(isForm);
        if (hasForm && args.length !== 1) throw new Error('A form element must be the only parameter of a google.script.run call.');
        if (!hasForm) args.forEach(function (a, i) { check(a, String(i), []); });
        var payload = hasForm ? encodeForm(args[0]).then(function (f) { return [f]; }) : Promise.resolve(args);
        payload.then(function (sent) { return window[runBinding](name, sent); }).then(function (answer) {
          if (answer.ok) { if (config.success) config.success(answer.value, config.userObject); return; }
          var error = new Error(answer.message);
          if (config.failure) config.failure(error, config.userObject);
          else setTimeout(function () { throw error; });
        });
      };
    });
    return r;
  }
  window.google = window.google || {};
  window.google.script = {
    run: runner({}),
    host: {
      close: function () { window[closeBinding](); },
      editor: { focus: function () {} },
      origin: 'https://docs.google.com'
    }
  };
})(${JSON.stringify(serverFunctions)}, ${JSON.stringify(RUN_BINDING)}, ${JSON.stringify(CLOSE_BINDING)});`;
}
