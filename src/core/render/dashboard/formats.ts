import { ymdOfDay } from '../../dates/day';
import type { Day } from '../../dates/day';
import type { NamedPeriod } from '../../dates/period';
import { groupDigits, Language } from '../../format/formatValue';
import type { KpiDefinition, KpiUnit } from '../../kpi/types';
import { monthName } from './words';

/** How a currency is written before or after an amount. */
const SYMBOLS: Record<string, string> = {
  EUR: '€', USD: '$', GBP: '£', CHF: 'CHF', CAD: 'CA$', AUD: 'A$', JPY: '¥', MXN: 'MX$', BRL: 'R$', INR: '₹', SEK: 'kr', NOK: 'kr', DKK: 'kr', PLN: 'zł',
};

export function currencySymbol(currency: string): string {
  return SYMBOLS[currency] ?? currency;
}

/** Symbols written after the amount in English too (`12 CHF`), as their own locales do. */
function symbolAfter(symbol: string, language: Language): boolean {
  return language === 'fr' || /^[A-Za-z]{2,}$/.test(symbol) || symbol === 'zł';
}

/**
 * Sheets number formats (the spreadsheet's locale chooses the separators, so `#,##0` shows
 * `12 345` in fr_FR and `12,345` in en_US).
 */
export function currencyFormat(currency: string, language: Language, decimals = 0): string {
  const symbol = currencySymbol(currency);
  const n = decimals ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
  return symbolAfter(symbol, language) ? `${n} "${symbol}"` : `"${symbol}"${n}`;
}

export const PERCENT = '0.0%';
export const SIGNED_PERCENT = '+0%;-0%;0%';
export const COUNT = '#,##0';

/** The number format of a KPI's values. Costs per lead are small: they keep cents. */
export function kpiFormat(kpi: KpiDefinition, currency: string, language: Language): string {
  return unitFormat(kpi.unit, currency, language, kpi.id === 'CPL' ? 2 : 0);
}

export function unitFormat(unit: KpiUnit, currency: string, language: Language, decimals = 0): string {
  switch (unit) {
    case 'count': return COUNT;
    case 'currency': return currencyFormat(currency, language, decimals);
    case 'ratio': return PERCENT;
    case 'days': return language === 'fr' ? '0 "j"' : '0 "days"';
    case 'score': return '+0;-0;0';
  }
}

/** "October 2026" / "octobre 2026", "Q3 2026" / "T3 2026"; a custom span as its days. */
export function periodLabel(p: NamedPeriod, language: Language, short = false): string {
  const { year, month } = ymdOfDay(p.start);
  if (p.kind === 'month') return `${short ? monthName(month, language, true) : capitalise(monthName(month, language), language)} ${year}`;
  if (p.kind === 'quarter') return `${language === 'fr' ? 'T' : 'Q'}${Math.floor((month - 1) / 3) + 1} ${year}`;
  if (p.kind === 'year') return String(year);
  return `${dayLabel(p.start, language)} – ${dayLabel(p.end, language)}`;
}

/** "25 Nov 2026" / "25 nov. 2026". */
export function dayLabel(d: Day, language: Language): string {
  const { year, month, day } = ymdOfDay(d);
  return `${day} ${monthName(month, language, true)} ${year}`;
}

function capitalise(s: string, language: Language): string {
  return language === 'fr' ? s : s.charAt(0).toUpperCase() + s.slice(1);
}

/** A compact signed amount for sentences: "−12 k€", "−€12k", "+3", "−4.1 pts". */
export function compactValue(value: number, unit: KpiUnit, currency: string, language: Language, signed = true): string {
  const sign = !signed ? (value < 0 ? '−' : '') : value > 0 ? '+' : value < 0 ? '−' : '';
  const a = Math.abs(value);
  const fr = language === 'fr';
  if (unit === 'currency') {
    const symbol = currencySymbol(currency);
    const [n, suffix] = a >= 1e6 ? [a / 1e6, 'M'] : a >= 1e3 ? [a / 1e3, 'k'] : [a, ''];
    const digits = suffix && n < 10 ? 1 : 0;
    const text = groupDigits(n, a < 100 && !suffix ? 2 : digits, fr).replace(/[.,]0+$/, '');
    return symbolAfter(symbol, language) ? `${sign}${text}\u00a0${suffix}${symbol}` : `${sign}${symbol}${text}${suffix}`;
  }
  if (unit === 'ratio') return `${sign}${groupDigits(a * 100, 1, fr)}\u00a0pt${a * 100 >= 2 ? 's' : ''}`;
  if (unit === 'days') return `${sign}${groupDigits(a, 0, fr)}${fr ? '\u00a0j' : ' days'}`;
  return `${sign}${groupDigits(a, a < 10 && a % 1 ? 1 : 0, fr)}`;
}

/** A relative change as words: "+12 %", "−18 %". */
export function percentChange(ratio: number, language: Language): string {
  // Halves round away from zero (−37.5 % → −38 %) whatever the sign; under 1 %, one decimal.
  const p = ratio * 100;
  const digits = Math.abs(p) < 1 && p !== 0 ? 1 : 0;
  const text = Math.abs(p).toFixed(digits);
  const sign = Number(text) === 0 ? '' : p > 0 ? '+' : '−';
  return `${sign}${language === 'fr' ? text.replace('.', ',') : text}${language === 'fr' ? '\u00a0%' : '%'}`;
}
