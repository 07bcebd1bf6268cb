/** Languages whose locales write one and a half as `1,5` (Sheets' locale ids: fr_FR, de_DE…). */
const DECIMAL_COMMA = new Set(['fr', 'de', 'es', 'it', 'pt', 'nl', 'ru', 'pl', 'sv', 'da', 'fi', 'nb', 'no', 'cs', 'sk', 'tr', 'id', 'vi', 'ro', 'hu', 'el', 'uk', 'bg', 'hr', 'sl', 'lt', 'lv', 'et', 'ca']);

function languageOf(locale: string): string {
  return locale.toLowerCase().split(/[_-]/)[0];
}

export function decimalCommaFor(locale: string): boolean {
  return DECIMAL_COMMA.has(languageOf(locale));
}

/** Pilote speaks French to French locales and English to everyone else. */
export function languageFor(locale: string): 'fr' | 'en' {
  return languageOf(locale) === 'fr' ? 'fr' : 'en';
}
