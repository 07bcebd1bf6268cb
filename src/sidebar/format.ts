import type { KpiUnit, Language } from '../addon/sidebar/api';
import type { Strings } from './i18n';

/** `2026-03` → "March 2026" / "mars 2026" ("Mar 2026" short); `2026-Q1` → "Q1 2026" / "T1 2026"; `2026` stays. */
export function periodLabel(key: string, s: Strings, short = false): string {
  let m = /^(\d{4})-(\d{2})$/.exec(key);
  if (m) return `${(short ? s.monthsShort : s.months)[Number(m[2]) - 1]} ${m[1]}`;
  m = /^(\d{4})-Q([1-4])$/.exec(key);
  if (m) return s.quarter(Number(m[2]), Number(m[1]));
  return key;
}

function locale(language: Language): string {
  return language === 'fr' ? 'fr-FR' : 'en-US';
}

export function formatNumber(n: number, language: Language, digits = 0): string {
  return new Intl.NumberFormat(locale(language), { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(n);
}

/** An objective or a KPI value in its unit: 25 % for a rate, 12 000 € for money. */
export function formatValue(n: number, unit: KpiUnit, language: Language, currency: string): string {
  switch (unit) {
    case 'ratio': return new Intl.NumberFormat(locale(language), { style: 'percent', maximumFractionDigits: 1 }).format(n);
    case 'currency':
      try {
        return new Intl.NumberFormat(locale(language), { style: 'currency', currency, maximumFractionDigits: 0 }).format(n);
      } catch {
        return `${formatNumber(n, language)} ${currency}`;
      }
    case 'days': return `${formatNumber(n, language, 1)} ${language === 'fr' ? 'j' : 'd'}`;
    default: return formatNumber(n, language, 1);
  }
}

/** Milliseconds as "4.2 s" / "4,2 s". */
export function formatSeconds(ms: number, language: Language): string {
  return `${formatNumber(ms / 1000, language, 1)} s`;
}

/** A number typed by the user, with a comma or a point for decimals and spaces between thousands; NaN when it isn't one. */
export function parseTyped(text: string): number {
  const t = text.trim().replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  return t === '' || !/^[-+]?\d*\.?\d+$/.test(t) ? NaN : Number(t);
}
