/**
 * The local runtime's SpreadsheetApp and its workbook model.
 *
 *   const model = WorkbookModel.fromGrids({ Leads: [['Name'], ['Ada']] }, { timeZone: 'Europe/Paris', locale: 'fr_FR' });
 *   const SpreadsheetApp = createSpreadsheetApp(ctx, model);   // install as the add-on's global
 *   const Charts = createCharts(ctx);                          // the Charts enums, if the add-on uses them
 *   model.sheet('Leads').valuesAsHost();                       // read back on the host side
 */
export { WorkbookModel, SheetModel, FORMAT_DEFAULTS, defaultSheetName } from './model';
export type { CellValue, CellFormats, GridRef, WorkbookOptions, HostCell, ChartData, ConditionalFormatData, ValidationData, DeveloperMetadataData, ProtectionData, NamedRangeData } from './model';
export { createSpreadsheetApp, createCharts } from './SpreadsheetApp';
export { chartOption } from './EmbeddedChart';
export { AUTOMATIC_NUMBER_FORMAT } from './Range';
export { formatValue, isDateFormat, defaultDateFormat, defaultDateTimeFormat } from './numberFormat';
export { columnToLetters, lettersToColumn, parseA1, toA1 } from './a1';
export { serialOfWallClock, wallClockOfSerial, serialOfInstant, instantOfSerial, serialOfUtcWallClock, utcWallClockDateOfSerial } from './serial';
