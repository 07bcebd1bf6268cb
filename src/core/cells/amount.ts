import { Cell, Invalid, invalid, isBlank } from './cell';
import { isDate } from '../dates/day';

/**
 * Reads an amount: a number cell, or text in French (`1 234,56 €`, `-12,5`) or English
 * (`$1,234.56`, `(1,234.56)`) form. `1,234` and `1.234` are ambiguous: the spreadsheet's
 * locale decides (`decimalComma` for French-style locales). Blank → undefined.
 */
export function parseAmount(v: Cell, decimalComma: boolean): number | undefined | Invalid {
  if (typeof v === 'number') return Number.isFinite(v) ? v : invalid('not a finite number');
  if (isBlank(v)) return undefined;
  if (typeof v === 'boolean' || isDate(v)) return invalid('not an amount');
  const n = parseNumberText(String(v), decimalComma);
  return n === undefined ? invalid('not an amount (write 1234.56, 1 234,56 € or $1,234.56)') : n;
}

const CURRENCY = /(€|\$|£|¥|CHF|EUR|USD|GBP|HT|TTC)/gi;
const SPACES = /[\s\u00a0\u202f\u2009']/g;

/** The number in a text, or undefined. Exported for targets (percentages handled there). */
export function parseNumberText(raw: string, decimalComma: boolean): number | undefined {
  let s = raw.trim();
  let negative = false;
  if (/^\(.*\)$/.test(s)) { negative = true; s = s.slice(1, -1); }
  s = s.replace(CURRENCY, '').trim();
  if (s.startsWith('-') || s.startsWith('−')) {
    if (negative) return undefined; // "(-5)": a sign inside accounting brackets is ambiguous
    negative = true;
    s = s.slice(1).trim();
  }
  else if (s.startsWith('+')) s = s.slice(1).trim();
  // Thousands groups separated by spaces must be groups of three: "12 34" is not a number.
  if (/[\s\u00a0\u202f\u2009']/.test(s)) {
    if (!/^\d{1,3}([\s\u00a0\u202f\u2009']\d{3})+([.,]\d+)?$/.test(s)) return undefined;
    s = s.replace(SPACES, '');
  }
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return undefined;
  const lastComma = s.lastIndexOf(','), lastDot = s.lastIndexOf('.');
  let intPart = s, frac = '';
  if (lastComma >= 0 && lastDot >= 0) {
    const dec = lastComma > lastDot ? ',' : '.';
    const thou = dec === ',' ? '.' : ',';
    const at = s.lastIndexOf(dec);
    intPart = s.slice(0, at); frac = s.slice(at + 1);
    if (intPart.includes(dec) || !groupedBy(intPart, thou)) return undefined;
    intPart = intPart.split(thou).join('');
  } else if (lastComma >= 0 || lastDot >= 0) {
    const sep = lastComma >= 0 ? ',' : '.';
    const parts = s.split(sep);
    const isThousands =
      parts.length > 2 ? groupedBy(s, sep)
      : parts[1].length === 3 && parts[0].length >= 1 && parts[0].length <= 3
        ? (sep === ',' ? !decimalComma : decimalComma) // ambiguous: the locale decides
        : false;
    if (isThousands) {
      if (!groupedBy(s, sep)) return undefined;
      intPart = parts.join('');
    } else {
      if (parts.length > 2) return undefined;
      intPart = parts[0]; frac = parts[1];
    }
  }
  if (intPart === '' && frac === '') return undefined;
  if (!/^\d*$/.test(intPart) || !/^\d*$/.test(frac)) return undefined;
  const n = Number(`${intPart || '0'}.${frac || '0'}`);
  return negative ? -n : n;
}

function groupedBy(s: string, sep: string): boolean {
  const parts = s.split(sep);
  return parts[0].length >= 1 && parts[0].length <= 3 && parts.slice(1).every((p) => p.length === 3);
}
