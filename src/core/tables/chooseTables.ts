import { isBlank, type Cell, type Grid } from '../cells/cell';
import { normalizeKey } from '../cells/text';
import { kindOfHeaders } from './recognise';
import { SHEET_NAMES, TABLES, TABLE_KINDS, TableKind } from './schema';

/** A sheet as the chooser sees it: its whole grid, or its header row and how many data rows follow. */
export type SheetSummary = { name: string } & ({ grid: Grid } | { headers: readonly Cell[]; dataRows?: number });

/**
 * Why a sheet was taken for a table:
 * - 'override': the user said so (`--table deals=NAME`, or a setting);
 * - 'only': the one sheet that looks like it;
 * - 'named': several look like it, this one is named like it (Deals, Opportunités…);
 * - 'mostColumns' / 'mostRows': several, none (or several) named like it: the one with the most
 *   recognised columns, then the most data rows;
 * - 'first': still tied: the first in the workbook's order.
 */
export type ChoiceReason = 'override' | 'only' | 'named' | 'mostColumns' | 'mostRows' | 'first';

export interface TableChoice {
  kind: TableKind;
  sheet: string;
  reason: ChoiceReason;
  /** Other sheets that also look like this table, in workbook order (not read). */
  others: string[];
}

export interface TablesChoice {
  chosen: Partial<Record<TableKind, TableChoice>>;
  /** Sheets that look like no table: their name and first row, for "which headers did you mean?". */
  unrecognised: { name: string; firstRow: string[] }[];
  /** Overrides that name no sheet of the workbook (the table is then chosen as if not given). */
  problems: string[];
}

/** Words in a sheet name that say it is not the live table ("Deals archive", "Copie de Clients"). */
const STALE = /\b(archive|archives|archived|old|backup|copy|copie|ancien|anciens|ancienne|anciennes|test|draft|brouillon|sauvegarde|bak)\b/;

/**
 * Which sheet of a workbook holds each table, and why. Pure: the CLI and the add-on's
 * dashboard refresh choose the same way. Each sheet is recognised by its header row as at most
 * one kind (the one recognising most headers); an override takes a sheet whatever its headers.
 */
export function chooseTables(sheets: readonly SheetSummary[], overrides: Partial<Record<TableKind, string>> = {}): TablesChoice {
  const info = sheets.map((s) => {
    const headers = 'grid' in s ? s.grid[0] ?? [] : s.headers;
    const found = kindOfHeaders(headers);
    // Rows are counted only to break a tie between sheets of the same kind: not for every sheet.
    return { name: s.name, headers, kind: found?.kind, columns: found?.columns ?? 0, rows: () => dataRows(s) };
  });
  const chosen: TablesChoice['chosen'] = {};
  const problems: string[] = [];
  const taken = new Set<string>();
  for (const kind of TABLE_KINDS) {
    const wanted = overrides[kind];
    if (wanted === undefined) continue;
    const sheet = info.find((s) => s.name === wanted) ?? info.find((s) => normalizeKey(s.name) === normalizeKey(wanted));
    if (!sheet) {
      problems.push(`no sheet named "${wanted}" for the ${TABLES[kind].label.en} table (sheets: ${info.map((s) => `"${s.name}"`).join(', ') || 'none'})`);
      continue;
    }
    taken.add(sheet.name);
    chosen[kind] = { kind, sheet: sheet.name, reason: 'override', others: info.filter((s) => s.kind === kind && s !== sheet).map((s) => s.name) };
  }
  for (const kind of TABLE_KINDS) {
    if (chosen[kind]) continue;
    const candidates = info.filter((s) => s.kind === kind && !taken.has(s.name));
    if (candidates.length === 0) continue;
    const { pick, reason } = best(kind, candidates);
    taken.add(pick.name);
    chosen[kind] = { kind, sheet: pick.name, reason, others: candidates.filter((s) => s !== pick).map((s) => s.name) };
  }
  const unrecognised = info
    .filter((s) => s.kind === undefined && !taken.has(s.name))
    .map((s) => ({ name: s.name, firstRow: s.headers.map((h) => (h === null || h === undefined ? '' : String(h).trim())).filter((h, i, all) => h !== '' || all.slice(i).some((x) => x !== '')) }));
  return { chosen, unrecognised, problems };
}

interface Candidate { name: string; columns: number; rows: () => number }

function best<C extends Candidate>(kind: TableKind, candidates: C[]): { pick: C; reason: ChoiceReason } {
  if (candidates.length === 1) return { pick: candidates[0], reason: 'only' };
  const names = [TABLES[kind].label.en, TABLES[kind].label.fr, kind, ...SHEET_NAMES[kind]].map(normalizeKey);
  const exact = candidates.filter((c) => names.includes(normalizeKey(c.name)));
  if (exact.length === 1) return { pick: exact[0], reason: 'named' };
  const pool = exact.length > 1 ? exact : candidates;
  if (exact.length === 0) {
    const live = pool.filter((c) => names.some((n) => hasWords(normalizeKey(c.name), n)) && !STALE.test(normalizeKey(c.name)));
    if (live.length === 1) return { pick: live[0], reason: 'named' };
  }
  const most = (score: (c: C) => number, among: C[]) => {
    const scores = among.map(score), max = Math.max(...scores);
    return among.filter((_, i) => scores[i] === max);
  };
  const byColumns = most((c) => c.columns, pool);
  if (byColumns.length === 1) return { pick: byColumns[0], reason: 'mostColumns' };
  const byRows = most((c) => c.rows(), byColumns);
  if (byRows.length === 1) return { pick: byRows[0], reason: 'mostRows' };
  return { pick: byRows[0], reason: 'first' };
}

/** Does `text` contain `words` as whole words ("deals 2026" has "deals"; "dealsx" has not)? */
function hasWords(text: string, words: string): boolean {
  return ` ${text} `.includes(` ${words} `);
}

function dataRows(s: SheetSummary): number {
  if (!('grid' in s)) return s.dataRows ?? 0;
  const width = (s.grid[0] ?? []).length;
  let n = 0;
  for (let r = 1; r < s.grid.length; r++) {
    const row = s.grid[r];
    for (let c = 0; c < Math.min(row.length, width); c++) if (!isBlank(row[c])) { n++; break; }
  }
  return n;
}

/** One line saying which sheet was taken for a table and why, for the CLI and the sidebar. */
export function describeChoice(c: TableChoice): string {
  const label = TABLES[c.kind].label.en;
  const others = c.others.map((o) => `"${o}"`).join(', ');
  const why: Record<ChoiceReason, string> = {
    override: 'as you asked',
    only: 'the only sheet that looks like it',
    named: `named like the table, rather than ${others}`,
    mostColumns: `it has the most ${label} columns of the sheets that look like it (${others} too)`,
    mostRows: `it has the most rows of the sheets that look like it (${others} too)`,
    first: `the first of the sheets that look like it (${others} too)`,
  };
  const also = c.reason === 'override' && c.others.length > 0 ? `; ${others} also look${c.others.length === 1 ? 's' : ''} like it` : '';
  return `${label}: sheet "${c.sheet}" (${why[c.reason]}${also})`;
}
