import type { Grid } from '../cells/cell';
import { normalizeHeader, normalizeKey } from '../cells/text';
import { TABLES, TABLE_KINDS } from '../tables/schema';
import { DateOrder, localeInfo, LocaleInfo, SHEETS_LOCALES } from './locale';

/**
 * Telling a workbook's locale from its data, when nobody said it (a file given to `npm start`:
 * an .xlsx or CSV export carries no locale). Pure, so it can be tested on grids.
 *
 * The evidence: currency symbols and codes in text amounts and number formats (`$1,500`,
 * `[$€-40C]`, whose LCID 40C even names fr-FR); how amounts place their separators
 * (`1 250,50` shows a decimal comma, `1,250.50` a decimal point, `1'250` a Swiss apostrophe,
 * `12,34,567` Indian grouping; `1,250` alone shows nothing); which date order makes every text
 * date possible (`25/3/2026` is day first, `3/25/2026` month first; `3/4/2026` fits both), and
 * date number formats (`m/d/yyyy`); the language of the headers. Each locale of the table gets a
 * score; ties go to the most common locales.
 */
export interface LocaleEvidence {
  /** Text cells that look like amounts. */
  amounts: string[];
  /** Text cells written a/b/yyyy (with `/`, `.` or `-`). */
  dates: string[];
  /** Distinct number formats of the workbook's cells (xlsx). */
  formats: string[];
  /** Headers and sheet names in French / in English (aliases one language has and not the other). */
  french: number;
  english: number;
}

export interface LocaleGuess {
  locale: LocaleInfo;
  /** The date order was shown by the data (else an ambiguous text date is read but flagged). */
  dateOrderKnown: boolean;
  /** Why, in a few words each, for the user: `$ in 12 amounts`, `dates month first (3/25/2026)`. */
  reasons: string[];
}

const SAMPLE = 5000;
const AMOUNT_SHAPE = /^[(\-−+]?\s*[^\d\s]{0,4}\s*[-−]?\d[\d.,'’\s\u00a0\u202f]*\s*[^\d\s]{0,4}\s*[^\d\s]{0,3}\)?$/;
const DATE_SHAPE = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;

/** Evidence from sheets: text cells of data rows, distinct number formats, header words. */
export function gatherEvidence(sheets: readonly { name: string; grid: Grid }[], formats: readonly string[] = []): LocaleEvidence {
  const e: LocaleEvidence = { amounts: [], dates: [], formats: [...formats], french: 0, english: 0 };
  const fr = new Set<string>(), en = new Set<string>();
  for (const kind of TABLE_KINDS) {
    const t = TABLES[kind];
    for (const f of t.fields) {
      const a = normalizeHeader(f.label.fr), b = normalizeHeader(f.label.en);
      if (a !== b) { fr.add(a); en.add(b); }
    }
    if (normalizeKey(t.label.fr) !== normalizeKey(t.label.en)) { fr.add(normalizeKey(t.label.fr)); en.add(normalizeKey(t.label.en)); }
  }
  for (const sheet of sheets) {
    const name = normalizeKey(sheet.name);
    if (fr.has(name)) e.french++;
    else if (en.has(name)) e.english++;
    for (const h of sheet.grid[0] ?? []) {
      const k = normalizeHeader(h);
      if (fr.has(k)) e.french++;
      else if (en.has(k)) e.english++;
    }
    for (let r = 1; r < sheet.grid.length; r++) {
      for (const v of sheet.grid[r]) {
        if (typeof v !== 'string') continue;
        const s = v.trim();
        if (s === '' || !/\d/.test(s)) continue;
        if (DATE_SHAPE.test(s)) { if (e.dates.length < SAMPLE) e.dates.push(s); }
        else if (AMOUNT_SHAPE.test(s) && e.amounts.length < SAMPLE) e.amounts.push(s);
      }
    }
  }
  return e;
}

/** Currency marks and the ISO codes they may stand for. */
const MARKS: [RegExp, string, string[]][] = [
  [/R\$|\bBRL\b/, 'R$', ['BRL']],
  [/(?:MX\$|\bMXN\b)/, 'MXN', ['MXN']],
  [/(?:C\$|CA\$|\bCAD\b)/, 'CAD', ['CAD']],
  [/(?:A\$|AU\$|\bAUD\b)/, 'AUD', ['AUD']],
  [/(?:US\$|\bUSD\b)/, 'USD', ['USD']],
  [/€|\bEUR\b/, '€', ['EUR']],
  [/£|\bGBP\b/, '£', ['GBP']],
  [/\bCHF\b|\bFr\./, 'CHF', ['CHF']],
  [/₹|\bINR\b|\bRs\.?/, '₹', ['INR']],
  [/¥|\bJPY\b|\bCNY\b|\bRMB\b/, '¥', ['JPY', 'CNY']],
  [/zł|\bPLN\b/, 'zł', ['PLN']],
  [/\bkr\b|\bSEK\b|\bNOK\b|\bDKK\b/, 'kr', ['SEK', 'NOK', 'DKK', 'ISK']],
  [/\$/, '$', ['USD', 'CAD', 'AUD', 'NZD', 'MXN', 'ARS', 'CLP', 'COP', 'SGD', 'HKD', 'TWD', 'UYU']],
];

/** Excel's locale ids in number formats (`[$€-40C]`, `[$-409]`): a format names its locale. */
const LCID: Record<string, string> = {
  '409': 'en_US', '809': 'en_GB', '40C': 'fr_FR', '80C': 'fr_BE', 'C0C': 'fr_CA', '100C': 'fr_CH', '407': 'de_DE', '807': 'de_CH', 'C07': 'de_AT',
  '40A': 'es_ES', 'C0A': 'es_ES', '80A': 'es_MX', '416': 'pt_BR', '816': 'pt_PT', '410': 'it_IT', '810': 'it_CH', '413': 'nl_NL', '813': 'nl_BE',
  '41D': 'sv_SE', '415': 'pl_PL', '411': 'ja_JP', '4009': 'en_IN', '1009': 'en_CA', 'C09': 'en_AU', '1809': 'en_IE',
};

/** Where scores tie, the more common locale (Pilote's users first). */
const COMMON = ['en_US', 'fr_FR', 'en_GB', 'de_DE', 'es_ES', 'fr_CA', 'en_CA', 'es_MX', 'de_CH', 'fr_CH', 'fr_BE', 'it_IT', 'pt_BR', 'nl_NL', 'en_AU', 'en_IN', 'en_IE'];

interface AmountShape { decimal?: '.' | ','; ambiguous?: '.' | ','; apostrophe?: boolean; space?: boolean; indian?: boolean }

/** What an amount text shows of its separators (nothing when it has one `.`/`,` before three digits). */
function shapeOf(text: string): AmountShape {
  const s = text.replace(/[^\d.,'’\s\u00a0\u202f]/g, '').trim();
  const out: AmountShape = {};
  if (/\d['’]\d{3}/.test(s)) out.apostrophe = true;
  if (/\d[\s\u00a0\u202f]\d{3}/.test(s)) out.space = true;
  if (/^\d{1,2}(,\d{2})+,\d{3}(\.\d+)?$/.test(s)) out.indian = true;
  const lastDot = s.lastIndexOf('.'), lastComma = s.lastIndexOf(',');
  if (lastDot < 0 && lastComma < 0) return out;
  const sep = lastDot > lastComma ? '.' : ',';
  const other = sep === '.' ? ',' : '.';
  const after = s.slice(s.lastIndexOf(sep) + 1);
  const count = s.split(sep).length - 1;
  if (count > 1) return out; // `1.234.567`, `1,234,567`: that separator groups; no decimal shown
  if (s.includes(other) || out.space || out.apostrophe) { out.decimal = sep; return out; }
  if (after.length === 3 && /^[1-9]\d{0,2}$/.test(s.slice(0, s.lastIndexOf(sep)))) { out.ambiguous = sep; return out; }
  out.decimal = sep;
  return out;
}

/** The date order a format's pattern shows (`m/d/yyyy` month first), if any. */
function formatOrder(format: string): DateOrder | undefined {
  const f = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '').toLowerCase();
  if (!/y/.test(f) || !/d/.test(f) || !/m/.test(f) || /h/.test(f.split(/[dmy]/).join(''))) return undefined;
  const d = f.indexOf('d'), m = f.indexOf('m'), y = f.indexOf('y');
  if (y < m && y < d) return undefined; // year first: ISO, no order of day and month shown
  return d < m ? 'DMY' : 'MDY';
}

export function inferLocale(e: LocaleEvidence): LocaleGuess {
  const reasons: string[] = [];
  // Currency marks.
  const marks = new Map<string, { codes: string[]; n: number }>();
  const note = (text: string) => {
    for (const [re, mark, codes] of MARKS) {
      if (!re.test(text)) continue;
      const m = marks.get(mark) ?? { codes, n: 0 };
      m.n++;
      marks.set(mark, m);
      return;
    }
  };
  e.amounts.forEach(note);
  e.formats.forEach((f) => note(f.replace(/\[\$([^\]-]*)(-[^\]]*)?\]/g, ' $1 ')));
  const lcids = new Map<string, number>();
  for (const f of e.formats) {
    for (const m of f.matchAll(/\[\$[^\]-]*-([0-9A-Fa-f]{3,4})\]/g)) {
      const id = LCID[m[1].toUpperCase()];
      if (id) lcids.set(id, (lcids.get(id) ?? 0) + 1);
    }
  }
  // Separators.
  let point = 0, comma = 0, apostrophe = 0, space = 0, indian = 0;
  const ambiguous = { '.': 0, ',': 0 };
  let pointExample = '', commaExample = '', ambiguousExample = '';
  for (const a of e.amounts) {
    const s = shapeOf(a);
    if (s.decimal === '.') { point++; pointExample ||= a; }
    if (s.decimal === ',') { comma++; commaExample ||= a; }
    if (s.ambiguous) { ambiguous[s.ambiguous]++; ambiguousExample ||= a; }
    if (s.apostrophe) apostrophe++;
    if (s.space) space++;
    if (s.indian) indian++;
  }
  // Date order: which order makes every text date possible.
  let dayFirst = 0, monthFirst = 0, either = 0;
  let dayExample = '', monthExample = '', eitherExample = '';
  for (const d of e.dates) {
    const m = DATE_SHAPE.exec(d)!;
    const a = +m[1], b = +m[3];
    if (a > 12 && b <= 12) { dayFirst++; dayExample ||= d; }
    else if (b > 12 && a <= 12) { monthFirst++; monthExample ||= d; }
    else if (a <= 12 && b <= 12 && a !== b) { either++; eitherExample ||= d; }
  }
  let formatDmy = 0, formatMdy = 0;
  for (const f of e.formats) {
    const o = formatOrder(f);
    if (o === 'DMY') formatDmy++;
    if (o === 'MDY') formatMdy++;
  }
  const shownOrder: DateOrder | undefined =
    dayFirst > 0 && monthFirst === 0 ? 'DMY' : monthFirst > 0 && dayFirst === 0 ? 'MDY'
      : dayFirst === 0 && monthFirst === 0 ? (formatDmy > 0 && formatMdy === 0 ? 'DMY' : formatMdy > 0 && formatDmy === 0 ? 'MDY' : undefined)
        : undefined;
  const language = e.french > e.english ? 'fr' : e.english > e.french ? 'en' : undefined;

  let best: LocaleInfo | undefined, bestScore = -Infinity;
  for (const l of SHEETS_LOCALES) {
    let score = 0;
    for (const { codes, n } of marks.values()) score += (codes.includes(l.currency) ? 3 : -3) * Math.min(1, n / 3);
    score += 4 * Math.min(1, (lcids.get(l.id) ?? 0));
    const group = l.group.replace(/[\u00a0\u202f]/g, ' ').replace('’', "'");
    const decimalVotes = point + comma;
    if (decimalVotes > 0) score += (3 * ((l.decimal === '.' ? point : comma) - (l.decimal === '.' ? comma : point))) / decimalVotes;
    for (const sep of ['.', ','] as const) if (ambiguous[sep] > 0 && l.decimal !== sep && group !== sep) score -= 2; // unreadable there
    if (apostrophe > 0) score += group === "'" ? 2 : -1;
    if (space > 0 && group === ' ') score += 0.5;
    if (indian > 0) score += l.grouping === 'indian' ? 2 : -2;
    if (shownOrder) score += l.dateOrder === shownOrder ? 2 : l.dateOrder === 'YMD' ? -1 : -3;
    if (language) score += l.language === language ? 1 : 0;
    const rank = COMMON.indexOf(l.id);
    score += rank >= 0 ? 0.5 - rank * 0.02 : 0;
    if (score > bestScore) { best = l; bestScore = score; }
  }
  const locale = best ?? localeInfo('en_US');

  for (const [mark, { n }] of [...marks.entries()].sort((a, b) => b[1].n - a[1].n)) reasons.push(`${mark} in ${n} ${n === 1 ? 'amount or format' : 'amounts or formats'}`);
  for (const [id, n] of lcids) reasons.push(`${n} number format${n === 1 ? '' : 's'} marked ${id}`);
  if (point > comma) reasons.push(`decimal point (${pointExample})`);
  else if (comma > point) reasons.push(`decimal comma (${commaExample})`);
  else if (ambiguous['.'] + ambiguous[','] > 0) reasons.push(`amounts such as ${ambiguousExample} fit either decimal separator`);
  if (apostrophe > 0) reasons.push(`apostrophe thousands separators`);
  if (indian > 0) reasons.push(`Indian digit grouping`);
  if (shownOrder === 'DMY') reasons.push(dayExample ? `dates day first (${dayExample})` : 'date formats day first');
  else if (shownOrder === 'MDY') reasons.push(monthExample ? `dates month first (${monthExample})` : 'date formats month first');
  else if (dayFirst > 0 && monthFirst > 0) reasons.push(`dates in both orders (${dayExample}, ${monthExample})`);
  else if (either > 0) reasons.push(`text dates such as ${eitherExample} fit both orders: read ${locale.dateOrder === 'MDY' ? 'month' : 'day'} first and flagged`);
  if (language) reasons.push(`${language === 'fr' ? 'French' : 'English'} headers`);
  if (reasons.length === 0) reasons.push('nothing in the data tells it');
  return { locale, dateOrderKnown: shownOrder !== undefined && shownOrder === locale.dateOrder, reasons };
}
