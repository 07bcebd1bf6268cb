import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadBundle, makeRuntime, thrown, tmpDir } from './fixture';

function setup() {
  const htmlRoot = tmpDir();
  fs.writeFileSync(path.join(htmlRoot, 'Sidebar.html'), '<h1><?= title ?></h1><? for (var i = 0; i < items.length; i++) { ?><li><?= items[i] ?></li><? } ?><div><?!= raw ?></div><script>var data = <?= data ?>;</script>');
  fs.writeFileSync(path.join(htmlRoot, 'Plain.html'), '<p>plain</p>');
  const rt = makeRuntime({ htmlRoot });
  return { rt, g: rt.globals(), ui: rt.ctx.getUi() };
}

// developers.google.com/apps-script/reference/base/ui
describe('Ui', () => {
  it('builds the add-on menu in AuthMode.NONE and records it', () => {
    const { rt, ui } = setup();
    rt.execute('NONE', () => {
      const sub = ui.createMenu('Export').addItem('CSV', 'exportCsv');
      ui.createAddonMenu().addItem('Open', 'showSidebar').addSeparator().addSubMenu(sub).addToUi();
    });
    expect(rt.ui.addonMenu).toEqual({
      kind: 'addon', caption: null,
      items: [{ type: 'item', caption: 'Open', functionName: 'showSidebar' }, { type: 'separator' }, { type: 'submenu', caption: 'Export', items: [{ type: 'item', caption: 'CSV', functionName: 'exportCsv' }] }],
    });
    expect(rt.ui.menuFunctionNames()).toEqual(['showSidebar', 'exportCsv']);
    expect(rt.eventsOf('menu')).toHaveLength(1);
  });

  it('refuses dialogs in AuthMode.NONE and in custom functions', () => {
    const { rt, ui } = setup();
    expect(thrown(() => rt.execute('NONE', () => ui.alert('x'))).message).toBe('You do not have permission to call Ui.alert in AuthMode.NONE');
    expect(thrown(() => rt.execute('CUSTOM_FUNCTION', () => ui.createAddonMenu())).message).toBe('You do not have permission to call Ui.createAddonMenu');
  });

  it('alert (3 overloads) answers with scripted buttons; an OK-only alert needs none', () => {
    const { rt, ui } = setup();
    expect(String(ui.alert('Saved'))).toBe('OK');
    rt.ui.respondToAlert('NO');
    expect(ui.alert('Delete?', ui.ButtonSet.YES_NO) === ui.Button.NO).toBe(true);
    rt.ui.respondToAlert('CANCEL');
    expect(String(ui.alert('Title', 'Go on?', ui.ButtonSet.OK_CANCEL))).toBe('CANCEL');
    expect(rt.ui.alerts.map((a) => [a.title, a.prompt, a.buttons, a.response])).toEqual([
      ['', 'Saved', 'OK', 'OK'], ['', 'Delete?', 'YES_NO', 'NO'], ['Title', 'Go on?', 'OK_CANCEL', 'CANCEL'],
    ]);
    expect(() => ui.alert('Sure?', ui.ButtonSet.YES_NO)).toThrow(/no scripted response/);
    expect(thrown(() => ui.alert(3 as unknown as string)).message).toBe("The parameters (number) don't match the method signature for Ui.alert.");
  });

  it('prompt returns the scripted text and button', () => {
    const { rt, ui } = setup();
    rt.ui.respondToPrompt('42 000', 'OK');
    const r = ui.prompt('Objectif', 'Montant ?', ui.ButtonSet.OK_CANCEL);
    expect(r.getResponseText()).toBe('42 000');
    expect(String(r.getSelectedButton())).toBe('OK');
    expect(rt.ui.pendingResponses).toBe(0);
  });

  it('showSidebar and showModalDialog record content, title, width', () => {
    const { rt, g, ui } = setup();
    ui.showSidebar(g.HtmlService.createHtmlOutputFromFile('Plain').setTitle('Pilote').setWidth(300));
    ui.showModalDialog(g.HtmlService.createHtmlOutput('<b>x</b>').setWidth(400).setHeight(200), 'Digest');
    expect(rt.ui.sidebars).toEqual([{ kind: 'sidebar', title: 'Pilote', width: 300, requestedWidth: 300, height: null, content: '<p>plain</p>' }]);
    expect(rt.ui.dialogs).toEqual([{ kind: 'modal', title: 'Digest', width: 400, requestedWidth: 400, height: 200, content: '<b>x</b>' }]);
    expect(rt.eventsOf('sidebar')[0].title).toBe('Pilote');
  });
});

// developers.google.com/apps-script/guides/html/templates
describe('HtmlService', () => {
  it('evaluates <? ?>, <?= ?> (escaped) and <?!= ?> (raw) with template variables', () => {
    const { g } = setup();
    const t = g.HtmlService.createTemplateFromFile('Sidebar');
    t.title = 'KPIs & <objectifs>';
    t.items = ['MRR', '"churn"'];
    t.raw = '<i>ok</i>';
    t.data = { a: '</script>' };
    expect(t.evaluate().getContent()).toBe('<h1>KPIs &amp; &lt;objectifs&gt;</h1><li>MRR</li><li>&quot;churn&quot;</li><div><i>ok</i></div><script>var data = {"a":"\\u003c/script\\u003e"};</script>');
  });

  it('template scriptlets run in the add-on global scope and may append to output', () => {
    const { rt, g } = setup();
    loadBundle('function helper() { return "!"; }', rt);
    const out = g.HtmlService.createTemplate("<p><? output.append('A'); ?>B<?= Session.getScriptTimeZone() + helper() ?></p>").evaluate();
    expect(out.getContent()).toBe('<p>ABEurope/Paris!</p>');
  });

  it('HtmlOutput: title, size, append, appendUntrusted escapes, modes', () => {
    const { g } = setup();
    const o = g.HtmlService.createHtmlOutput('<p>').append('<b>').appendUntrusted("<a href='x'>")
      .setTitle('T').setSandboxMode(g.HtmlService.SandboxMode.IFRAME).setXFrameOptionsMode(g.HtmlService.XFrameOptionsMode.ALLOWALL)
      .addMetaTag('viewport', 'width=device-width').setFaviconUrl('https://example.com/i.png');
    expect(o.getContent()).toBe('<p><b>&lt;a href=&#39;x&#39;&gt;');
    expect(o.getTitle()).toBe('T');
    expect(o.getMetaTags()[0].getName()).toBe('viewport');
    expect(o.getFaviconUrl()).toBe('https://example.com/i.png');
  });

  it('a missing file: "No HTML file named X was found."', () => {
    const { g } = setup();
    expect(thrown(() => g.HtmlService.createHtmlOutputFromFile('Nope'))).toEqual({ name: 'Exception', message: 'No HTML file named Nope was found.' });
  });

  it('counts template calls', () => {
    const { rt, g } = setup();
    g.HtmlService.createTemplate('x').evaluate();
    expect(rt.calls.get('HtmlService.createTemplate')).toBe(1);
    expect(rt.calls.get('HtmlService.HtmlTemplate.evaluate')).toBe(1);
  });
});
