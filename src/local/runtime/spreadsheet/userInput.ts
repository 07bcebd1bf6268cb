import { separators, defaultDateFormat } from './numberFormat';
import { serialOfWallClock } from './serial';

/**
 * How Sheets interprets a string written by Range.setValue(s) — like text typed in a cell:
 * - `'…` (leading apostrophe): text, without the apostrophe (getValue gives the rest);
 * - `=…`: a formula (the caller stores its text);
 * - `TRUE`/`FALSE` (any case): booleans;
 * - plain numbers in the locale (`12`, `-3.5`; fr_FR `3,5`; en_US `1,234.56` with grouping),
 *   percentages (`12%` → 0.12 with `0%`), ISO dates `2026-03-01` (format `yyyy-mm-dd`) and
 *   the locale's day/month order (`3/1/2026` en_US, `01/03/2026` fr_FR);
 * - anything else: text as given. Currency strings (`$1,234.56`, `1 234,56 €`) stay text here
 *   (Sheets would parse some of them: documented gap).
 * A cell whose number format is plain text (`@`) keeps every string as text, formulas included.
 */
export type Parsed =
  | { kind: 'text'; value: string }
  | { kind: 'formula'; formula: string }
  | { kind: 'value'; value: number | boolean; format?: string };

export function parseUserString(s: string, locale: string, plainText: boolean): Parsed {
  if (plainText) return { kind: 'text', value: s };
  if (s.startsWith("'")) return { kind: 'text', value: s.slice(1) };
  if (s.length > 1 && s.startsWith('=')) return { kind: 'formula', formula: s };
  const t = s.trim();
  if (t === '') return { kind: 'text', value: s };
  if (/^true$/i.test(t)) return { kind: 'value', value: true };
  if (/^false$/i.test(t)) return { kind: 'value', value: false };
  const n = parseLocaleNumber(t, locale);
  if (n !== null) return { kind: 'value', value: n.value, ...(n.format ? { format: n.format } : {}) };
  const pct = /^(.*?)\s?%$/.exec(t);
  if (pct) {
    const p = parseLocaleNumber(pct[1], locale);
    if (p !== null) {
      const decimals = (pct[1].split(/[.,]/)[1] ?? '').length;
      return { kind: 'value', value: p.value / 100, format: decimals ? `0.${'0'.repeat(decimals)}%` : '0%' };
    }
  }
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (iso) {
    const d = dateSerial(+iso[1], +iso[2], +iso[3]);
    if (d !== null) return { kind: 'value', value: d, format: 'yyyy-mm-dd' };
  }
  const slash = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(t);
  if (slash) {
    const monthFirst = locale === 'en_US' || locale === 'en_PH' || locale === 'fil_PH';
    const [day, month] = monthFirst ? [+slash[2], +slash[1]] : [+slash[1], +slash[2]];
    const d = dateSerial(+slash[3], month, day);
    if (d !== null) return { kind: 'value', value: d, format: defaultDateFormat(locale) };
  }
  return { kind: 'text', value: s };
}

function parseLocaleNumber(t: string, locale: string): { value: number; format?: string } | null {
  const { decimal } = separators(locale);
  if (decimal === '.') {
    if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) return { value: Number(t) };
    if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) {
      const dec = (t.split('.')[1] ?? '').length;
      return { value: Number(t.replace(/,/g, '')), format: dec ? `#,##0.${'0'.repeat(dec)}` : '#,##0' };
    }
    return null;
  }
  if (/^[+-]?(\d+,?\d*|,\d+)([eE][+-]?\d+)?$/.test(t)) return { value: Number(t.replace(',', '.')) };
  return null;
}

function dateSerial(y: number, m: number, d: number): number | null {
  if (m < 1 || m > 12 || d < 1) return null;
  const check = new Date(Date.UTC(y, m - 1, d));
  if (check.getUTCMonth() !== m - 1) return null;
  return serialOfWallClock({ year: y, month: m, day: d, hour: 0, minute: 0, second: 0, millisecond: 0 });
}
