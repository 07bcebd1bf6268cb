import { Cell, Invalid, invalid, isBlank, isInvalid } from './cell';
import { isDate } from '../dates/day';
import { amountExample, LocaleInfo } from '../format/locale';

/**
 * Reads an amount: a number cell, or text written with the spreadsheet's locale (`1 234,56 €`
 * in fr_FR, `$1,234.56` in en_US, `1'250.50` in de_CH, `12,34,567` in en_IN). Blank → undefined.
 *
 * Text written in the other convention is read only when it can mean one number:
 * - `1,234.56`, `1.234,56`, `1 234,56`, `1'234.5`: two kinds of separators, or a space or an
 *   apostrophe (only ever a thousands separator): unambiguous in any locale;
 * - `12,5`, `0,250`, `1234,567`, `1.234.567`: a separator that can't be a thousands one (not
 *   followed by exactly three digits, after a group of 1–3 digits not 0) or that repeats;
 * - `1,250` or `1.250`, one separator before three digits: the locale decides when that separator
 *   is its decimal or its thousands separator (`1,250` is 1.25 in fr_FR, 1250 in en_US; `1.250`
 *   is 1.25 in de_CH, 1250 in de_DE); when it is neither (`1.250` in fr_FR, `1,250` in de_CH) the
 *   text is ambiguous: it is left out and the data check says how to write it. Never a guess.
 * Currency symbols and words (`€`, `$`, `CHF`, `EUR`, `HT`, `TTC`…) are recognised only at the
 * ends: `€ 1 200 HT` is 1200, `1HT2` is not an amount.
 */
export function parseAmount(v: Cell, locale: LocaleInfo): number | undefined | Invalid {
  if (typeof v === 'number') return Number.isFinite(v) ? v : invalid('not a finite number');
  if (isBlank(v)) return undefined;
  if (typeof v === 'boolean' || isDate(v)) return invalid('not an amount');
  return readNumberText(String(v), locale);
}

const NOT_AN_AMOUNT = 'not an amount (write 1234.56, 1 234,56 € or $1,234.56)';

/**
 * Currency symbols, ISO codes and the tax words founders add (HT/TTC: before/with VAT), longest
 * first. Only stripped at the start or the end of the text.
 */
const CURRENCY_WORDS = [
  'US$', 'CA$', 'AU$', 'NZ$', 'R$', 'C$', 'A$', 'MX$', 'S/', 'Fr.', 'CHF', 'EUR', 'USD', 'GBP', 'CAD', 'AUD', 'NZD', 'MXN', 'BRL', 'ARS', 'CLP', 'COP',
  'INR', 'JPY', 'CNY', 'RMB', 'HKD', 'SGD', 'SEK', 'NOK', 'DKK', 'ISK', 'PLN', 'CZK', 'HUF', 'RON', 'BGN', 'TRY', 'ZAR', 'ILS', 'KRW', 'TWD', 'THB',
  'IDR', 'MYR', 'PHP', 'VND', 'RUB', 'UAH', 'MAD', 'XOF', 'PEN', 'UYU', 'TTC', 'HT', 'kr.', 'kr', 'zł', 'Kč', 'Ft', 'lei', 'Rs.', 'Rs',
  '€', '$', '£', '¥', '₹', '₩', '₺', '₽', '₴', '₫', '฿', '₱', '₪', '₦', '₣',
].sort((a, b) => b.length - a.length);
const LEADING = new RegExp(`^(?:${CURRENCY_WORDS.map(escape).join('|')})`, 'i');
const TRAILING = new RegExp(`(?:${CURRENCY_WORDS.map(escape).join('|')})$`, 'i');
const SPACES = /[\s\u00a0\u202f\u2009\u2007]/g;
const APOSTROPHES = /[\u2019\u02bc]/g;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** The number in a text, or why it is none (not a number, or ambiguous in this locale). */
export function readNumberText(raw: string, locale: LocaleInfo): number | Invalid {
  let s = raw.trim();
  let negative = false;
  if (/^\(.*\)$/.test(s)) { negative = true; s = s.slice(1, -1).trim(); }
  // Signs and currency words at the start, in any order (`-$5`, `$-5`, `EUR -5`); words at the end.
  let signed = false;
  for (let guard = 0; guard < 4; guard++) {
    const sign = /^[-−+]/.exec(s);
    if (sign) {
      if (signed || (negative && sign[0] !== '+')) return invalid(NOT_AN_AMOUNT); // "(-5)", "--5": ambiguous
      signed = true;
      if (sign[0] !== '+') negative = true;
      s = s.slice(1).trim();
      continue;
    }
    const word = LEADING.exec(s);
    if (word && !/^[a-z]/i.test(s.slice(word[0].length))) { s = s.slice(word[0].length).trim(); continue; }
    break;
  }
  for (let guard = 0; guard < 3; guard++) {
    const word = TRAILING.exec(s);
    if (!word || /[a-z]$/i.test(s.slice(0, s.length - word[0].length))) break;
    s = s.slice(0, s.length - word[0].length).trim();
  }
  s = s.replace(SPACES, ' ').replace(APOSTROPHES, "'");
  if (!/^[\d.,' ]+$/.test(s) || !/\d/.test(s)) return invalid(NOT_AN_AMOUNT);
  const n = digitsOf(s, locale);
  if (isInvalid(n)) return n;
  return negative ? -n : n;
}

/** Digits with separators (spaces normalised to ' ', apostrophes to "'") → the number. */
function digitsOf(s: string, locale: LocaleInfo): number | Invalid {
  const hasSpace = s.includes(' '), hasQuote = s.includes("'");
  if (hasSpace && hasQuote) return invalid(NOT_AN_AMOUNT);
  const other = hasSpace ? ' ' : hasQuote ? "'" : undefined; // only ever thousands separators
  const dots = count(s, '.'), commas = count(s, ',');
  let group: string | undefined, decimal: string | undefined;
  if (dots > 0 && commas > 0) {
    // Both: the last one, once, is the decimal separator.
    decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
    group = decimal === '.' ? ',' : '.';
    if (count(s, decimal) > 1 || other) return invalid(NOT_AN_AMOUNT);
  } else if (dots + commas > 0) {
    const sep = dots > 0 ? '.' : ',';
    if (other) {
      decimal = sep; group = other; // `1 234,56`, `1'234.50`
      if (count(s, sep) > 1) return invalid(NOT_AN_AMOUNT);
    } else if (count(s, sep) > 1) {
      group = sep; // `1.234.567`: repeated, so thousands
    } else {
      const [int, frac] = s.split(sep);
      const couldGroup = frac.length === 3 && /^[1-9]\d{0,2}$/.test(int);
      if (!couldGroup) decimal = sep;
      else if (sep === locale.decimal) decimal = sep;
      else if (sep === normalGroup(locale)) group = sep;
      else return ambiguous(s, sep, locale);
    }
  } else {
    group = other;
  }
  let int = s, frac = '';
  if (decimal) {
    const at = s.lastIndexOf(decimal);
    int = s.slice(0, at); frac = s.slice(at + 1);
  }
  if (group) {
    if (!grouped(int, group, locale)) return invalid(NOT_AN_AMOUNT);
    int = int.split(group).join('');
  }
  if (!/^\d*$/.test(int) || !/^\d*$/.test(frac) || (int === '' && frac === '')) return invalid(NOT_AN_AMOUNT);
  return Number(`${int || '0'}.${frac || '0'}`);
}

function ambiguous(s: string, sep: string, locale: LocaleInfo): Invalid {
  const whole = s.split(sep).join('');
  const decimal = s.replace(sep, '.');
  return invalid(`ambiguous in ${locale.id}: ${s} could be ${whole} or ${decimal}; write it as ${locale.id} does (${amountExample(locale)}) or without a thousands separator`);
}

/** The locale's thousands separator as typed: spaces of any width are ' ', apostrophes "'". */
function normalGroup(locale: LocaleInfo): string {
  return locale.group.replace(SPACES, ' ').replace(APOSTROPHES, "'");
}

/** `1,234,567` (groups of three); in Indian locales also `12,34,567` (then groups of two). */
function grouped(int: string, sep: string, locale: LocaleInfo): boolean {
  const parts = int.split(sep);
  if (parts.length < 2) return /^\d+$/.test(int);
  if (!/^\d{1,3}$/.test(parts[0]) || parts[0] === '0') return false;
  const rest = parts.slice(1);
  if (rest.every((p) => /^\d{3}$/.test(p))) return true;
  return locale.grouping === 'indian' && sep === ',' && /^\d{1,2}$/.test(parts[0]) && rest.slice(0, -1).every((p) => /^\d{2}$/.test(p)) && /^\d{3}$/.test(rest[rest.length - 1]);
}

function count(s: string, ch: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charAt(i) === ch) n++;
  return n;
}
