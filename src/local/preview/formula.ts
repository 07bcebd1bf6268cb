import { lettersToColumn } from '../runtime/spreadsheet/a1';
import { formatGeneral } from '../runtime/spreadsheet/numberFormat';

/**
 * A small evaluator for the custom formulas of conditional format rules, enough for the
 * comparisons dashboards use: `=$E5<$D5`, `=E5="Missed"`, `=AND($C2<>"", $C2<0.8*$B2)`.
 * Supported: numbers, "text", TRUE/FALSE, cell references (relative, $absolute, mixed) on the
 * same sheet, + - * / ^ & %, comparisons (= <> < > <= >=), parentheses, and AND, OR, NOT, IF,
 * ISBLANK, ISNUMBER, ISTEXT, ABS, LEN (English names; ',' or ';' between arguments).
 * Anything else (ranges, other sheets, other functions) is refused at parse time.
 *
 * Values follow Sheets: an empty cell is 0 beside a number and "" beside text; text compares
 * case-insensitively; numbers < text < booleans when types differ; numbers compare at 15
 * significant digits; an error makes the rule false.
 */

export type FormulaValue = number | string | boolean | null | FormulaError;
export class FormulaError { constructor(readonly code: string) {} }

type Node =
  | { k: 'lit'; v: number | string | boolean }
  | { k: 'ref'; row: number; col: number; absRow: boolean; absCol: boolean }
  | { k: 'neg'; a: Node }
  | { k: 'pct'; a: Node }
  | { k: 'bin'; op: string; a: Node; b: Node }
  | { k: 'fn'; name: string; args: Node[] };

/** Reads a cell (1-based) on the rule's sheet; undefined when empty. */
export type CellReader = (row: number, column: number) => number | string | boolean | undefined;

export class UnsupportedFormula extends Error {}

const FUNCTIONS = new Set(['AND', 'OR', 'NOT', 'IF', 'ISBLANK', 'ISNUMBER', 'ISTEXT', 'ABS', 'LEN']);

/** A parsed custom formula, evaluated for a cell at (dRow, dCol) from the rule's anchor cell. */
export class CustomFormula {
  private constructor(private readonly root: Node) {}

  /** Parses `=…`; throws UnsupportedFormula naming what the evaluator does not support. */
  static parse(formula: string): CustomFormula {
    const text = formula.trim().replace(/^=/, '');
    const p = new Parser(tokenize(text));
    const root = p.expr();
    if (!p.done()) throw new UnsupportedFormula(`unexpected ${JSON.stringify(p.peek()?.t ?? '')}`);
    return new CustomFormula(root);
  }

  /** True when the formula holds for the cell `dRow` rows and `dCol` columns from the anchor. */
  holds(read: CellReader, dRow: number, dCol: number): boolean {
    const v = evaluate(this.root, read, dRow, dCol);
    if (typeof v === 'boolean') return v;
    if (typeof v === 'number') return v !== 0;
    return false;
  }
}

type Tok = { t: string; kind: 'num' | 'str' | 'ref' | 'name' | 'op' };

function tokenize(s: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < s.length) {
    const ch = s[i];
    if (/\s/.test(ch)) { i++; continue; }
    if (ch === '"') {
      let j = i + 1, text = '';
      for (;;) {
        if (j >= s.length) throw new UnsupportedFormula('unterminated text');
        if (s[j] === '"') { if (s[j + 1] === '"') { text += '"'; j += 2; continue; } break; }
        text += s[j++];
      }
      out.push({ t: text, kind: 'str' });
      i = j + 1;
      continue;
    }
    const num = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/.exec(s.slice(i));
    if (num) { out.push({ t: num[0], kind: 'num' }); i += num[0].length; continue; }
    const ref = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![\w(!:])/.exec(s.slice(i));
    if (ref) { out.push({ t: ref[0], kind: 'ref' }); i += ref[0].length; continue; }
    const name = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(s.slice(i));
    if (name) {
      if (s[i + name[0].length] === '!' || s[i + name[0].length] === ':') throw new UnsupportedFormula('ranges and other sheets');
      out.push({ t: name[0].toUpperCase(), kind: 'name' }); i += name[0].length; continue;
    }
    const op = /^(<>|<=|>=|[=<>+\-*/^&%(),;])/.exec(s.slice(i));
    if (op) { out.push({ t: op[0], kind: 'op' }); i += op[0].length; continue; }
    throw new UnsupportedFormula(`character ${JSON.stringify(ch)}`);
  }
  return out;
}

class Parser {
  private i = 0;
  constructor(private readonly toks: Tok[]) {}
  done(): boolean { return this.i >= this.toks.length; }
  peek(): Tok | undefined { return this.toks[this.i]; }
  private isOp(...ops: string[]): string | undefined {
    const t = this.peek();
    return t && t.kind === 'op' && ops.includes(t.t) ? t.t : undefined;
  }
  private expect(op: string): void {
    if (!this.isOp(op)) throw new UnsupportedFormula(`expected ${op}`);
    this.i++;
  }

  expr(): Node {
    let a = this.concat();
    for (let op; (op = this.isOp('=', '<>', '<', '>', '<=', '>='));) { this.i++; a = { k: 'bin', op, a, b: this.concat() }; }
    return a;
  }
  private concat(): Node {
    let a = this.add();
    while (this.isOp('&')) { this.i++; a = { k: 'bin', op: '&', a, b: this.add() }; }
    return a;
  }
  private add(): Node {
    let a = this.mul();
    for (let op; (op = this.isOp('+', '-'));) { this.i++; a = { k: 'bin', op, a, b: this.mul() }; }
    return a;
  }
  private mul(): Node {
    let a = this.pow();
    for (let op; (op = this.isOp('*', '/'));) { this.i++; a = { k: 'bin', op, a, b: this.pow() }; }
    return a;
  }
  private pow(): Node {
    let a = this.unary();
    while (this.isOp('^')) { this.i++; a = { k: 'bin', op: '^', a, b: this.unary() }; }
    return a;
  }
  private unary(): Node {
    if (this.isOp('-')) { this.i++; return { k: 'neg', a: this.unary() }; }
    if (this.isOp('+')) { this.i++; return this.unary(); }
    let a = this.primary();
    while (this.isOp('%')) { this.i++; a = { k: 'pct', a }; }
    return a;
  }
  private primary(): Node {
    const t = this.peek();
    if (!t) throw new UnsupportedFormula('formula ends too early');
    this.i++;
    if (t.kind === 'num') return { k: 'lit', v: Number(t.t) };
    if (t.kind === 'str') return { k: 'lit', v: t.t };
    if (t.kind === 'ref') {
      const m = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/.exec(t.t)!;
      return { k: 'ref', absCol: m[1] === '$', col: lettersToColumn(m[2].toUpperCase()), absRow: m[3] === '$', row: Number(m[4]) };
    }
    if (t.kind === 'name') {
      if (this.isOp('(')) {
        if (!FUNCTIONS.has(t.t)) throw new UnsupportedFormula(`function ${t.t}`);
        this.i++;
        const args: Node[] = [];
        if (!this.isOp(')')) {
          args.push(this.expr());
          while (this.isOp(',', ';')) { this.i++; args.push(this.expr()); }
        }
        this.expect(')');
        return { k: 'fn', name: t.t, args };
      }
      if (t.t === 'TRUE' || t.t === 'FALSE') return { k: 'lit', v: t.t === 'TRUE' };
      throw new UnsupportedFormula(`name ${t.t}`);
    }
    if (t.t === '(') { const e = this.expr(); this.expect(')'); return e; }
    throw new UnsupportedFormula(`unexpected ${JSON.stringify(t.t)}`);
  }
}

const isErr = (v: FormulaValue): v is FormulaError => v instanceof FormulaError;

function toNumber(v: FormulaValue): number | FormulaError {
  if (isErr(v)) return v;
  if (v === null) return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  const t = v.trim();
  return t !== '' && Number.isFinite(Number(t)) ? Number(t) : new FormulaError('#VALUE!');
}

function toText(v: Exclude<FormulaValue, FormulaError>): string {
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') return formatGeneral(v, 'en_US');
  return v;
}

function toBool(v: FormulaValue): boolean | FormulaError {
  if (isErr(v)) return v;
  if (v === null) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  const u = v.toUpperCase();
  return u === 'TRUE' ? true : u === 'FALSE' ? false : new FormulaError('#VALUE!');
}

/** Sheets' ordering: empty takes the other side's type; numbers < text < booleans; text case-insensitive. */
function compare(a: Exclude<FormulaValue, FormulaError>, b: Exclude<FormulaValue, FormulaError>): number {
  const rank = (v: Exclude<FormulaValue, FormulaError>) => (typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2);
  if (a === null && b === null) return 0;
  if (a === null) a = typeof b === 'number' ? 0 : typeof b === 'string' ? '' : false;
  if (b === null) b = typeof a === 'number' ? 0 : typeof a === 'string' ? '' : false;
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (typeof a === 'string') { const x = a.toLowerCase(), y = (b as string).toLowerCase(); return x < y ? -1 : x > y ? 1 : 0; }
  // Sheets compares numbers at 15 significant digits (=0.1+0.2=0.3 is TRUE).
  const x = Number(Number(a).toPrecision(15)), y = Number(Number(b).toPrecision(15));
  return x < y ? -1 : x > y ? 1 : 0;
}

function evaluate(n: Node, read: CellReader, dRow: number, dCol: number): FormulaValue {
  const ev = (m: Node) => evaluate(m, read, dRow, dCol);
  switch (n.k) {
    case 'lit': return n.v;
    case 'ref': {
      const row = n.absRow ? n.row : n.row + dRow, col = n.absCol ? n.col : n.col + dCol;
      if (row < 1 || col < 1) return new FormulaError('#REF!');
      const v = read(row, col);
      return v === undefined || v === '' ? null : v;
    }
    case 'neg': { const x = toNumber(ev(n.a)); return isErr(x) ? x : -x; }
    case 'pct': { const x = toNumber(ev(n.a)); return isErr(x) ? x : x / 100; }
    case 'bin': {
      const a = ev(n.a), b = ev(n.b);
      if (isErr(a)) return a;
      if (isErr(b)) return b;
      if (n.op === '&') return toText(a) + toText(b);
      if (['=', '<>', '<', '>', '<=', '>='].includes(n.op)) {
        const c = compare(a, b);
        return n.op === '=' ? c === 0 : n.op === '<>' ? c !== 0 : n.op === '<' ? c < 0 : n.op === '>' ? c > 0 : n.op === '<=' ? c <= 0 : c >= 0;
      }
      const x = toNumber(a), y = toNumber(b);
      if (isErr(x)) return x;
      if (isErr(y)) return y;
      switch (n.op) {
        case '+': return x + y;
        case '-': return x - y;
        case '*': return x * y;
        case '/': return y === 0 ? new FormulaError('#DIV/0!') : x / y;
        default: return x ** y;
      }
    }
    case 'fn': return callFunction(n.name, n.args, ev);
  }
}

function callFunction(name: string, args: Node[], ev: (n: Node) => FormulaValue): FormulaValue {
  const arity = (min: number, max: number) => { if (args.length < min || args.length > max) return new FormulaError('#N/A'); return null; };
  switch (name) {
    case 'AND': case 'OR': {
      if (args.length === 0) return new FormulaError('#N/A');
      let acc = name === 'AND';
      for (const a of args) {
        const b = toBool(ev(a));
        if (isErr(b)) return b;
        acc = name === 'AND' ? acc && b : acc || b;
      }
      return acc;
    }
    case 'NOT': { const e = arity(1, 1); if (e) return e; const b = toBool(ev(args[0])); return isErr(b) ? b : !b; }
    case 'IF': {
      const e = arity(2, 3); if (e) return e;
      const b = toBool(ev(args[0]));
      if (isErr(b)) return b;
      return b ? ev(args[1]) : args.length > 2 ? ev(args[2]) : false;
    }
    case 'ISBLANK': { const e = arity(1, 1); if (e) return e; return ev(args[0]) === null; }
    case 'ISNUMBER': { const e = arity(1, 1); if (e) return e; return typeof ev(args[0]) === 'number'; }
    case 'ISTEXT': { const e = arity(1, 1); if (e) return e; return typeof ev(args[0]) === 'string'; }
    case 'ABS': { const e = arity(1, 1); if (e) return e; const x = toNumber(ev(args[0])); return isErr(x) ? x : Math.abs(x); }
    case 'LEN': { const e = arity(1, 1); if (e) return e; const v = ev(args[0]); return isErr(v) ? v : toText(v).length; }
    default: return new FormulaError('#NAME?');
  }
}
