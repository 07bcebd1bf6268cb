/**
 * The locales a spreadsheet can have (File › Settings › Locale), the input of `npm run locales`,
 * which adds each one's separators and date order from Node's ICU and writes
 * src/core/format/localeTable.ts.
 *
 * Source of the list: the 72 entries of Sheets' locale menu as listed on 19 Sept 2022
 * (stackoverflow.com/questions/73767719), with the ids Apps Script's getSpreadsheetLocale()
 * returns for them. Google publishes no list and adds locales over time, so the second group
 * holds ids Sheets is known or likely to return beyond that list (other Swiss and Belgian
 * languages, Austria…) and the legacy Java codes Google still uses for some languages
 * (iw = he, in = id, no = nb). An id missing here still reads through `localeInfo`'s fallback
 * (its language's main locale), so adding one is a data change only.
 *
 * The currency is the country's ISO 4217 code (ICU has no "currency of a locale" API): it is the
 * currency Pilote shows by default for a spreadsheet in that locale.
 */
export interface SheetsLocaleSource {
  id: string;
  /** As Sheets' menu names it. */
  name: string;
  currency: string;
}

const l = (id: string, name: string, currency: string): SheetsLocaleSource => ({ id, name, currency });

/** Sheets' menu, September 2022 (72 entries), in the menu's order. */
export const SHEETS_MENU_2022: SheetsLocaleSource[] = [
  l('es_AR', 'Argentina', 'ARS'), l('hy_AM', 'Armenia', 'AMD'), l('en_AU', 'Australia', 'AUD'), l('az_AZ', 'Azerbaijan', 'AZN'),
  l('be_BY', 'Belarus', 'BYN'), l('es_BO', 'Bolivia', 'BOB'), l('pt_BR', 'Brazil', 'BRL'), l('bg_BG', 'Bulgaria', 'BGN'),
  l('en_CA', 'Canada (English)', 'CAD'), l('fr_CA', 'Canada (French)', 'CAD'), l('es_CL', 'Chile', 'CLP'), l('zh_CN', 'China', 'CNY'),
  l('es_CO', 'Colombia', 'COP'), l('hr_HR', 'Croatia', 'EUR'), l('cs_CZ', 'Czechia', 'CZK'), l('da_DK', 'Denmark', 'DKK'),
  l('es_EC', 'Ecuador', 'USD'), l('ar_EG', 'Egypt', 'EGP'), l('fi_FI', 'Finland', 'EUR'), l('fr_FR', 'France', 'EUR'),
  l('ka_GE', 'Georgia', 'GEL'), l('de_DE', 'Germany', 'EUR'), l('el_GR', 'Greece', 'EUR'), l('zh_HK', 'Hong Kong', 'HKD'),
  l('hu_HU', 'Hungary', 'HUF'), l('en_IN', 'India', 'INR'), l('bn_IN', 'India (Bangla)', 'INR'), l('gu_IN', 'India (Gujarati)', 'INR'),
  l('kn_IN', 'India (Kannada)', 'INR'), l('ml_IN', 'India (Malayalam)', 'INR'), l('mr_IN', 'India (Marathi)', 'INR'), l('pa_IN', 'India (Punjabi)', 'INR'),
  l('ta_IN', 'India (Tamil)', 'INR'), l('te_IN', 'India (Telugu)', 'INR'), l('in_ID', 'Indonesia', 'IDR'), l('en_IE', 'Ireland', 'EUR'),
  l('iw_IL', 'Israel', 'ILS'), l('it_IT', 'Italy', 'EUR'), l('ja_JP', 'Japan', 'JPY'), l('kk_KZ', 'Kazakhstan', 'KZT'),
  l('lv_LV', 'Latvia', 'EUR'), l('lt_LT', 'Lithuania', 'EUR'), l('es_MX', 'Mexico', 'MXN'), l('mn_MN', 'Mongolia', 'MNT'),
  l('my_MM', 'Myanmar (Burma)', 'MMK'), l('nl_NL', 'Netherlands', 'EUR'), l('no_NO', 'Norway (Bokmål)', 'NOK'), l('nn_NO', 'Norway (Nynorsk)', 'NOK'),
  l('es_PY', 'Paraguay', 'PYG'), l('en_PH', 'Philippines', 'PHP'), l('pl_PL', 'Poland', 'PLN'), l('pt_PT', 'Portugal', 'EUR'),
  l('ro_RO', 'Romania', 'RON'), l('ru_RU', 'Russia', 'RUB'), l('sr_RS', 'Serbia', 'RSD'), l('sk_SK', 'Slovakia', 'EUR'),
  l('sl_SI', 'Slovenia', 'EUR'), l('ko_KR', 'South Korea', 'KRW'), l('es_ES', 'Spain', 'EUR'), l('ca_ES', 'Spain (Catalan)', 'EUR'),
  l('sv_SE', 'Sweden', 'SEK'), l('de_CH', 'Switzerland', 'CHF'), l('zh_TW', 'Taiwan', 'TWD'), l('th_TH', 'Thailand', 'THB'),
  l('tr_TR', 'Turkey', 'TRY'), l('uk_UA', 'Ukraine', 'UAH'), l('en_GB', 'United Kingdom', 'GBP'), l('cy_GB', 'United Kingdom (Welsh)', 'GBP'),
  l('en_US', 'United States', 'USD'), l('es_UY', 'Uruguay', 'UYU'), l('es_VE', 'Venezuela', 'VES'), l('vi_VN', 'Vietnam', 'VND'),
];

/** Ids beyond that list: modern codes of the legacy ones above, and locales Sheets offers or may return. */
export const OTHER_SHEETS_IDS: SheetsLocaleSource[] = [
  l('id_ID', 'Indonesia', 'IDR'), l('he_IL', 'Israel', 'ILS'), l('nb_NO', 'Norway (Bokmål)', 'NOK'), l('fil_PH', 'Philippines (Filipino)', 'PHP'),
  l('fr_CH', 'Switzerland (French)', 'CHF'), l('it_CH', 'Switzerland (Italian)', 'CHF'), l('de_AT', 'Austria', 'EUR'),
  l('fr_BE', 'Belgium (French)', 'EUR'), l('nl_BE', 'Belgium (Dutch)', 'EUR'), l('de_LU', 'Luxembourg (German)', 'EUR'), l('fr_LU', 'Luxembourg (French)', 'EUR'),
  l('en_NZ', 'New Zealand', 'NZD'), l('en_ZA', 'South Africa', 'ZAR'), l('en_SG', 'Singapore', 'SGD'), l('ms_MY', 'Malaysia', 'MYR'),
  l('es_PE', 'Peru', 'PEN'), l('es_US', 'United States (Spanish)', 'USD'), l('es_419', 'Latin America (Spanish)', 'USD'),
  l('et_EE', 'Estonia', 'EUR'), l('is_IS', 'Iceland', 'ISK'), l('fr_MA', 'Morocco (French)', 'MAD'), l('fr_SN', 'Senegal (French)', 'XOF'),
];

export const SHEETS_LOCALE_SOURCES: SheetsLocaleSource[] = [...SHEETS_MENU_2022, ...OTHER_SHEETS_IDS];
