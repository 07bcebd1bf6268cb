/**
 * `npm run bench`: speed and memory of the engine at 1k, 10k, 100k and 500k leads and deals.
 * Each size runs in its own Node process (peak RSS is per process). Custom functions are timed as
 * Sheets runs them: each parses its own whole-column range (data plus 10 % trailing blank rows),
 * then computes, over the last full quarter. Targets (issue #2): a custom function over 100k rows
 * under 100 ms; the full report over 100k leads + 100k deals under 1 s; memory linear in rows.
 */
import { execFileSync } from 'node:child_process';
import type { Grid } from '../../core/cells/cell';
import { dayFromYmd, dayOfUtcDate, utcDateOfDay } from '../../core/dates/day';
import { previousPeriod, quarterOf } from '../../core/dates/period';
import { checkFormula } from '../../core/formulas/checkFormula';
import { kpiFormula } from '../../core/formulas/kpiFormula';
import { KPIS } from '../../core/kpi/registry';
import { buildReport } from '../../core/report/buildReport';
import { generateSample } from '../../core/sample';
import { readTable } from '../../core/tables/readTable';
import { TABLE_KINDS } from '../../core/tables/schema';
import type { KpiTables } from '../../core/kpi/types';
import { localeInfo } from '../../core/format/locale';
import { sampleGrids } from './sampleTables';

const SIZES = [1_000, 10_000, 100_000, 500_000];
const AS_OF = dayFromYmd(2026, 11, 25)!;

interface Measure { ms: number; heapMB: number }
interface SizeResult { size: number; rows: Record<string, number>; measures: Record<string, Measure>; rssMB: number }

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Median time of `runs` runs, and the heap the result keeps alive. */
function measure(runs: number, fn: () => unknown): Measure {
  const times: number[] = [];
  let heapMB = 0;
  for (let i = 0; i < runs; i++) {
    gc();
    const before = process.memoryUsage().heapUsed;
    const t0 = process.hrtime.bigint();
    const kept = fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    heapMB = Math.max(heapMB, (process.memoryUsage().heapUsed - before) / 2 ** 20);
    if (kept === Symbol.for('never')) console.log(kept); // keeps `kept` alive until measured
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)], heapMB };
}

/** Repeats data rows (with fresh IDs) until the grid has `n` of them: the generator makes fewer deals than leads. */
function tile(grid: Grid, n: number): Grid {
  const out: Grid = [grid[0]];
  const data = grid.slice(1);
  for (let i = 0; out.length <= n; i++) {
    const row = data[i % data.length].slice();
    if (i >= data.length) row[0] = `${String(row[0])}-${Math.floor(i / data.length)}`;
    out.push(row);
  }
  return out;
}

/** A whole-column range: the data, then the sheet's empty rows to its end. */
function wholeColumn(grid: Grid): Grid {
  const blanks = Math.ceil(grid.length / 10);
  const width = grid[0].length;
  const out = grid.slice();
  for (let i = 0; i < blanks; i++) out.push(new Array(width).fill(''));
  return out;
}

function runSize(size: number): SizeResult {
  const sample = generateSample({ asOf: AS_OF, leads: size });
  const grids = sampleGrids(sample);
  grids[1] = tile(grids[1], size); // deals: as many as leads
  const columns = grids.map(wholeColumn);
  const rows: Record<string, number> = {};
  grids.forEach((g, i) => (rows[TABLE_KINDS[i]] = g.length - 1));
  const locale = localeInfo('en_US');
  const env = { dayOf: dayOfUtcDate, locale };
  const quarter = previousPeriod(quarterOf(AS_OF));
  const start = utcDateOfDay(quarter.start), end = utcDateOfDay(quarter.end);
  const runs = size >= 100_000 ? 3 : 7;
  const measures: Record<string, Measure> = {};

  measures.parse = measure(runs, () => columns.map((g, i) => readTable(TABLE_KINDS[i], g, { dayOf: dayOfUtcDate, locale })));
  const argsOf = (kind: string) => columns[TABLE_KINDS.indexOf(kind as never)];
  for (const def of KPIS) {
    const args: unknown[] = [];
    for (const a of def.args) {
      if (a.kind === 'table') args.push(argsOf(a.table));
      else if (a.kind === 'period') args.push(start, end);
      else args.push('');
    }
    if (def.id === 'LTV') { args[2] = utcDateOfDay(quarter.start - 365); } // a year, so someone churned
    measures[def.id] = measure(runs, () => {
      try { return kpiFormula(def, args, env); } catch (e) { return (e as Error).message; }
    });
  }
  measures.PILOTE_CHECK = measure(runs, () => checkFormula(argsOf('deals'), '', env));
  measures.report = measure(runs, () => {
    const tables: KpiTables = {};
    columns.forEach((g, i) => ((tables as Record<string, unknown>)[TABLE_KINDS[i]] = readTable(TABLE_KINDS[i], g, { dayOf: dayOfUtcDate, locale })));
    return buildReport(tables, { asOf: AS_OF, months: 18 });
  });
  return { size, rows, measures, rssMB: process.resourceUsage().maxRSS / 1024 };
}

function printTables(results: SizeResult[]): void {
  const names = Object.keys(results[0].measures);
  const sizeLabel = (n: number) => (n >= 1000 ? `${n / 1000}k` : String(n));
  const print = (title: string, cell: (m: Measure) => string, extra?: (r: SizeResult) => string) => {
    const header = ['rows', ...names, ...(extra ? ['peak RSS MB'] : [])];
    const lines = results.map((r) => [sizeLabel(r.size), ...names.map((n) => cell(r.measures[n])), ...(extra ? [extra(r)] : [])]);
    const widths = header.map((h, c) => Math.max(h.length, ...lines.map((l) => l[c].length)));
    console.log(`\n${title}`);
    console.log(header.map((h, c) => h.padStart(widths[c])).join(' | '));
    console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
    for (const l of lines) console.log(l.map((v, c) => v.padStart(widths[c])).join(' | '));
  };
  print('Time, ms (median; custom functions include parsing their whole-column ranges)', (m) => m.ms.toFixed(1));
  print('Heap kept by the result, MB', (m) => m.heapMB.toFixed(1), (r) => r.rssMB.toFixed(0));
  const at100k = results.find((r) => r.size === 100_000);
  if (at100k) {
    const worst = Object.entries(at100k.measures).filter(([n]) => n !== 'parse' && n !== 'report').sort((a, b) => b[1].ms - a[1].ms)[0];
    console.log(`\nAt 100k: slowest custom function ${worst[0]} ${worst[1].ms.toFixed(0)} ms (target < 100 ms); full report ${at100k.measures.report.ms.toFixed(0)} ms (target < 1000 ms).`);
  }
  console.log(`Data rows per size: ${results.map((r) => `${sizeLabel(r.size)}: ${Object.entries(r.rows).map(([k, v]) => `${k} ${v}`).join(', ')}`).join('\n  ')}`);
}

const sizeArg = process.argv.indexOf('--size');
if (sizeArg >= 0) {
  process.stdout.write(JSON.stringify(runSize(Number(process.argv[sizeArg + 1]))));
} else {
  const only = process.argv.includes('--quick') ? SIZES.slice(0, 2) : SIZES;
  const results = only.map((size) => {
    process.stderr.write(`bench: ${size} rows…\n`);
    const out = execFileSync(process.execPath, ['--expose-gc', '--max-old-space-size=8192', __filename, '--size', String(size)], { maxBuffer: 1 << 26 });
    return JSON.parse(out.toString()) as SizeResult;
  });
  printTables(results);
}
