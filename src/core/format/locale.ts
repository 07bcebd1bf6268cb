import { LOCALE_ROWS } from './localeTable';

/** The order a locale writes a date's day, month and year in (`4/3/2026`, `3/4/2026`, `2026/3/4`). */
export type DateOrder = 'DMY' | 'MDY' | 'YMD';

/**
 * How a spreadsheet's locale writes numbers and dates, from a table of the locales Sheets offers
 * (generated from ICU on the Node side: the bundle never asks Intl, whose locale data in Apps
 * Script is undocumented). Pilote reads text amounts and text dates with it.
 */
export interface LocaleInfo {
  /** Sheets' id, `de_CH`. */
  id: string;
  /** As Sheets' locale menu names it, `Switzerland`. */
  name: string;
  /** `1.5` or `1,5`. */
  decimal: '.' | ',';
  /** Thousands separator: `,` `.` U+00A0 U+202F `'` (de_CH: `1'250.50`). */
  group: string;
  /** 'indian': `12,34,567.50` (lakh, crore), as in en_IN; Indian locales also read `1,234,567`. */
  grouping: 'thousands' | 'indian';
  /** How `a/b/yyyy` is read: en_US month first, fr_FR day first; YMD locales write the year first. */
  dateOrder: DateOrder;
  /** The country's currency (ISO 4217): what Pilote shows by default. */
  currency: string;
  /** Pilote's language for it: French for French locales, English for the others. */
  language: 'fr' | 'en';
}

/** id, name, decimal, group, grouping, date order, currency: one generated row. */
export type LocaleRow = readonly [string, string, '.' | ',', string, 'thousands' | 'indian', DateOrder, string];

/** Every locale of the table, Sheets' menu first. */
export const SHEETS_LOCALES: readonly LocaleInfo[] = LOCALE_ROWS.map(([id, name, decimal, group, grouping, dateOrder, currency]) => ({
  id, name, decimal, group, grouping, dateOrder, currency, language: languageOf(id) === 'fr' ? 'fr' : 'en',
}));

const BY_ID = new Map<string, LocaleInfo>();
for (const l of SHEETS_LOCALES) if (!BY_ID.has(key(l.id))) BY_ID.set(key(l.id), l);

/** Where a language has several locales, the one a bare language id (`fr`, `pt`) means. */
const MAIN_LOCALE: Record<string, string> = {
  en: 'en_US', fr: 'fr_FR', es: 'es_ES', pt: 'pt_BR', de: 'de_DE', it: 'it_IT', nl: 'nl_NL', zh: 'zh_CN', ar: 'ar_EG',
  he: 'iw_IL', iw: 'iw_IL', id: 'in_ID', in: 'in_ID', nb: 'no_NO', no: 'no_NO', fil: 'en_PH', tl: 'en_PH',
};

/** The locale when nothing else matches: Sheets' own default. */
export const DEFAULT_LOCALE_ID = 'en_US';

/**
 * A locale by Sheets' id. Fallbacks, in order: the same id written `de-CH` or in another case;
 * language and country of a longer id (`sr_Latn_RS` → `sr_RS`); the language's main locale
 * (`fr` → fr_FR, `pt_AO` → pt_BR, `es_GT` → es_ES); en_US. `findLocale` says whether the id itself
 * is known.
 */
export function localeInfo(id: string): LocaleInfo {
  return findLocale(id) ?? fallbackLocale(id);
}

/** The locale with exactly this id (case and `-`/`_` aside), or undefined. */
export function findLocale(id: string): LocaleInfo | undefined {
  const parts = String(id ?? '').trim().split(/[_-]/).filter(Boolean);
  if (parts.length === 0) return undefined;
  return BY_ID.get(key(parts.join('_'))) ?? (parts.length > 2 ? BY_ID.get(key(`${parts[0]}_${parts[parts.length - 1]}`)) : undefined);
}

function fallbackLocale(id: string): LocaleInfo {
  const language = languageOf(String(id ?? ''));
  const main = MAIN_LOCALE[language];
  return (main ? BY_ID.get(key(main)) : undefined) ?? SHEETS_LOCALES.find((l) => languageOf(l.id) === language) ?? BY_ID.get(key(DEFAULT_LOCALE_ID))!;
}

function languageOf(id: string): string {
  return id.trim().toLowerCase().split(/[_-]/)[0];
}

function key(id: string): string {
  return id.toLowerCase().replace(/-/g, '_');
}

/** Pilote speaks French to French locales and English to everyone else. */
export function languageFor(locale: string): 'fr' | 'en' {
  return localeInfo(locale).language;
}

/** `1 234,56` in the locale's own separators, for messages. */
export function amountExample(l: LocaleInfo): string {
  const group = l.group.trim() === '' ? ' ' : l.group;
  return `1${group}234${l.decimal}56`;
}

/** `DD/MM/YYYY`, `MM/DD/YYYY` or `YYYY-MM-DD`: how to type a date in the locale, for messages. */
export function dateExample(order: DateOrder): string {
  return order === 'MDY' ? 'MM/DD/YYYY' : order === 'DMY' ? 'DD/MM/YYYY' : 'YYYY-MM-DD';
}
