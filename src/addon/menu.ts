import { languageFor } from '../core/format/locale';

/** The menu's captions in each language Pilote speaks. */
export const MENU_CAPTIONS = {
  en: { open: 'Open Pilote', refresh: 'Refresh dashboard', setUp: 'Set up sheets', sample: 'Insert sample data', help: 'Help: custom functions' },
  fr: { open: 'Ouvrir Pilote', refresh: 'Actualiser le tableau de bord', setUp: 'Préparer les feuilles', sample: 'Insérer des données d’exemple', help: 'Aide : fonctions personnalisées' },
} as const;

/**
 * The user's language for the menu. onOpen may run in AuthMode.NONE (the add-on is installed but
 * not yet used in this document), where only services that need no authorisation may be called
 * (developers.google.com/apps-script/reference/script/auth-mode#NONE):
 * Session.getActiveUserLocale() needs none (developers.google.com/apps-script/reference/base/session#getActiveUserLocale()),
 * while the spreadsheet's locale and the document's settings can't be read there. So the menu
 * follows the user's own Google language in every mode; if it can't be read, English.
 */
export function menuLanguage(): 'en' | 'fr' {
  try {
    return languageFor(Session.getActiveUserLocale() || 'en');
  } catch {
    return 'en';
  }
}

/** The add-on menu: it reads nothing of the document, so it works in every auth mode. */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const t = MENU_CAPTIONS[menuLanguage()];
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(t.open, 'openSidebar')
    .addItem(t.refresh, 'refreshDashboard')
    .addItem(t.setUp, 'setUpSheets')
    .addItem(t.sample, 'insertSampleData')
    .addSeparator()
    .addItem(t.help, 'showHelp')
    .addToUi();
}

/** Runs once when the user installs the add-on from this document. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}
