/**
 * The add-on menu. onOpen may run in AuthMode.NONE (the add-on is installed but not yet used in
 * this document): then it may only build the menu, so it reads nothing else.
 */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem('Insert sample data', 'insertSampleData')
    .addSeparator()
    .addItem('Help: custom functions', 'showHelp')
    .addToUi();
}

/** Runs once when the user installs the add-on from this document. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}
