import { numberFormatFor } from '../../core/render/sheetFormats';
import type { ColumnValidation, InputSheetSpec } from '../../core/setup/inputSheets';
import type { Language } from '../../core/settings/settings';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Creates one empty input sheet, last in the tab order: bold headers on a grey band, the header
 * row frozen, each column's number format and data validation down to the sheet's last row,
 * and column widths. Only ever called for a sheet that does not exist: Pilote never alters the
 * user's sheets. Calls: a fixed number per column, none per row.
 */
export function createInputSheet(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, spec: InputSheetSpec, language: Language, currency: string): Sheet {
  const sheet = ss.insertSheet(spec.name, ss.getNumSheets());
  const width = spec.columns.length;
  const rows = sheet.getMaxRows();
  const header = sheet.getRange(1, 1, 1, width);
  writeHeaders(header, spec.columns.map((c) => c.header));
  header.setBackground('#f1f3f4');
  sheet.setFrozenRows(1);
  const formats = spec.columns.map((c) => numberFormatFor(c.format, language, currency));
  const body = sheet.getRange(2, 1, rows - 1, width);
  body.setNumberFormats(Array.from({ length: rows - 1 }, () => formats));
  spec.columns.forEach((c, i) => {
    sheet.setColumnWidth(i + 1, c.width);
    if (c.validation) sheet.getRange(2, i + 1, rows - 1, 1).setDataValidation(ruleFor(c.validation));
  });
  return sheet;
}

/**
 * Writes headers into a one-row range, in bold. The text format first: a header such as "Month"
 * stays text whatever Sheets would make of it.
 */
export function writeHeaders(range: GoogleAppsScript.Spreadsheet.Range, headers: string[]): void {
  range.setNumberFormat('@');
  range.setValues([headers]);
  range.setFontWeight('bold');
}

/** A column's validation as Sheets' rule; help text shown beside invalid cells. */
export function ruleFor(v: ColumnValidation): GoogleAppsScript.Spreadsheet.DataValidation {
  const b = SpreadsheetApp.newDataValidation();
  switch (v.kind) {
    case 'list':
      b.requireValueInList(v.values, true).setAllowInvalid(!v.strict);
      break;
    case 'date':
      b.requireDate().setAllowInvalid(false);
      break;
    case 'number':
      (v.max === undefined ? b.requireNumberGreaterThanOrEqualTo(v.min) : b.requireNumberBetween(v.min, v.max)).setAllowInvalid(false);
      break;
  }
  return b.setHelpText(v.help).build();
}
