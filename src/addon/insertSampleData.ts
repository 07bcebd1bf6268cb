import { languageFor } from '../core/format/locale';
import { sheetBlock } from '../core/render/sampleSheetValues';
import { generateSample } from '../core/sample';
import { todayIn } from './spreadsheetDays';

/**
 * Menu item: fills the workbook with the sample tables, so a founder can try Pilote in one
 * click. It is the one place Pilote writes data sheets, because the user asked for them; it
 * never touches an existing sheet: if a sheet of the same name exists it stops and says so.
 * Service calls: a fixed number per table (one setValues, one setNumberFormats…), whatever the rows.
 */
export function insertSampleData(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const ui = SpreadsheetApp.getUi();
  const language = languageFor(ss.getSpreadsheetLocale());
  const sample = generateSample({ asOf: todayIn(ss.getSpreadsheetTimeZone()), language });
  const taken = sample.sheets.map((s) => s.name).filter((name) => ss.getSheetByName(name) !== null);
  if (taken.length > 0) {
    ui.alert(
      language === 'fr' ? 'Pilote — données d’exemple' : 'Pilote — sample data',
      (language === 'fr'
        ? `Ces onglets existent déjà : ${taken.join(', ')}. Pilote ne modifie jamais vos onglets : renommez-les ou utilisez un nouveau classeur.`
        : `These sheets already exist: ${taken.join(', ')}. Pilote never changes your sheets: rename them or use a new spreadsheet.`),
      ui.ButtonSet.OK,
    );
    return;
  }
  for (const sheet of sample.sheets) {
    const block = sheetBlock(sheet, language);
    const target = ss.insertSheet(block.name, ss.getSheets().length);
    const rows = block.values.length, cols = block.values[0].length;
    // A new sheet has 1,000 rows; a range past them throws, so grow the sheet first.
    const maxRows = target.getMaxRows();
    if (rows > maxRows) target.insertRowsAfter(maxRows, rows - maxRows);
    const range = target.getRange(1, 1, rows, cols);
    // Formats first: '@' columns then keep IDs such as 00123 as typed.
    range.setNumberFormats(block.formats);
    range.setValues(block.values);
    target.getRange(1, 1, 1, cols).setFontWeight('bold');
    target.setFrozenRows(1);
  }
  ss.toast(language === 'fr' ? 'Données d’exemple ajoutées.' : 'Sample data inserted.', 'Pilote');
}
