/**
 * `npm run bench -- --peer`: the founder's usual grid — 18 months × (revenue, win rate, average
 * deal, sales cycle, revenue of 3 owners, 3 products, 3 regions and 5 channels) = 324 cells —
 * over the benchmark's 100k deals, three ways: as SUMIFS/COUNTIFS/AVERAGEIFS formulas recalculated
 * by headless LibreOffice Calc (load time excluded: calcRecalc.py times calculateAll() on the
 * loaded file), as 324 Pilote custom-function calls each reading the whole range, and as 18
 * KPI_BY_PERIOD formulas; then checks every value is equal. Needs `soffice` and Debian's python3
 * UNO bridge (`apt-get install libreoffice-calc-nogui`); CI doesn't run it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Cell, Grid } from '../../core/cells/cell';
import { utcDateOfDay } from '../../core/dates/day';
import { lastFullMonths } from '../../core/dates/period';
import { REPO_ROOT } from '../runtime/LocalRuntime';
import { columnToLetters } from '../runtime/spreadsheet';
import { median, time } from './measure';
import { table } from './print';
import { nodeEngine, vmEngine, type Engine } from './suite';
import { AS_OF, workload } from './workload';

/** Where the grid's value is the KPI, optionally for one value of a column. */
interface Figure { title: string; kpi: 'REVENUE' | 'WIN_RATE' | 'AVG_DEAL' | 'SALES_CYCLE'; filter?: [string, string] }

export interface PeerResult {
  deals: number;
  figures: string[];
  months: string[];
  libreOffice: { version: string; loadMs: number; recalcMs: number[]; values: number[][] } | { missing: string };
  /** Total ms for the whole grid. */
  pilote: { cells: { node: number; vm: number }; grid: { node: number; vm: number } };
  cellValues: unknown[][];
  gridValues: unknown[][];
}

const SIZE = 100_000;
const PYTHON = '/usr/bin/python3';

/** In the child process: computes and times everything, returns the raw result. */
export async function runPeerHere(size = SIZE): Promise<PeerResult> {
  const w = workload(size);
  const deals = w.grids.deals;
  // Only the deals are read: the other tables would only weigh on the garbage collector.
  for (const kind of Object.keys(w.grids) as (keyof typeof w.grids)[]) if (kind !== 'deals') w.grids[kind] = [];
  const headers = (deals[0] as string[]).map(String);
  const col = (name: string) => headers.indexOf(name);
  const figures: Figure[] = [
    { title: 'Revenue', kpi: 'REVENUE' }, { title: 'Win rate', kpi: 'WIN_RATE' }, { title: 'Average deal', kpi: 'AVG_DEAL' }, { title: 'Sales cycle', kpi: 'SALES_CYCLE' },
    ...[['Owner', 3], ['Product', 3], ['Region', 3], ['Channel', 5]].flatMap(([column, n]) =>
      mostFrequent(deals, col(column as string), n as number).map((value): Figure => ({ title: `Revenue ${value}`, kpi: 'REVENUE', filter: [column as string, value] }))),
  ];
  const months = lastFullMonths(AS_OF, 18);
  const cellCall = (engine: Engine, f: Figure, m: (typeof months)[number]) => engine(f.kpi, [deals, utcDateOfDay(m.start), utcDateOfDay(m.end), ...(f.filter ?? [])]);
  const gridCall = (engine: Engine, f: Figure) => engine('KPI_BY_PERIOD', [f.kpi, deals, utcDateOfDay(months[0].start), utcDateOfDay(months[months.length - 1].end), '', ...(f.filter ?? [])]);
  const cellsOf = (engine: Engine) => months.map((m) => figures.map((f) => cellCall(engine, f, m)));
  const gridOf = (engine: Engine) => {
    const columns = figures.map((f) => gridCall(engine, f) as unknown[][]);
    return months.map((_, r) => columns.map((g) => (g[r + 1] ? g[r + 1][2] : g)));
  };

  const node = nodeEngine();
  const cellValues = cellsOf(node), gridValues = gridOf(node);
  process.stderr.write('bench: Pilote, 324 calls and 18 KPI_BY_PERIOD formulas…\n');
  const pilote = {
    cells: { node: time(() => cellsOf(node), 3, 1).ms, vm: NaN },
    grid: { node: time(() => gridOf(node), 7, 1).ms, vm: NaN },
  };
  const vm = vmEngine();
  pilote.grid.vm = time(() => gridOf(vm), 3, 1).ms;
  pilote.cells.vm = time(() => cellsOf(vm), 1, 0).ms; // 324 hand-overs of the range: long, once

  const result: PeerResult = { deals: w.rows.deals, figures: figures.map((f) => f.title), months: months.map((m) => m.key), libreOffice: { missing: '' }, pilote, cellValues, gridValues };
  if (!hasCommand('soffice') || !existsSync(PYTHON)) {
    result.libreOffice = { missing: 'LibreOffice is not installed (`apt-get install -y libreoffice-calc-nogui` on Debian): Pilote\'s times only' };
    return result;
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'pilote-peer-'));
  try {
    const file = path.join(dir, 'grid.xlsx');
    process.stderr.write('bench: writing the deals and the SUMIFS grid…\n');
    await writeWorkbook(file, deals, headers, figures, months);
    process.stderr.write('bench: LibreOffice recalculating…\n');
    const out = execFileSync(PYTHON, [path.join(REPO_ROOT, 'src/local/bench/calcRecalc.py'), file, '5', 'Grid', `C2:${columnToLetters(2 + figures.length)}${1 + months.length}`], { maxBuffer: 1 << 26, timeout: 900_000 }).toString();
    const lo = JSON.parse(out) as { version: string; load: number; recalc: number[]; values: number[][] };
    result.libreOffice = { version: lo.version, loadMs: lo.load * 1000, recalcMs: lo.recalc.map((s) => s * 1000), values: lo.values };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return result;
}

/** The deals, then the grid: a month per row (its first and last day), a formula per figure. */
async function writeWorkbook(file: string, deals: Grid, headers: string[], figures: Figure[], months: ReturnType<typeof lastFullMonths>): Promise<void> {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true });
  const sheet = book.addWorksheet('Deals');
  for (const row of deals) {
    if (row.every((c) => c === '')) continue;
    sheet.addRow(row.map((c) => (c === '' ? null : c))).commit();
  }
  await sheet.commit();
  const letter = (name: string) => `Deals!$${columnToLetters(headers.indexOf(name) + 1)}:$${columnToLetters(headers.indexOf(name) + 1)}`;
  const [stage, amount, closed, created] = ['Stage', 'Amount', 'Close date', 'Created'].map(letter);
  const grid = book.addWorksheet('Grid');
  grid.addRow(['Month start', 'Month end', ...figures.map((f) => f.title)]).commit();
  months.forEach((m, i) => {
    const r = i + 2;
    const inMonth = `${closed},">="&$A${r},${closed},"<="&$B${r}`;
    const won = `${stage},"Won",${inMonth}`;
    const formula = (f: Figure): string => {
      switch (f.kpi) {
        case 'WIN_RATE': return `COUNTIFS(${won})/(COUNTIFS(${won})+COUNTIFS(${stage},"Lost",${inMonth}))`;
        case 'AVG_DEAL': return `AVERAGEIFS(${amount},${won})`;
        case 'SALES_CYCLE': return `AVERAGEIFS(${closed},${won})-AVERAGEIFS(${created},${won})`;
        default: return `SUMIFS(${amount},${won}${f.filter ? `,${letter(f.filter[0])},"${f.filter[1].replace(/"/g, '""')}"` : ''})`;
      }
    };
    const row = grid.addRow([utcDateOfDay(m.start), utcDateOfDay(m.end), ...figures.map((f) => ({ formula: formula(f) }))]);
    row.getCell(1).numFmt = 'yyyy-mm-dd';
    row.getCell(2).numFmt = 'yyyy-mm-dd';
    row.commit();
  });
  await grid.commit();
  await book.commit();
}

/** The `n` values of a column found in most data rows (ties by name). */
function mostFrequent(grid: Grid, col: number, n: number): string[] {
  const counts = new Map<string, number>();
  for (let r = 1; r < grid.length; r++) {
    const v: Cell = grid[r][col];
    if (typeof v === 'string' && v.trim() !== '') counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, n).map(([v]) => v);
}

function hasCommand(name: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** In the parent: runs the child and prints the comparison. */
export function runPeer(spawn: (size: number) => string): string {
  const r = JSON.parse(spawn(SIZE)) as PeerResult;
  const lines = [
    `The founder's grid over ${r.deals.toLocaleString('en')} deals: ${r.months.length} months (${r.months[0]} to ${r.months[r.months.length - 1]}) × ${r.figures.length} figures (${r.figures.join(', ')}) = ${r.months.length * r.figures.length} cells.`,
    '',
  ];
  const lo = 'missing' in r.libreOffice ? undefined : r.libreOffice;
  const base = lo ? median(lo.recalcMs) : undefined;
  const times = (x: number) => `${x.toFixed(x >= 10 ? 0 : 1)}×`;
  const ratio = (v: number) => (base === undefined || !(v > 0) ? '–' : v <= base ? `${times(base / v)} faster` : `${times(v / base)} slower`);
  const cellsCount = r.months.length * r.figures.length;
  const rows: string[][] = [];
  if (lo) rows.push([`LibreOffice Calc ${lo.version}, headless`, `${cellsCount} SUMIFS/COUNTIFS/AVERAGEIFS cells, hard recalculation (median of ${lo.recalcMs.length}; first ${lo.recalcMs[0].toFixed(0)} ms; loading the file, ${(lo.loadMs / 1000).toFixed(1)} s, excluded)`, base!.toFixed(0), '1×']);
  rows.push(['Pilote, Node', `${cellsCount} custom-function calls, each reading the whole range`, r.pilote.cells.node.toFixed(0), ratio(r.pilote.cells.node)]);
  rows.push(['Pilote, Node', `${r.figures.length} KPI_BY_PERIOD formulas (one per figure, 18 months each)`, r.pilote.grid.node.toFixed(0), ratio(r.pilote.grid.node)]);
  rows.push(['Pilote, bundle in node:vm', `${cellsCount} custom-function calls, each range handed over again`, r.pilote.cells.vm.toFixed(0), ratio(r.pilote.cells.vm)]);
  rows.push(['Pilote, bundle in node:vm', `${r.figures.length} KPI_BY_PERIOD formulas`, r.pilote.grid.vm.toFixed(0), ratio(r.pilote.grid.vm)]);
  lines.push(table(['engine', 'how', 'ms', 'vs LibreOffice'], rows, [false, false, true, true]));
  lines.push('');
  lines.push(compare(r, lo?.values));
  if (!lo) lines.push((r.libreOffice as { missing: string }).missing);
  return lines.join('\n');
}

/** Are the three grids equal, cell by cell (to 1e-9, relative)? */
function compare(r: PeerResult, lo: number[][] | undefined): string {
  let equal = 0, total = 0, worst = 0;
  const differ: string[] = [];
  r.months.forEach((m, i) => r.figures.forEach((f, j) => {
    total++;
    const values = [r.cellValues[i][j], r.gridValues[i][j], ...(lo ? [lo[i][j]] : [])];
    const numbers = values.filter((v): v is number => typeof v === 'number');
    if (numbers.length !== values.length) { differ.push(`${m} ${f}: ${JSON.stringify(values)}`); return; }
    const scale = Math.max(1, ...numbers.map(Math.abs));
    const spread = (Math.max(...numbers) - Math.min(...numbers)) / scale;
    worst = Math.max(worst, spread);
    if (spread <= 1e-9) equal++;
    else differ.push(`${m} ${f}: ${numbers.join(' / ')}`);
  }));
  const who = lo ? 'LibreOffice = Pilote cell by cell = Pilote KPI_BY_PERIOD' : 'Pilote cell by cell = Pilote KPI_BY_PERIOD';
  return `Values: ${equal} of ${total} equal (${who}; largest relative difference ${worst.toExponential(1)})${differ.length ? `; differ: ${differ.slice(0, 5).join('; ')}` : '.'}`;
}

