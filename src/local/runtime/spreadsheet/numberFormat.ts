import { wallClockOfSerial } from './serial';

/**
 * Number formats as Sheets applies them for Range.getDisplayValues, in the spreadsheet's
 * locale. Covered: General (''/'General'), digit patterns `0`, `0.00`, `#,##0`, `#,##0.00`,
 * `0%`, `0.0%`, scientific `0.00E+00`, literals ("€", \€, [$€-40C]), colour tags ([Red]),
 * up to four sections (positive;negative;zero;text), conditions (`[>=1000]0.0,"k";0`),
 * scaling commas (`#,##0,"k€"` shows 12345 as 12k€), date/time patterns (`yyyy-mm-dd`,
 * `dd/mm/yyyy`, `M/d/yyyy H:mm:ss`, `mmm yyyy`, `d mmm`, `[h]:mm`, AM/PM) and `@` (text).
 * A section's colour tag is not part of the text: `formatColor` gives it.
 * Not covered: fractions (`# ?/?`), padding (`* `, `_)`) — `_x` and `*x` are dropped.
 */

export interface LocaleSeparators { decimal: string; group: string; }

const COMMA_DECIMAL = new Set(['fr', 'de', 'es', 'it', 'pt', 'nl', 'ru', 'pl', 'sv', 'da', 'nb', 'fi', 'cs', 'tr', 'id']);

/** Decimal and grouping separators Sheets uses for a locale ('fr_FR' → ',' and U+202F). */
export function separators(locale: string): LocaleSeparators {
  const lang = locale.split(/[_-]/)[0].toLowerCase();
  if (lang === 'fr') return { decimal: ',', group: '\u202f' };
  if (locale === 'de_CH') return { decimal: '.', group: '’' };
  if (COMMA_DECIMAL.has(lang)) return { decimal: ',', group: lang === 'de' || lang === 'nl' || lang === 'es' || lang === 'it' || lang === 'id' || lang === 'tr' || lang === 'da' ? '.' : '\u00a0' };
  return { decimal: '.', group: ',' };
}

/** The date format Sheets gives a cell that receives a date (no time) in this locale. */
export function defaultDateFormat(locale: string): string {
  switch (locale) {
    case 'en_US': return 'M/d/yyyy';
    case 'en_GB': case 'fr_FR': case 'fr_BE': case 'es_ES': case 'it_IT': case 'pt_BR': return 'dd/MM/yyyy';
    case 'de_DE': case 'de_AT': case 'de_CH': return 'dd.MM.yyyy';
    case 'fr_CA': return 'yyyy-MM-dd';
    default: return 'yyyy-MM-dd';
  }
}

/** The date-time format Sheets gives a cell that receives a date with a time in this locale. */
export function defaultDateTimeFormat(locale: string): string {
  return locale === 'en_US' ? 'M/d/yyyy H:mm:ss' : `${defaultDateFormat(locale)} HH:mm:ss`;
}

const dateFormatCache = new Map<string, boolean>();

/** True when a number format shows a date, a time or a duration (then getValues gives a Date). */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  let hit = dateFormatCache.get(format);
  if (hit === undefined) {
    const bare = stripLiterals(format.split(';')[0]).replace(/\[(h+|m+|s+)\]/gi, 'h');
    hit = /[ydhs]/i.test(bare.replace(/am\/pm|a\/p/gi, '')) || (/m/i.test(bare) && !/[0#?]/.test(bare));
    if (/[0#?]/.test(bare.replace(/\.0+/g, '')) && !/[ydh]/i.test(bare)) hit = false;
    dateFormatCache.set(format, hit);
  }
  return hit;
}

/** Removes "quoted", \escaped and [$…]/[Color] parts, so only pattern characters remain. */
function stripLiterals(f: string): string {
  return f.replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/\[\$[^\]]*\]/g, '').replace(/\[(?!h+\]|m+\]|s+\])[^\]]*\]/gi, '').replace(/[_*]./g, '');
}

export type DisplayValue = number | string | boolean | undefined;

/** What Sheets shows for `value` under `format` in `locale` (Range.getDisplayValue). */
export function formatValue(value: DisplayValue, format: string | undefined, locale: string): string {
  if (value === undefined || value === '') return '';
  if (typeof value === 'boolean') return booleanText(value, locale);
  const f = format ?? '';
  if (typeof value === 'string') {
    const sections = splitSections(f);
    if (sections.length >= 4) return renderText(sections[3], value);
    if (sections.length === 1 && sections[0].includes('@')) return renderText(sections[0], value);
    return value;
  }
  if (!Number.isFinite(value)) return String(value);
  if (f === '' || /^general$/i.test(f) || f === '@') return formatGeneral(value, locale);
  const picked = pickSection(splitSections(f), value);
  if (!picked) return formatGeneral(value, locale);
  const { section, v, forceMinus } = picked;
  if (isDateFormat(section)) return formatDate(value, section, locale);
  const out = formatNumber(v, section, locale);
  return forceMinus && /[1-9]/.test(out) ? `-${out}` : out;
}

/** Colours a number format's section may name ([Red]…), as Sheets draws them. */
const FORMAT_COLORS: Record<string, string> = {
  black: '#000000', white: '#ffffff', red: '#ff0000', green: '#00ff00', blue: '#0000ff', yellow: '#ffff00', magenta: '#ff00ff', cyan: '#00ffff',
};

/**
 * The colour tag of the section `format` shows `value` with ('#ff0000' for -5 under
 * `#,##0;[Red]-#,##0`), or null when that section names none.
 */
export function formatColor(value: DisplayValue, format: string | undefined): string | null {
  if (value === undefined || value === '' || typeof value === 'boolean' || !format) return null;
  const sections = splitSections(format);
  let section: string | undefined;
  if (typeof value === 'string') section = sections.length >= 4 ? sections[3] : sections.length === 1 && sections[0].includes('@') ? sections[0] : undefined;
  else section = pickSection(sections, value)?.section;
  if (section === undefined) return null;
  for (const m of maskQuoted(section).matchAll(/\[([A-Za-z]+)\]/g)) {
    const c = FORMAT_COLORS[m[1].toLowerCase()];
    if (c) return c;
  }
  return null;
}

type Condition = { op: string; n: number };

/** A section's condition (`[>=1000]`), if any. */
function conditionOf(section: string): Condition | null {
  const m = /\[(<=|>=|<>|<|>|=)\s*(-?\d+(?:\.\d+)?)\]/.exec(maskQuoted(section));
  return m ? { op: m[1], n: Number(m[2]) } : null;
}

function holds(c: Condition, v: number): boolean {
  switch (c.op) {
    case '<': return v < c.n;
    case '<=': return v <= c.n;
    case '>': return v > c.n;
    case '>=': return v >= c.n;
    case '=': return v === c.n;
    default: return v !== c.n;
  }
}

/**
 * The section a number shows with, the magnitude it formats, and whether a minus goes in
 * front: positive;negative;zero by sign, or the first section whose [condition] holds (a
 * section without a condition after a conditional one takes the rest), null when none does.
 */
function pickSection(sections: string[], value: number): { section: string; v: number; forceMinus: boolean } | null {
  const numeric = sections.slice(0, 3);
  const conds = numeric.map(conditionOf);
  if (conds.some((c) => c)) {
    const i = numeric.findIndex((_s, k) => (conds[k] ? holds(conds[k]!, value) : k > 0));
    if (i < 0) return null;
    return { section: numeric[i], v: Math.abs(value), forceMinus: value < 0 };
  }
  if (value < 0 && sections.length >= 2 && sections[1] !== '') return { section: sections[1], v: -value, forceMinus: false };
  if (value === 0 && sections.length >= 3) return { section: sections[2], v: value, forceMinus: false };
  if (value < 0) return { section: sections[0], v: -value, forceMinus: true };
  return { section: sections[0], v: value, forceMinus: false };
}

/** Same length as `s`, with "quoted" text and \escaped characters blanked. */
function maskQuoted(s: string): string {
  return s.replace(/"[^"]*"?/g, (q) => ' '.repeat(q.length)).replace(/\\./g, '  ');
}

function booleanText(b: boolean, locale: string): string {
  const lang = locale.split(/[_-]/)[0];
  if (lang === 'fr') return b ? 'VRAI' : 'FAUX';
  if (lang === 'de') return b ? 'WAHR' : 'FALSCH';
  if (lang === 'es') return b ? 'VERDADERO' : 'FALSO';
  return b ? 'TRUE' : 'FALSE';
}

function splitSections(f: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < f.length; i++) {
    const ch = f[i];
    if (ch === '"') quoted = !quoted;
    if (ch === '\\' && i + 1 < f.length) { cur += ch + f[++i]; continue; }
    if (ch === ';' && !quoted) { out.push(cur); cur = ''; continue; }
    cur += ch;
  }
  out.push(cur);
  return out;
}

function renderText(section: string, text: string): string {
  return literalText(section.replace(/@/g, '\u0000')).replace(/\u0000/g, text);
}

/** Sheets' automatic ("General") display: up to 10 decimals, no grouping, E notation when huge. */
export function formatGeneral(v: number, locale: string): string {
  const { decimal } = separators(locale);
  if (Math.abs(v) >= 1e15 || (v !== 0 && Math.abs(v) < 1e-10)) {
    const [m, e] = v.toExponential(2).split('e');
    const exp = Number(e);
    return `${m.replace('.', decimal)}E${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  let s = String(Number(v.toFixed(10)));
  if (/e/.test(s)) s = v.toFixed(10).replace(/\.?0+$/, '');
  return s.replace('.', decimal);
}

/** Text a pattern section shows besides its digits: quoted text, escapes, [$€], minus colour tags. */
function literalText(section: string): string {
  let out = '';
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') { const j = section.indexOf('"', i + 1); out += section.slice(i + 1, j < 0 ? undefined : j); i = j < 0 ? section.length : j; continue; }
    if (ch === '\\') { out += section[++i] ?? ''; continue; }
    if (ch === '_' || ch === '*') { i++; continue; }
    if (ch === '[') {
      const j = section.indexOf(']', i);
      const inner = section.slice(i + 1, j < 0 ? undefined : j);
      if (inner.startsWith('$')) out += inner.slice(1).split('-')[0];
      i = j < 0 ? section.length : j;
      continue;
    }
    out += ch;
  }
  return out;
}

function formatNumber(v: number, section: string, locale: string): string {
  const sep = separators(locale);
  // Locate the digit core: from the first to the last placeholder, with ',' '.' and E+ inside.
  const masked = maskLiterals(section);
  const first = masked.search(/[0#?]/);
  if (first < 0) return literalText(section); // a pattern with no digits shows only its text
  let last = first;
  for (let i = first; i < masked.length; i++) if (/[0#?]/.test(masked[i])) last = i;
  let end = last + 1;
  // Scaling commas: each ',' right after the digits (or right before the decimal point) divides by 1000.
  let scale = 0;
  while (masked[end] === ',') { scale++; end++; }
  const exp = /^[Ee][+-][0#]+/.exec(masked.slice(end)) ?? /[Ee][+-]/.exec(masked.slice(first, end));
  const core0 = masked.slice(first, end);
  let core = core0;
  let expDigits = 0;
  const eAt = core.search(/[Ee][+-]/);
  if (eAt >= 0) { expDigits = core.length - eAt - 2; core = core.slice(0, eAt); }
  else if (exp && exp.index === 0) { expDigits = exp[0].length - 2; end += exp[0].length; }
  const percent = (masked.slice(0, first) + masked.slice(end)).includes('%');
  const dot = core.indexOf('.');
  let intPat = dot < 0 ? core : core.slice(0, dot);
  while (dot >= 0 && intPat.endsWith(',')) { scale++; intPat = intPat.slice(0, -1); }
  let x = (percent ? v * 100 : v) / 1000 ** scale;
  const fracPat = dot < 0 ? '' : core.slice(dot + 1).replace(/[^0#?]/g, '');
  const grouping = /[0#?],[0#?]/.test(intPat);
  const minInt = (intPat.match(/0/g) ?? []).length;
  const minFrac = (fracPat.match(/0/g) ?? []).length;
  let expPart = '';
  if (expDigits > 0) {
    let e = x === 0 ? 0 : Math.floor(Math.log10(Math.abs(x)));
    let m = x / 10 ** e;
    if (Number(m.toFixed(fracPat.length)) >= 10) { e += 1; m = x / 10 ** e; }
    x = m;
    expPart = `E${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(expDigits, '0')}`;
  }
  const fixed = roundHalfUp(x, fracPat.length);
  let [intStr, fracStr = ''] = fixed.split('.');
  while (fracStr.length > minFrac && fracStr.endsWith('0')) fracStr = fracStr.slice(0, -1);
  if (intStr === '0' && minInt === 0) intStr = '';
  intStr = intStr.padStart(minInt, '0');
  if (grouping) intStr = intStr.replace(/\B(?=(\d{3})+(?!\d))/g, sep.group);
  const digits = intStr + (fracStr ? sep.decimal + fracStr : fracPat.length && minFrac === 0 && !fracStr ? '' : '') + expPart;
  const before = literalText(section.slice(0, first));
  const after = literalText(section.slice(end));
  return before + (digits === '' ? '0' : digits) + after;
}

/** Same length as `section`, with quoted/escaped/bracketed characters replaced by spaces. */
function maskLiterals(section: string): string {
  let out = '';
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') { const j = section.indexOf('"', i + 1); const k = j < 0 ? section.length - 1 : j; out += ' '.repeat(k - i + 1); i = k; continue; }
    if (ch === '\\' || ch === '_' || ch === '*') { out += '  '.slice(0, Math.min(2, section.length - i)); i++; continue; }
    if (ch === '[') { const j = section.indexOf(']', i); const k = j < 0 ? section.length - 1 : j; out += ' '.repeat(k - i + 1); i = k; continue; }
    out += ch;
  }
  return out;
}

/** Decimal rounding half away from zero, as Sheets displays (toFixed alone rounds 1.005 down). */
function roundHalfUp(x: number, decimals: number): string {
  const shifted = Number(`${Math.abs(x)}e${decimals}`);
  const r = Math.round(shifted);
  const s = Number(`${r}e-${decimals}`).toFixed(decimals);
  return s;
}

// ---------- dates ----------

const monthNames = new Map<string, { short: string[]; long: string[]; dayShort: string[]; dayLong: string[] }>();

function names(locale: string) {
  let n = monthNames.get(locale);
  if (!n) {
    const tag = locale.replace('_', '-');
    const fmt = (opts: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(tag, { ...opts, timeZone: 'UTC' });
    const ms = fmt({ month: 'short' }), ml = fmt({ month: 'long' }), ds = fmt({ weekday: 'short' }), dl = fmt({ weekday: 'long' });
    n = { short: [], long: [], dayShort: [], dayLong: [] };
    for (let m = 0; m < 12; m++) { const d = new Date(Date.UTC(2021, m, 1)); n.short.push(ms.format(d)); n.long.push(ml.format(d)); }
    for (let wd = 0; wd < 7; wd++) { const d = new Date(Date.UTC(2021, 0, 3 + wd)); n.dayShort.push(ds.format(d)); n.dayLong.push(dl.format(d)); }
    monthNames.set(locale, n);
  }
  return n;
}

type Tok = { kind: 'lit'; text: string } | { kind: 'y' | 'M' | 'd' | 'h' | 'm' | 's' | 'ampm' | 'frac' | 'elapsedH' | 'elapsedM' | 'elapsedS'; n: number; text: string };

function tokenizeDate(section: string): Tok[] {
  const toks: Tok[] = [];
  const lit = (text: string) => toks.push({ kind: 'lit', text });
  for (let i = 0; i < section.length;) {
    const ch = section[i];
    const rest = section.slice(i);
    if (ch === '"') { const j = section.indexOf('"', i + 1); lit(section.slice(i + 1, j < 0 ? undefined : j)); i = j < 0 ? section.length : j + 1; continue; }
    if (ch === '\\') { lit(section[i + 1] ?? ''); i += 2; continue; }
    if (ch === '_' || ch === '*') { i += 2; continue; }
    if (ch === '[') {
      const j = section.indexOf(']', i);
      const inner = section.slice(i + 1, j < 0 ? undefined : j);
      if (/^h+$/i.test(inner)) toks.push({ kind: 'elapsedH', n: inner.length, text: inner });
      else if (/^m+$/i.test(inner)) toks.push({ kind: 'elapsedM', n: inner.length, text: inner });
      else if (/^s+$/i.test(inner)) toks.push({ kind: 'elapsedS', n: inner.length, text: inner });
      else if (inner.startsWith('$')) lit(inner.slice(1).split('-')[0]);
      i = j < 0 ? section.length : j + 1;
      continue;
    }
    const ampm = /^(am\/pm|a\/p)/i.exec(rest);
    if (ampm) { toks.push({ kind: 'ampm', n: ampm[0].length, text: ampm[0] }); i += ampm[0].length; continue; }
    if (ch === '.' && /^\.0+/.test(rest) && toks.some((t) => t.kind === 's')) {
      const m = /^\.0+/.exec(rest)!; toks.push({ kind: 'frac', n: m[0].length - 1, text: m[0] }); i += m[0].length; continue;
    }
    const run = /^([yY]+|[mM]+|[dD]+|[hH]+|[sS]+)/.exec(rest);
    if (run) {
      const c = run[0][0].toLowerCase();
      const kind = c === 'y' ? 'y' : c === 'd' ? 'd' : c === 'h' ? 'h' : c === 's' ? 's' : 'M';
      toks.push({ kind, n: run[0].length, text: run[0] } as Tok);
      i += run[0].length;
      continue;
    }
    lit(ch);
    i++;
  }
  // m/mm is minutes right after an hour or right before seconds.
  const idx = toks.map((t, k) => (t.kind === 'lit' ? -1 : k)).filter((k) => k >= 0);
  for (let a = 0; a < idx.length; a++) {
    const t = toks[idx[a]];
    if (t.kind !== 'M' || t.n > 2) continue;
    const prev = a > 0 ? toks[idx[a - 1]] : undefined;
    const next = a + 1 < idx.length ? toks[idx[a + 1]] : undefined;
    if ((prev && (prev.kind === 'h' || prev.kind === 'elapsedH')) || (next && (next.kind === 's' || next.kind === 'elapsedS'))) {
      toks[idx[a]] = { kind: 'm', n: t.n, text: t.text };
    }
  }
  return toks;
}

function formatDate(serial: number, section: string, locale: string): string {
  const toks = tokenizeDate(section);
  const twelve = toks.some((t) => t.kind === 'ampm');
  const fracTok = toks.find((t) => t.kind === 'frac');
  const w = wallClockOfSerial(fracTok ? serial : Math.round(serial * 86400) / 86400);
  const nm = names(locale);
  const pad = (v: number, n: number) => String(v).padStart(n, '0');
  const weekday = new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay();
  let out = '';
  for (const t of toks) {
    switch (t.kind) {
      case 'lit': out += t.text; break;
      case 'y': out += t.n <= 2 ? pad(w.year % 100, 2) : pad(w.year, 4); break;
      case 'M': out += t.n === 1 ? String(w.month) : t.n === 2 ? pad(w.month, 2) : t.n === 3 ? nm.short[w.month - 1] : t.n === 5 ? nm.long[w.month - 1][0] : nm.long[w.month - 1]; break;
      case 'd': out += t.n === 1 ? String(w.day) : t.n === 2 ? pad(w.day, 2) : t.n === 3 ? nm.dayShort[weekday] : nm.dayLong[weekday]; break;
      case 'h': { const h = twelve ? ((w.hour + 11) % 12) + 1 : w.hour; out += t.n === 1 ? String(h) : pad(h, 2); break; }
      case 'm': out += t.n === 1 ? String(w.minute) : pad(w.minute, 2); break;
      case 's': out += t.n === 1 ? String(w.second) : pad(w.second, 2); break;
      case 'frac': out += separators(locale).decimal + pad(w.millisecond, 3).slice(0, t.n); break;
      case 'ampm': out += t.n === 3 ? (w.hour < 12 ? 'a' : 'p') : w.hour < 12 ? 'AM' : 'PM'; break;
      case 'elapsedH': out += pad(Math.floor(serial * 24 + 1e-9), t.n); break;
      case 'elapsedM': out += pad(Math.floor(serial * 1440 + 1e-9), t.n); break;
      case 'elapsedS': out += pad(Math.floor(serial * 86400 + 1e-9), t.n); break;
    }
  }
  return out;
}
