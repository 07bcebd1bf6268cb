/**
 * onOpen may run in AuthMode.NONE (installed, not yet used in this document): it may only build
 * the menu and call services that need no authorisation.
 * developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle#authorization_modes,
 * developers.google.com/apps-script/reference/script/auth-mode#NONE ("does not allow access to
 * any services that require authorization"). Session.getActiveUserLocale() requires none
 * (developers.google.com/apps-script/reference/base/session#getActiveUserLocale(): no
 * authorization scopes listed), so the menu follows the user's language in every mode.
 */
import { harness } from './harness';

// "Open Pilote" first (issue 11): the sidebar is the founder's way in.
const EN = ['Open Pilote', 'Refresh dashboard', 'Set up sheets', 'Insert sample data', 'Help: custom functions'];
const FR = ['Ouvrir Pilote', 'Actualiser le tableau de bord', 'Préparer les feuilles', 'Insérer des données d’exemple', 'Aide : fonctions personnalisées'];

describe.each(['NONE', 'LIMITED', 'FULL'] as const)('onOpen in AuthMode.%s', (authMode) => {
  // The spreadsheet's locale is the other language each time: the menu follows the user, not the document.
  it.each([
    ['fr', 'en_US', FR], ['fr_CA', 'en_US', FR], ['en', 'fr_FR', EN], ['en_GB', 'fr_FR', EN], ['pt_BR', 'fr_FR', EN], ['', 'fr_FR', EN],
  ] as const)('user locale "%s" (spreadsheet %s): captions in the user’s language', (userLocale, locale, captions) => {
    const { rt, addon } = harness({}, { timeZone: 'Europe/Paris', locale, userLocale });
    addon.onOpen({ authMode });
    expect(rt.ui.addonMenu).toEqual({ kind: 'addon', caption: null, items: [
      { type: 'item', caption: captions[0], functionName: 'openSidebar' },
      { type: 'item', caption: captions[1], functionName: 'refreshDashboard' },
      { type: 'item', caption: captions[2], functionName: 'setUpSheets' },
      { type: 'item', caption: captions[3], functionName: 'insertSampleData' },
      { type: 'separator' },
      { type: 'item', caption: captions[4], functionName: 'showHelp' },
    ] });
    // Nothing but the Ui and the user's locale: no sheet, property or other service read.
    expect(Object.keys(rt.calls.snapshot()).filter((m) => m !== 'SpreadsheetApp.getUi' && m !== 'Session.getActiveUserLocale' && !m.startsWith('Ui.'))).toEqual([]);
    expect(rt.calls.get('Session.getActiveUserLocale')).toBe(1);
  });
});

describe('onInstall', () => {
  it('builds the same menu (it calls onOpen)', () => {
    const { rt, addon } = harness({}, { timeZone: 'Europe/Paris', locale: 'en_US' });
    addon.onInstall();
    expect(rt.ui.menuFunctionNames()).toEqual(['openSidebar', 'refreshDashboard', 'setUpSheets', 'insertSampleData', 'showHelp']);
  });
});

describe('the menu runs its items', () => {
  it('"Actualiser le tableau de bord" refreshes the dashboard', () => {
    const { rt, addon } = harness({}, { timeZone: 'Europe/Paris', locale: 'fr_FR', userLocale: 'fr' });
    addon.onOpen({ authMode: 'LIMITED' });
    const out = addon.runMenuItem('Actualiser le tableau de bord') as { ok: boolean };
    expect(out.ok).toBe(true);
    expect(rt.workbook.sheets[0].name).toBe('Tableau de bord');
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
