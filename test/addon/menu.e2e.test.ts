/**
 * onOpen may run in AuthMode.NONE (installed, not yet used in this document): it may only build
 * the menu. developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle#authorization_modes
 */
import { harness } from './harness';

describe.each(['NONE', 'LIMITED', 'FULL'] as const)('onOpen in AuthMode.%s', (authMode) => {
  const { rt, addon } = harness({}, { timeZone: 'Europe/Paris', locale: 'fr_FR' });
  addon.onOpen({ authMode });

  it('builds the add-on menu with its items', () => {
    expect(rt.ui.addonMenu).toMatchObject({ kind: 'addon', items: [
      { type: 'item', caption: 'Insert sample data', functionName: 'insertSampleData' },
      { type: 'separator' },
      { type: 'item', caption: 'Help: custom functions', functionName: 'showHelp' },
    ] });
  });

  it('touches nothing but the Ui: no sheet, property or other service read', () => {
    expect(Object.keys(rt.calls.snapshot()).every((m) => m === 'SpreadsheetApp.getUi' || m.startsWith('Ui.'))).toBe(true);
  });
});

describe('onInstall', () => {
  it('builds the same menu (it calls onOpen)', () => {
    const { rt, addon } = harness({}, { timeZone: 'Europe/Paris', locale: 'en_US' });
    addon.onInstall();
    expect(rt.ui.menuFunctionNames()).toEqual(['insertSampleData', 'showHelp']);
  });
});

describe('Help', () => {
  it('shows a sidebar listing every custom function, HTML-escaped', () => {
    const { rt, addon } = harness({}, { timeZone: 'Europe/Paris', locale: 'en_US' });
    addon.onOpen({ authMode: 'FULL' });
    addon.runMenuItem('showHelp');
    const sidebar = rt.ui.sidebars[0] as { title: string; content: string };
    expect(sidebar.title).toBe('Pilote — custom functions');
    expect(sidebar.content).toContain('<h3>CAC</h3>');
    // The example's quotes are escaped, not raw HTML.
    expect(sidebar.content).toContain('&quot;Channel&quot;, &quot;LinkedIn&quot;');
    expect(sidebar.content).not.toMatch(/<script/i);
  });
});
