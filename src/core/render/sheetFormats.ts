import type { Language } from '../format/formatValue';

/** What kind of value a generated column holds; decides its Sheets number format. */
export type ColumnFormat = 'text' | 'date' | 'currency' | 'integer' | 'number' | 'percent' | 'month';

/** Sheets serial of 1970-01-01 (serial 0 is 1899-12-30). */
export const SERIAL_OF_EPOCH_DAY = 25569;

/** Sheets number formats, in the spreadsheet's language. */
export function numberFormatFor(format: ColumnFormat, language: Language, currency = 'EUR'): string {
  const symbol = currency === 'EUR' ? '€' : currency === 'USD' ? '$' : currency === 'GBP' ? '£' : currency;
  switch (format) {
    case 'text': return '@';
    case 'date': return language === 'fr' ? 'dd/mm/yyyy' : 'yyyy-mm-dd';
    case 'month': return 'mmm yyyy';
    case 'currency': return language === 'fr' || symbol.length > 1 ? `#,##0 "${symbol}"` : `"${symbol}"#,##0`;
    case 'integer': return '0';
    case 'number': return '#,##0.00';
    case 'percent': return '0.0%';
  }
}
