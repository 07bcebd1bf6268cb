/**
 * The locale table: every row agrees with Node's ICU (the generator's source), the fallback is
 * documented, and a dozen locales read amounts and dates with their own separators and order.
 */
import { readFileSync } from 'node:fs';
import { parseAmount } from '../../../src/core/cells/amount';
import { isInvalid } from '../../../src/core/cells/cell';
import { findLocale, localeInfo, SHEETS_LOCALES } from '../../../src/core/format/locale';
import { LOCALE_TABLE_CLDR } from '../../../src/core/format/localeTable';
import { icuLocaleData } from '../../../src/local/locales/icuLocale';
import { SHEETS_LOCALE_SOURCES, SHEETS_MENU_2022 } from '../../../src/local/locales/sheetsLocales';

/** Spaces of any width read alike, and so do ' and ’: CLDR versions move between them. */
const same = (s: string) => s.replace(/[\u00a0\u202f ]/g, ' ').replace(/[\u2019]/g, "'");

describe('the locale table', () => {
  it('holds every locale of the source list, the 72 of Sheets\' menu first', () => {
    expect(SHEETS_MENU_2022).toHaveLength(72);
    expect(SHEETS_LOCALES.map((l) => l.id)).toEqual(SHEETS_LOCALE_SOURCES.map((l) => l.id));
  });
  // With the Node (CLDR) the table was generated from, every field must agree; another Node 20
  // may carry another CLDR, whose thousands-separator glyphs move more often than the rest.
  const sameCldr = process.versions.cldr === LOCALE_TABLE_CLDR;
  it.each(SHEETS_LOCALES.map((l) => [l.id, l] as const))('%s: separators, grouping and date order as ICU says', (id, l) => {
    const icu = icuLocaleData(id);
    if (sameCldr) expect([l.decimal, same(l.group), l.grouping, l.dateOrder]).toEqual([icu.decimal, same(icu.group), icu.grouping, icu.dateOrder]);
    else expect([l.decimal, l.dateOrder]).toEqual([icu.decimal, icu.dateOrder]);
  });
  it('currency and language: fr_FR EUR in French, en_US USD, en_GB GBP, de_CH CHF, es_MX MXN, fr_CA CAD in French', () => {
    const pick = (id: string) => [localeInfo(id).currency, localeInfo(id).language];
    expect(pick('fr_FR')).toEqual(['EUR', 'fr']);
    expect(pick('en_US')).toEqual(['USD', 'en']);
    expect(pick('en_GB')).toEqual(['GBP', 'en']);
    expect(pick('de_CH')).toEqual(['CHF', 'en']);
    expect(pick('es_MX')).toEqual(['MXN', 'en']);
    expect(pick('fr_CA')).toEqual(['CAD', 'fr']);
  });
});

describe('localeInfo fallback', () => {
  it('the full id first, whatever its case or dash', () => {
    expect(localeInfo('de-ch').id).toBe('de_CH');
    expect(localeInfo('es_MX').decimal).toBe('.'); // not es_ES's comma
  });
  it('then language and country of a longer id, then the language\'s main locale, then en_US', () => {
    expect(localeInfo('sr_Latn_RS').id).toBe('sr_RS');
    expect(localeInfo('fr').id).toBe('fr_FR');
    expect(localeInfo('pt_AO').id).toBe('pt_BR');
    expect(localeInfo('es_GT').id).toBe('es_ES');
    expect(localeInfo('xx_YY').id).toBe('en_US');
    expect(localeInfo('').id).toBe('en_US');
    expect(findLocale('pt_AO')).toBeUndefined();
  });
});

describe('a dozen locales read text amounts with their own separators', () => {
  // Each expected value is the number a person of that country means by the text.
  it.each([
    ['en_US', '$1,500', 1500], ['en_US', '12,500', 12500], ['en_US', '1,250.75', 1250.75],
    ['fr_FR', '1 250,75 €', 1250.75], ['fr_FR', '1,250', 1.25], ['fr_FR', '12\u202f500', 12500],
    ['es_MX', '12,500', 12500], ['es_MX', '$12,500.50', 12500.5],
    ['de_CH', '1.250', 1.25], ['de_CH', "1'250.50", 1250.5], ['de_CH', 'CHF 1\u2019250', 1250],
    ['fr_CH', '1 250,50 CHF', 1250.5], ['fr_CH', '1,250', 1.25],
    ['pt_BR', 'R$ 1.250,50', 1250.5], ['pt_BR', '1.250', 1250],
    ['en_IN', '₹12,34,567.50', 1234567.5], ['en_IN', '1,234,567', 1234567],
    ['de_DE', '1.250', 1250], ['de_DE', '1.250,5 €', 1250.5],
    ['ja_JP', '¥1,250', 1250], ['ja_JP', '1,250', 1250],
    ['en_GB', '£1,250.50', 1250.5], ['nl_NL', '€ 1.250,50', 1250.5],
    ['sv_SE', '1 250,50 kr', 1250.5], ['pl_PL', '1 250,50 zł', 1250.5], ['pl_PL', '1,250', 1.25],
  ] as const)('%s: %j is %d', (id, text, expected) => {
    expect(parseAmount(text, localeInfo(id))).toBe(expected);
  });
  it.each([
    ['de_CH', '1,250'], ['fr_FR', '1.250'], ['sv_SE', '1.250'], ['fr_CH', '1.250'], ['en_IN', '12,34,567' + '.5.5'],
    ['en_US', '12,34,567'],
  ] as const)('%s: %j is not read (ambiguous or malformed there)', (id, text) => {
    expect(isInvalid(parseAmount(text, localeInfo(id)))).toBe(true);
  });
  it('an ambiguous text says both readings and how the locale writes it', () => {
    const v = parseAmount('1,250', localeInfo('de_CH'));
    expect(isInvalid(v) && v.invalid).toBe("ambiguous in de_CH: 1,250 could be 1250 or 1.250; write it as de_CH does (1'234.56) or without a thousands separator");
  });
});

describe('the bundle reads locales from the table, not from Intl', () => {
  it('build/Code.js never mentions Intl (its locale data in Apps Script is undocumented)', () => {
    const code = readFileSync('build/Code.js', 'utf8');
    expect(code).toContain("['de_CH', 'Switzerland'".replace(/'/g, '"'));
    expect(code).not.toMatch(/\bIntl\b/);
  });
});
