import { formatValue, formatGeneral, isDateFormat, separators } from '../runtime/spreadsheet/numberFormat';

/**
 * How a chart writes numbers (axis ticks, data labels): a Gviz `format` option when the add-on
 * set one ('percent', 'decimal', 'short', 'long', 'currency', 'none' or a pattern such as
 * '#,##0 €'), else the number format of the source cells, as Sheets' "from source data".
 */
export function numberFormatter(gvizFormat: string | undefined, sourceFormat: string, locale: string): (v: number) => string {
  const f = gvizFormat?.trim();
  if (f) {
    switch (f.toLowerCase()) {
      case 'percent': return (v) => formatValue(v, '0%', locale);
      case 'decimal': case 'long': return (v) => formatValue(v, Number.isInteger(v) ? '#,##0' : '#,##0.##', locale);
      case 'short': return (v) => compact(v, locale);
      case 'currency': return (v) => formatValue(v, currencyFormat(locale), locale);
      case 'none': return (v) => formatGeneral(v, locale);
      default: return (v) => formatValue(v, f, locale);
    }
  }
  if (sourceFormat === '' || /^general$/i.test(sourceFormat)) return (v) => formatGeneral(v, locale);
  return (v) => formatValue(v, sourceFormat, locale);
}

/** Smallest step worth a tick under a format: 1 for formats without decimals (no "0.5" shown as "1"). */
export function minTickStep(gvizFormat: string | undefined, sourceFormat: string): number | undefined {
  const f = gvizFormat?.trim() || sourceFormat;
  if (!f || isDateFormat(f) || /^(general|decimal|long|short|none|currency)$/i.test(f)) return undefined;
  if (/^percent$/i.test(f)) return 0.01;
  const section = f.split(';')[0].replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/\[[^\]]*\]/g, '');
  if (!/[0#?]/.test(section)) return undefined;
  const decimals = (/\.([0#?]+)/.exec(section)?.[1].length) ?? 0;
  const scale = 1000 ** ((/[0#?](,+)(?![0#?])/.exec(section)?.[1].length) ?? 0);
  return (section.includes('%') ? 0.01 : 1) * scale * 10 ** -decimals;
}

function currencyFormat(locale: string): string {
  if (locale === 'en_US') return '"$"#,##0';
  if (locale === 'en_GB') return '"£"#,##0';
  return '#,##0 "€"';
}

/** 1.2K, 35M… in the locale's decimal separator (Gviz 'short'). */
function compact(v: number, locale: string): string {
  const a = Math.abs(v);
  const [div, suffix] = a >= 1e9 ? [1e9, 'B'] : a >= 1e6 ? [1e6, 'M'] : a >= 1e3 ? [1e3, 'K'] : [1, ''];
  const n = Math.round((v / div) * 10) / 10;
  return String(n).replace('.', separators(locale).decimal) + suffix;
}
