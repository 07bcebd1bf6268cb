/**
 * Menu item "Open Pilote": the sidebar, built by `npm run build` into build/Sidebar.html (one
 * self-contained page; clasp pushes it as the project's HTML file "Sidebar"). Sheets shows
 * every sidebar 300 px wide. The page asks the server for its state once it has loaded, so it
 * opens at once even on a large workbook.
 */
export function openSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Pilote');
  SpreadsheetApp.getUi().showSidebar(html);
}
