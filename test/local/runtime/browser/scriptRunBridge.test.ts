/**
 * The browser bridge: a sidebar in Debian's Chromium calling a hand-written bundle through
 * google.script.run. Behaviour from developers.google.com/apps-script/guides/html/reference/run,
 * developers.google.com/apps-script/guides/html/communication (handlers, user objects, forms,
 * legal parameters) and developers.google.com/apps-script/reference/base/ui#showSidebar(Object)
 * (300 pixels wide).
 */
import type { Browser, Page } from 'playwright-core';
import { LocalRuntime } from '../../../../src/local/runtime/LocalRuntime';
import { WorkbookModel } from '../../../../src/local/runtime/spreadsheet';
import { installScriptRunBridge, openHtml, openShownHtml, type ScriptRunBridge } from '../../../../src/local/runtime/browser/scriptRunBridge';
import type { LoadedAddon } from '../../../../src/local/runtime/loader';
import { loadBundle } from '../services/fixture';
import { CHROMIUM_PATH } from '../../../../src/local/preview/screenshot';
import { launch, runBrowser } from '../../../sidebar/sidebarBrowser';

if (!runBrowser) console.warn(`Skipping the google.script.run bridge tests: ${CHROMIUM_PATH} is absent (apt-get install chromium).`);
const describeBrowser = runBrowser ? describe : describe.skip;

const CODE = `
function add(a, b) { return a + b; }
function fails() { throw new Error('KPI sheet missing'); }
function secret_() { return 'secret'; }
function withDate() { return { n: 1, rows: [[new Date(0)]] }; }
function saveForm(form) {
  return { target: typeof form.target + ':' + form.target, channels: form.channels,
           logo: [form.logo.getName(), form.logo.getContentType(), form.logo.getBytes()] };
}
function getKpis() { return [{ name: 'Won', value: 12 }, { name: 'Lost', value: 3 }]; }
function showSidebar() {
  var html = '<!doctype html><html><body><ul id="kpis"></ul><button id="close" onclick="google.script.host.close()">Close</button>' +
    '<script>google.script.run.withSuccessHandler(function (kpis) {' +
    ' document.getElementById("kpis").innerHTML = kpis.map(function (k) { return "<li>" + k.name + ": " + k.value + "</li>"; }).join("");' +
    '}).getKpis();</script></body></html>';
  SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutput(html).setTitle('Pilote').setWidth(500));
}
`;

const PAGE = `<!doctype html><html><body>
<form id="f"><input name="target" value="1200">
<input type="checkbox" name="channels" value="email" checked><input type="checkbox" name="channels" value="slack" checked>
<input type="file" name="logo"></form>
</body></html>`;

describeBrowser('google.script.run bridge on Chromium', () => {
  let browser: Browser;
  let page: Page;
  let addon: LoadedAddon;
  let runtime: LocalRuntime;
  let bridge: ScriptRunBridge;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    runtime = new LocalRuntime({ now: () => 0 }, WorkbookModel.empty());
    addon = loadBundle(CODE, runtime);
    page = await browser.newPage();
    pageErrors.length = 0;
    page.on('pageerror', (e) => pageErrors.push(e.message));
    bridge = await installScriptRunBridge(page, addon);
  });
  afterEach(async () => {
    await page.close();
  });

  it('offers exactly the public server functions; a private one is undefined and calling it is a TypeError, no handler runs', async () => {
    await openHtml(page, PAGE);
    expect(await page.evaluate('[typeof google.script.run.add, typeof google.script.run.secret_, typeof google.script.run.nope]')).toEqual(['function', 'undefined', 'undefined']);
    const thrownInPage = await page.evaluate(`(function () {
      try { google.script.run.withFailureHandler(function () { window.failed = true; }).secret_(); } catch (e) { return [e.name, e.message]; }
    })()`);
    expect(thrownInPage).toEqual(['TypeError', 'google.script.run.withFailureHandler(...).secret_ is not a function']);
    await page.evaluate('new Promise(function (r) { setTimeout(r, 50); })');
    expect(await page.evaluate('window.failed === undefined')).toBe(true);
    expect(bridge.calls).toEqual([]);
  });

  it('success handler gets the result and the user object, asynchronously; runners are new objects', async () => {
    await openHtml(page, PAGE);
    const sync = await page.evaluate(`(function () {
      var ran = false;
      var r = google.script.run.withSuccessHandler(function () { ran = true; });
      r.add(1, 1);
      return [ran, r !== google.script.run, typeof google.script.run.withSuccessHandler];
    })()`);
    expect(sync).toEqual([false, true, 'function']);
    const answer = await page.evaluate(`new Promise(function (resolve) {
      google.script.run.withSuccessHandler(function (result, user) { resolve([result, user]); }).withUserObject({ row: 7 }).add(2, 3);
    })`);
    expect(answer).toEqual([5, { row: 7 }]);
    expect(bridge.calls).toEqual([{ name: 'add', outcome: 'success' }, { name: 'add', outcome: 'success' }]);
  });

  it('a server error reaches the failure handler; without one it is an uncaught page error', async () => {
    await openHtml(page, PAGE);
    const failure = await page.evaluate(`new Promise(function (resolve) {
      google.script.run.withFailureHandler(function (error, user) { resolve([error instanceof Error, error.message, user]); }).withUserObject('u1').fails();
    })`);
    expect(failure).toEqual([true, 'Error: KPI sheet missing', 'u1']);
    await page.evaluate('google.script.run.fails()');
    await page.waitForTimeout(100);
    expect(pageErrors).toEqual(['Error: KPI sheet missing']);
  });

  it('illegal arguments throw in the page before any call; a Date in the result arrives as null', async () => {
    await openHtml(page, PAGE);
    expect(await page.evaluate(`(function () { try { google.script.run.add(new Date(), 1); } catch (e) { return e.message; } })()`)).toBe('Failed due to illegal value in property: 0');
    expect(await page.evaluate(`(function () { try { google.script.run.add({ when: { at: new Date() } }); } catch (e) { return e.message; } })()`)).toBe('Failed due to illegal value in property: at');
    expect(bridge.calls).toEqual([]);
    const result = await page.evaluate(`new Promise(function (resolve) { google.script.run.withSuccessHandler(resolve).withDate(); })`);
    expect(result).toBeNull();
  });

  it('a form arrives as strings, an array for a repeated name, and a Blob for the file', async () => {
    await openHtml(page, PAGE);
    await page.setInputFiles('input[type=file]', { name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from([1, 2, 255]) });
    const saved = await page.evaluate(`new Promise(function (resolve) {
      google.script.run.withSuccessHandler(resolve).saveForm(document.getElementById('f'));
    })`);
    // Blob bytes are Java's signed bytes: 255 reads -1.
    expect(saved).toEqual({ target: 'string:1200', channels: ['email', 'slack'], logo: ['logo.png', 'image/png', [1, 2, -1]] });
    expect(await page.evaluate(`(function () { try { google.script.run.saveForm(document.getElementById('f'), 1); } catch (e) { return e.message; } })()`))
      .toBe('A form element must be the only parameter of a google.script.run call.');
  });

  it('the sidebar the add-on shows: 300 px wide whatever setWidth said, fills itself from the server, closes', async () => {
    addon.call('showSidebar');
    const [shown] = runtime.ui.sidebars;
    expect([shown.width, shown.requestedWidth, shown.title]).toEqual([300, 500, 'Pilote']);
    await openShownHtml(page, shown);
    expect(await page.evaluate('window.innerWidth')).toBe(300);
    await page.waitForSelector('#kpis li');
    expect(await page.locator('#kpis li').allTextContents()).toEqual(['Won: 12', 'Lost: 3']);
    await page.click('#close');
    await page.waitForTimeout(50);
    expect(bridge.closeCount).toBe(1);
    expect(pageErrors).toEqual([]);
  });
});
