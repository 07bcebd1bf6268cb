/**
 * Apps Script enums are objects whose members print their name (`String(ProtectionType.RANGE)`
 * is 'RANGE') and compare by identity. One frozen singleton per member.
 */
export interface EnumValue { toString(): string; toJSON(): string; name(): string; ordinal(): number }

export function makeEnum<T>(names: readonly string[]): T {
  const out: Record<string, EnumValue> = {};
  names.forEach((n, i) => {
    out[n] = Object.freeze({ toString: () => n, toJSON: () => n, name: () => n, ordinal: () => i });
  });
  return Object.freeze(out) as unknown as T;
}

/** The member's name ('RANGE') of an enum value, or of a string given in its place. */
export function enumName(v: unknown): string {
  return String(v);
}

type SS = typeof GoogleAppsScript.Spreadsheet;

export const BooleanCriteria = makeEnum<SS['BooleanCriteria']>(['CELL_EMPTY', 'CELL_NOT_EMPTY', 'DATE_AFTER', 'DATE_BEFORE', 'DATE_EQUAL_TO', 'DATE_AFTER_RELATIVE', 'DATE_BEFORE_RELATIVE', 'DATE_EQUAL_TO_RELATIVE', 'NUMBER_BETWEEN', 'NUMBER_EQUAL_TO', 'NUMBER_GREATER_THAN', 'NUMBER_GREATER_THAN_OR_EQUAL_TO', 'NUMBER_LESS_THAN', 'NUMBER_LESS_THAN_OR_EQUAL_TO', 'NUMBER_NOT_BETWEEN', 'NUMBER_NOT_EQUAL_TO', 'TEXT_CONTAINS', 'TEXT_DOES_NOT_CONTAIN', 'TEXT_EQUAL_TO', 'TEXT_STARTS_WITH', 'TEXT_ENDS_WITH', 'CUSTOM_FORMULA']);
export const BorderStyle = makeEnum<SS['BorderStyle']>(['DOTTED', 'DASHED', 'SOLID', 'SOLID_MEDIUM', 'SOLID_THICK', 'DOUBLE']);
export const DataValidationCriteria = makeEnum<SS['DataValidationCriteria']>(['DATE_AFTER', 'DATE_BEFORE', 'DATE_BETWEEN', 'DATE_EQUAL_TO', 'DATE_IS_VALID_DATE', 'DATE_NOT_BETWEEN', 'DATE_ON_OR_AFTER', 'DATE_ON_OR_BEFORE', 'NUMBER_BETWEEN', 'NUMBER_EQUAL_TO', 'NUMBER_GREATER_THAN', 'NUMBER_GREATER_THAN_OR_EQUAL_TO', 'NUMBER_LESS_THAN', 'NUMBER_LESS_THAN_OR_EQUAL_TO', 'NUMBER_NOT_BETWEEN', 'NUMBER_NOT_EQUAL_TO', 'TEXT_CONTAINS', 'TEXT_DOES_NOT_CONTAIN', 'TEXT_EQUAL_TO', 'TEXT_IS_VALID_EMAIL', 'TEXT_IS_VALID_URL', 'VALUE_IN_LIST', 'VALUE_IN_RANGE', 'CUSTOM_FORMULA', 'CHECKBOX']);
export const DeveloperMetadataLocationType = makeEnum<SS['DeveloperMetadataLocationType']>(['SPREADSHEET', 'SHEET', 'ROW', 'COLUMN']);
export const DeveloperMetadataVisibility = makeEnum<SS['DeveloperMetadataVisibility']>(['DOCUMENT', 'PROJECT']);
export const Dimension = makeEnum<SS['Dimension']>(['COLUMNS', 'ROWS']);
export const Direction = makeEnum<SS['Direction']>(['UP', 'DOWN', 'PREVIOUS', 'NEXT']);
export const InterpolationType = makeEnum<SS['InterpolationType']>(['NUMBER', 'PERCENT', 'PERCENTILE', 'MIN', 'MAX']);
export const ProtectionType = makeEnum<SS['ProtectionType']>(['RANGE', 'SHEET']);
export const WrapStrategy = makeEnum<SS['WrapStrategy']>(['WRAP', 'OVERFLOW', 'CLIP']);
export const SheetType = makeEnum<SS['SheetType']>(['GRID', 'OBJECT', 'DATASOURCE']);
export const CopyPasteType = makeEnum<SS['CopyPasteType']>(['PASTE_NORMAL', 'PASTE_NO_BORDERS', 'PASTE_FORMAT', 'PASTE_FORMULA', 'PASTE_DATA_VALIDATION', 'PASTE_VALUES', 'PASTE_CONDITIONAL_FORMATTING', 'PASTE_COLUMN_WIDTHS']);
export const RelativeDate = makeEnum<SS['RelativeDate']>(['TODAY', 'TOMORROW', 'YESTERDAY', 'PAST_WEEK', 'PAST_MONTH', 'PAST_YEAR']);
export const TextDirection = makeEnum<SS['TextDirection']>(['LEFT_TO_RIGHT', 'RIGHT_TO_LEFT']);
export const ValueType = makeEnum<SS['ValueType']>(['IMAGE']);
export const RecalculationInterval = makeEnum<SS['RecalculationInterval']>(['ON_CHANGE', 'MINUTE', 'HOUR']);
export const AutoFillSeries = makeEnum<SS['AutoFillSeries']>(['DEFAULT_SERIES', 'ALTERNATE_SERIES']);

type CH = typeof GoogleAppsScript.Charts;
export const ChartType = makeEnum<CH['ChartType']>(['TIMELINE', 'AREA', 'BAR', 'BUBBLE', 'CANDLESTICK', 'COLUMN', 'COMBO', 'GAUGE', 'GEO', 'HISTOGRAM', 'RADAR', 'LINE', 'ORG', 'PIE', 'SCATTER', 'SPARKLINE', 'STEPPED_AREA', 'TABLE', 'TREEMAP', 'WATERFALL']);
export const Position = makeEnum<CH['Position']>(['TOP', 'RIGHT', 'BOTTOM', 'NONE']);
export const CurveStyle = makeEnum<CH['CurveStyle']>(['NORMAL', 'SMOOTH']);
export const PointStyle = makeEnum<CH['PointStyle']>(['NONE', 'TINY', 'MEDIUM', 'LARGE', 'HUGE']);
export const ChartHiddenDimensionStrategy = makeEnum<CH['ChartHiddenDimensionStrategy']>(['IGNORE_BOTH', 'IGNORE_ROWS', 'IGNORE_COLUMNS', 'SHOW_BOTH']);
export const ChartMergeStrategy = makeEnum<CH['ChartMergeStrategy']>(['MERGE_COLUMNS', 'MERGE_ROWS']);
