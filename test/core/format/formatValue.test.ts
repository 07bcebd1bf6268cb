import { colon, formatKpiValue, groupDigits } from '../../../src/core/format/formatValue';
import { languageFor, localeInfo } from '../../../src/core/format/locale';

const decimalCommaFor = (id: string) => localeInfo(id).decimal === ',';

const NBSP = '\u00a0', NNBSP = '\u202f';
const fr = { language: 'fr' as const, currency: 'EUR' };
const en = { language: 'en' as const, currency: 'EUR' };

describe('formatKpiValue', () => {
  it('currency: fr 12 345 €, en €12,345 (no decimals from 100 up)', () => {
    expect(formatKpiValue(12345, 'currency', fr)).toBe(`12${NNBSP}345${NBSP}€`);
    expect(formatKpiValue(12345, 'currency', en)).toBe('€12,345');
    expect(formatKpiValue(1234.56, 'currency', { language: 'en', currency: 'USD' })).toBe('$1,235');
    expect(formatKpiValue(1234, 'currency', { language: 'en', currency: 'CHF' })).toBe(`1,234${NBSP}CHF`);
  });
  it('currency under 100 keeps cents: fr 45,50 €, en €45.50', () => {
    expect(formatKpiValue(45.5, 'currency', fr)).toBe(`45,50${NBSP}€`);
    expect(formatKpiValue(45.5, 'currency', en)).toBe('€45.50');
  });
  it('negative currency', () => {
    expect(formatKpiValue(-1234, 'currency', fr)).toBe(`−1${NNBSP}234${NBSP}€`);
    expect(formatKpiValue(-1234, 'currency', en)).toBe('−€1,234');
  });
  it('ratio: 0.25 → fr 25,0 %, en 25.0%', () => {
    expect(formatKpiValue(0.25, 'ratio', fr)).toBe(`25,0${NBSP}%`);
    expect(formatKpiValue(0.25, 'ratio', en)).toBe('25.0%');
    expect(formatKpiValue(1 / 6, 'ratio', en)).toBe('16.7%');
  });
  it('count, days and score', () => {
    expect(formatKpiValue(1234, 'count', fr)).toBe(`1${NNBSP}234`);
    expect(formatKpiValue(1234, 'count', en)).toBe('1,234');
    expect(formatKpiValue(27.67, 'days', fr)).toBe(`28${NBSP}j`);
    expect(formatKpiValue(27.67, 'days', en)).toBe('28 days');
    expect(formatKpiValue(14.29, 'score', en)).toBe('+14');
    expect(formatKpiValue(-20, 'score', fr)).toBe('−20');
    expect(formatKpiValue(0, 'score', en)).toBe('0');
  });
  it('groupDigits', () => {
    expect(groupDigits(1234567.891, 2, false)).toBe('1,234,567.89');
    expect(groupDigits(1234567.891, 2, true)).toBe(`1${NNBSP}234${NNBSP}567,89`);
    expect(groupDigits(999, 0, false)).toBe('999');
  });
});

describe('locale', () => {
  it('decides the decimal comma from the spreadsheet locale', () => {
    expect(decimalCommaFor('fr_FR')).toBe(true);
    expect(decimalCommaFor('fr-CA')).toBe(true);
    expect(decimalCommaFor('de_DE')).toBe(true);
    expect(decimalCommaFor('en_US')).toBe(false);
    expect(decimalCommaFor('en_GB')).toBe(false);
    expect(decimalCommaFor('ja_JP')).toBe(false);
  });
  it('speaks French to French locales only', () => {
    expect(languageFor('fr_BE')).toBe('fr');
    expect(languageFor('de_DE')).toBe('en');
    expect(languageFor('en_US')).toBe('en');
  });
});

describe('currencies the locale brings (issue 9: the currency follows the locale)', () => {
  it('an ISO code is separated from the number; ¥ and ₹ are symbols', () => {
    expect(formatKpiValue(12500, 'currency', { language: 'en', currency: 'MXN' })).toBe('MXN\u00a012,500');
    expect(formatKpiValue(12500, 'currency', { language: 'fr', currency: 'CAD' })).toBe('12\u202f500\u00a0CAD');
    expect(formatKpiValue(1250, 'currency', { language: 'en', currency: 'JPY' })).toBe('¥1,250');
    expect(formatKpiValue(-1250, 'currency', { language: 'en', currency: 'INR' })).toBe('−₹1,250');
  });
});

describe('colon', () => {
  it('French puts a no-break space before the colon, English none', () => {
    expect(colon('fr')).toBe(`${NBSP}:`);
    expect(colon('en')).toBe(':');
  });
});
