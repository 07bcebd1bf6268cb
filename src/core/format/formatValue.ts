import type { KpiUnit } from '../kpi/types';

export type Language = 'en' | 'fr';

export interface FormatOptions { language: Language; currency: string }

/** A colon as the language writes it: French puts a (no-break) space before it. */
export function colon(language: Language): string {
  return language === 'fr' ? '\u00a0:' : ':';
}

/** Symbols only where they name one currency unambiguously for our users; others show their ISO code. */
const SYMBOLS: Record<string, string> = { EUR: '€', USD: '$', GBP: '£', CHF: 'CHF', JPY: '¥', INR: '₹' };

/**
 * A KPI value as a founder reads it, without Intl (same output in Apps Script and Node):
 * fr `12 345 €`, `25,0 %`, `34 j`; en `€12,345`, `25.0%`, `34 days`.
 */
export function formatKpiValue(value: number, unit: KpiUnit, o: FormatOptions): string {
  const fr = o.language === 'fr';
  switch (unit) {
    case 'count': return groupDigits(value, 0, fr);
    case 'currency': {
      const symbol = SYMBOLS[o.currency] ?? o.currency;
      const digits = Math.abs(value) < 100 ? 2 : 0;
      const n = groupDigits(Math.abs(value), digits, fr);
      const sign = value < 0 ? '−' : '';
      if (fr || symbol === 'CHF') return `${sign}${n}\u00a0${symbol}`;
      // An ISO code (MXN, CAD…) is a word: `MXN 12,500`, not `MXN12,500`.
      return /^[A-Z]{2,}$/.test(symbol) ? `${sign}${symbol}\u00a0${n}` : `${sign}${symbol}${n}`;
    }
    case 'ratio': return fr ? `${groupDigits(value * 100, 1, true)}\u00a0%` : `${groupDigits(value * 100, 1, false)}%`;
    case 'days': return `${groupDigits(value, 0, fr)}${fr ? '\u00a0j' : ' days'}`;
    case 'score': return `${value > 0 ? '+' : value < 0 ? '−' : ''}${groupDigits(Math.abs(value), 0, fr)}`;
  }
}

/** Fixed decimals, thousands grouped: fr `1 234,5` (narrow no-break space), en `1,234.5`. */
export function groupDigits(value: number, decimals: number, fr: boolean): string {
  const fixed = Math.abs(value).toFixed(decimals);
  const negative = value < 0 && Number(fixed) !== 0; // -0.4 shown with no decimals is "0", not "-0"
  const [int, frac] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, fr ? '\u202f' : ',');
  return `${negative ? '−' : ''}${grouped}${frac ? (fr ? ',' : '.') + frac : ''}`;
}
