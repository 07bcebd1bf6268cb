import type { SheetModel, ConditionalFormatData, GridRef } from '../runtime/spreadsheet/model';
import { toA1 } from '../runtime/spreadsheet/a1';
import { serialOfInstant } from '../runtime/spreadsheet/serial';
import { isDate } from '../runtime/infra/checkArgs';
import { displayText } from './cellView';
import { CustomFormula, UnsupportedFormula } from './formula';

/**
 * Applies a sheet's conditional format rules as Sheets does: rules in order, the first rule
 * whose condition holds for a cell formats it (its background, font colour, bold, italic,
 * strikethrough, underline replace the cell's own); a colour scale (gradient) colours every
 * number in its ranges. Rules the preview cannot evaluate are skipped and named in `warnings`.
 */

export interface ConditionalStyle {
  background?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  strikethrough?: boolean;
  underline?: boolean;
}

export interface ConditionalFormatResult {
  /** The style a rule gives the cell at 0-based (r, c), if any. */
  styleAt(r: number, c: number): ConditionalStyle | undefined;
  /** One sentence per rule left unapplied. */
  warnings: string[];
}

type Test = (r: number, c: number) => boolean;

/** Evaluates the rules for the cells of rows 1..numRows, columns 1..numColumns. */
export function applyConditionalFormats(sheet: SheetModel, numRows: number, numColumns: number): ConditionalFormatResult {
  const styles = new Map<number, ConditionalStyle>();
  const decided = new Set<number>();
  const key = (r: number, c: number) => r * 20000 + c;
  const warnings: string[] = [];
  sheet.conditionalFormats.forEach((rule, i) => {
    const ranges = rule.ranges.filter((g) => g.sheetId === sheet.id);
    if (ranges.length === 0) return;
    const where = ranges.map((g) => toA1(g.row, g.column, g.numRows, g.numColumns)).join(', ');
    let compiled: { test: Test; style: (r: number, c: number) => ConditionalStyle } | string;
    try {
      compiled = rule.gradient ? gradientRule(sheet, rule, ranges) : booleanRule(sheet, rule, ranges);
    } catch (e) {
      compiled = e instanceof UnsupportedFormula ? `formula ${JSON.stringify(rule.condition?.values[0])} (${e.message})` : String((e as Error).message);
    }
    if (typeof compiled === 'string') {
      warnings.push(`Conditional format rule ${i + 1} on ${where} is not applied in this preview: ${compiled}.`);
      return;
    }
    for (const g of ranges) {
      const r1 = Math.min(g.row + g.numRows - 1, numRows), c1 = Math.min(g.column + g.numColumns - 1, numColumns);
      for (let r = g.row - 1; r < r1; r++) {
        for (let c = g.column - 1; c < c1; c++) {
          const k = key(r, c);
          if (decided.has(k) || !compiled.test(r, c)) continue;
          decided.add(k);
          styles.set(k, compiled.style(r, c));
        }
      }
    }
  });
  return { styleAt: (r, c) => styles.get(key(r, c)), warnings };
}

function formatOf(rule: ConditionalFormatData): ConditionalStyle {
  const f = rule.format, out: ConditionalStyle = {};
  if (f.background) out.background = f.background;
  if (f.fontColor) out.fontColor = f.fontColor;
  if (typeof f.bold === 'boolean') out.bold = f.bold;
  if (typeof f.italic === 'boolean') out.italic = f.italic;
  if (typeof f.strikethrough === 'boolean') out.strikethrough = f.strikethrough;
  if (typeof f.underline === 'boolean') out.underline = f.underline;
  return out;
}

function booleanRule(sheet: SheetModel, rule: ConditionalFormatData, ranges: GridRef[]): { test: Test; style: () => ConditionalStyle } | string {
  const cond = rule.condition;
  if (!cond) return 'it has no condition';
  const style = formatOf(rule);
  const value = (r: number, c: number) => sheet.values.get(r, c);
  const num = (r: number, c: number): number | undefined => { const v = value(r, c); return typeof v === 'number' ? v : undefined; };
  const text = (r: number, c: number): string | undefined => {
    const v = value(r, c);
    return v === undefined || v === '' ? undefined : (typeof v === 'string' ? v : displayText(sheet, r, c)).toLowerCase();
  };
  const [a, b] = cond.values;
  const n = (x: unknown) => (typeof x === 'number' ? x : Number(x));
  const s = (x: unknown) => String(x ?? '').toLowerCase();
  const onNumber = (f: (v: number) => boolean): Test => (r, c) => { const v = num(r, c); return v !== undefined && f(v); };
  const onText = (f: (v: string) => boolean): Test => (r, c) => { const v = text(r, c); return v !== undefined && f(v); };
  const day = (x: unknown): number | undefined => (isDate(x) ? Math.floor(serialOfInstant(x.getTime(), sheet.workbook.timeZone)) : undefined);
  const onDay = (f: (v: number, d: number) => boolean): Test | string => {
    const d = day(a);
    if (d === undefined) return `the date condition ${cond.criteria} needs a fixed date`;
    return onNumber((v) => f(Math.floor(v), d));
  };
  let test: Test | string;
  switch (cond.criteria) {
    case 'NUMBER_GREATER_THAN': test = onNumber((v) => v > n(a)); break;
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO': test = onNumber((v) => v >= n(a)); break;
    case 'NUMBER_LESS_THAN': test = onNumber((v) => v < n(a)); break;
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO': test = onNumber((v) => v <= n(a)); break;
    case 'NUMBER_EQUAL_TO': test = onNumber((v) => v === n(a)); break;
    case 'NUMBER_NOT_EQUAL_TO': test = onNumber((v) => v !== n(a)); break;
    case 'NUMBER_BETWEEN': test = onNumber((v) => v >= Math.min(n(a), n(b)) && v <= Math.max(n(a), n(b))); break;
    case 'NUMBER_NOT_BETWEEN': test = onNumber((v) => v < Math.min(n(a), n(b)) || v > Math.max(n(a), n(b))); break;
    case 'TEXT_CONTAINS': test = onText((v) => v.includes(s(a))); break;
    case 'TEXT_DOES_NOT_CONTAIN': test = onText((v) => !v.includes(s(a))); break;
    case 'TEXT_EQUAL_TO': test = onText((v) => v === s(a)); break;
    case 'TEXT_STARTS_WITH': test = onText((v) => v.startsWith(s(a))); break;
    case 'TEXT_ENDS_WITH': test = onText((v) => v.endsWith(s(a))); break;
    case 'CELL_EMPTY': test = (r, c) => text(r, c) === undefined && sheet.formulas.get(r, c) === undefined; break;
    case 'CELL_NOT_EMPTY': test = (r, c) => text(r, c) !== undefined || sheet.formulas.get(r, c) !== undefined; break;
    case 'DATE_BEFORE': test = onDay((v, d) => v < d); break;
    case 'DATE_AFTER': test = onDay((v, d) => v > d); break;
    case 'DATE_EQUAL_TO': test = onDay((v, d) => v === d); break;
    case 'CUSTOM_FORMULA': {
      const formula = CustomFormula.parse(String(a ?? ''));
      // Sheets reads the formula as written for the top-left cell of the rule's first range.
      const anchor = ranges[0];
      const read = (row: number, col: number) => sheet.values.get(row - 1, col - 1);
      test = (r, c) => formula.holds(read, r + 1 - anchor.row, c + 1 - anchor.column);
      break;
    }
    default: test = `the condition ${cond.criteria} is not evaluated by the preview`;
  }
  return typeof test === 'string' ? test : { test, style: () => style };
}

type Point = [string, string, string];

function gradientRule(sheet: SheetModel, rule: ConditionalFormatData, ranges: GridRef[]): { test: Test; style: (r: number, c: number) => ConditionalStyle } | string {
  const g = rule.gradient!;
  if (!g.min || !g.max) return 'a colour scale needs a min and a max point';
  const numbers: number[] = [];
  for (const ref of ranges) {
    for (let r = ref.row - 1; r < ref.row - 1 + ref.numRows; r++) {
      const row = sheet.values.rows[r];
      if (!row) continue;
      for (let c = ref.column - 1; c < ref.column - 1 + ref.numColumns; c++) if (typeof row[c] === 'number') numbers.push(row[c] as number);
    }
  }
  if (numbers.length === 0) return { test: () => false, style: () => ({}) };
  numbers.sort((x, y) => x - y);
  const lo = numbers[0], hi = numbers[numbers.length - 1];
  const threshold = (p: Point, fallback: number): number | string => {
    const [, type, raw] = p;
    const v = Number(raw);
    switch (type) {
      case 'MIN': return lo;
      case 'MAX': return hi;
      case 'NUMBER': return raw === '' ? fallback : Number.isFinite(v) ? v : `the colour scale value ${JSON.stringify(raw)} is not a number`;
      case 'PERCENT': return Number.isFinite(v) ? lo + ((hi - lo) * v) / 100 : `the colour scale percent ${JSON.stringify(raw)} is not a number`;
      case 'PERCENTILE': return Number.isFinite(v) ? percentile(numbers, v / 100) : `the colour scale percentile ${JSON.stringify(raw)} is not a number`;
      default: return `the colour scale point type ${type} is not evaluated by the preview`;
    }
  };
  const stops: { at: number; color: string }[] = [];
  for (const [p, fallback] of [[g.min, lo], [g.mid, (lo + hi) / 2], [g.max, hi]] as [Point | undefined, number][]) {
    if (!p) continue;
    const at = threshold(p, fallback);
    if (typeof at === 'string') return at;
    stops.push({ at, color: p[0] });
  }
  return {
    test: (r, c) => typeof sheet.values.get(r, c) === 'number',
    style: (r, c) => ({ background: colorAt(stops, sheet.values.get(r, c) as number) }),
  };
}

/** Excel/Sheets PERCENTILE (inclusive, linear between ranks) of sorted numbers. */
function percentile(sorted: number[], p: number): number {
  const x = Math.min(1, Math.max(0, p)) * (sorted.length - 1);
  const i = Math.floor(x);
  return i + 1 < sorted.length ? sorted[i] + (sorted[i + 1] - sorted[i]) * (x - i) : sorted[i];
}

function colorAt(stops: { at: number; color: string }[], v: number): string {
  if (v <= stops[0].at) return stops[0].color;
  for (let i = 1; i < stops.length; i++) {
    const a = stops[i - 1], b = stops[i];
    if (v <= b.at) return mix(a.color, b.color, b.at === a.at ? 1 : (v - a.at) / (b.at - a.at));
  }
  return stops[stops.length - 1].color;
}

function rgb(hex: string): [number, number, number] {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})/i.exec(hex);
  return m ? [parseInt(m[1], 16), parseInt(m[2], 16), parseInt(m[3], 16)] : [255, 255, 255];
}

/** Linear RGB blend of two '#rrggbb' colours (t = 0 gives a, 1 gives b). */
export function mix(a: string, b: string, t: number): string {
  const x = rgb(a), y = rgb(b);
  return `#${x.map((v, i) => Math.round(v + (y[i] - v) * t).toString(16).padStart(2, '0')).join('')}`;
}
