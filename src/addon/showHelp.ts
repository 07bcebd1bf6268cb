import { helpPage } from '../core/html/helpPage';

/** Menu item: a sidebar listing the custom functions. */
export function showHelp(): void {
  const html = HtmlService.createHtmlOutput(helpPage()).setTitle('Pilote — custom functions');
  SpreadsheetApp.getUi().showSidebar(html);
}
