/**
 * A1 notation, as Sheets reads it in `getRange('…')`: `A1`, `A1:B2`, `$A$1`, whole columns
 * `A:K`, whole rows `2:5`, open-ended `A2:C` (rows to the sheet's end), an optional sheet
 * prefix `Sheet1!A1` or `'My sheet'!A:D` (a quote inside a quoted name is doubled).
 * Pure helpers: no Google objects here.
 */

/** 1 → 'A', 26 → 'Z', 27 → 'AA'. */
export function columnToLetters(column: number): string {
  let n = column;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 'A' → 1, 'AA' → 27 (case-insensitive). */
export function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** A parsed reference; an omitted bound is `undefined` (unbounded: to the sheet's edge). */
export interface A1Ref {
  sheetName?: string;
  startRow?: number;
  startColumn?: number;
  endRow?: number;
  endColumn?: number;
}

const CELL = /^\$?([A-Za-z]{0,3})\$?(\d*)$/;

/** Splits `Sheet!A1` into its sheet name (unquoted) and the cell part. */
export function splitSheet(a1: string): { sheetName?: string; ref: string } {
  const s = a1.trim();
  if (s.startsWith("'")) {
    const m = /^'((?:[^']|'')+)'!(.*)$/.exec(s);
    if (!m) return { ref: s };
    return { sheetName: m[1].replace(/''/g, "'"), ref: m[2] };
  }
  const bang = s.lastIndexOf('!');
  if (bang < 0) return { ref: s };
  return { sheetName: s.slice(0, bang), ref: s.slice(bang + 1) };
}

/** Parses an A1 reference, or returns null when it is not one ("Range not found" for callers). */
export function parseA1(a1: string): A1Ref | null {
  const { sheetName, ref } = splitSheet(a1);
  if (!ref) return null;
  const parts = ref.split(':');
  if (parts.length > 2) return null;
  const a = parseCell(parts[0]);
  if (!a) return null;
  const out: A1Ref = sheetName === undefined ? {} : { sheetName };
  if (parts.length === 1) {
    // A single cell must have both a column and a row.
    if (a.col === undefined || a.row === undefined) return null;
    return { ...out, startRow: a.row, startColumn: a.col, endRow: a.row, endColumn: a.col };
  }
  const b = parseCell(parts[1]);
  if (!b) return null;
  // 'A:B' both columns only; '2:5' both rows only; 'A2:C' open-ended rows; 'A2:5'? not valid in Sheets.
  if (a.col === undefined && a.row === undefined) return null;
  if (b.col === undefined && b.row === undefined) return null;
  if (a.col === undefined && b.col !== undefined) return null; // '2:C5'
  if (a.col === undefined) {
    // whole rows '2:5'
    if (b.row === undefined) return null;
    return { ...out, startRow: Math.min(a.row!, b.row), endRow: Math.max(a.row!, b.row) };
  }
  if (b.col === undefined) {
    // 'A1:5' is not accepted by Apps Script's getRange.
    return null;
  }
  const c1 = Math.min(a.col, b.col);
  const c2 = Math.max(a.col, b.col);
  if (a.row === undefined && b.row === undefined) return { ...out, startColumn: c1, endColumn: c2 };
  if (a.row === undefined) return { ...out, startColumn: c1, endColumn: c2, startRow: 1, endRow: b.row };
  if (b.row === undefined) return { ...out, startColumn: c1, endColumn: c2, startRow: a.row };
  return { ...out, startRow: Math.min(a.row, b.row), endRow: Math.max(a.row, b.row), startColumn: c1, endColumn: c2 };
}

function parseCell(s: string): { col?: number; row?: number } | null {
  const m = CELL.exec(s.trim());
  if (!m || (!m[1] && !m[2])) return null;
  const out: { col?: number; row?: number } = {};
  if (m[1]) out.col = lettersToColumn(m[1]);
  if (m[2]) {
    const r = Number(m[2]);
    if (r < 1) return null;
    out.row = r;
  }
  return out;
}

/** A1 notation of a rectangle, as Range.getA1Notation gives it: 'B2', 'A1:C10'. */
export function toA1(row: number, column: number, numRows: number, numColumns: number): string {
  const first = `${columnToLetters(column)}${row}`;
  if (numRows === 1 && numColumns === 1) return first;
  return `${first}:${columnToLetters(column + numColumns - 1)}${row + numRows - 1}`;
}

/** The sheet name as it must appear before '!' ('My sheet' is quoted, 'Leads' is not). */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
