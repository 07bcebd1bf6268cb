/**
 * What the benchmark measures at one size, in one process: every custom function as Sheets runs
 * it (each reading its whole-column range), either in Node on the core's code or through the
 * built bundle in the local runtime (node:vm, as the tests run it); in Node also the full report,
 * the dashboard refresh's compute and the memory a parsed table keeps.
 */
import { dayOfUtcDate, utcDateOfDay } from '../../core/dates/day';
import { lastFullMonths, previousPeriod, quarterOf } from '../../core/dates/period';
import { buildDashboardSheets } from '../../core/dashboard/dashboardSheets';
import { localeInfo } from '../../core/format/locale';
import type { FormulaEnv } from '../../core/formulas/args';
import { checkFormula } from '../../core/formulas/checkFormula';
import { kpiFormula } from '../../core/formulas/kpiFormula';
import { kpiByPeriod, kpiBySegment } from '../../core/formulas/kpiGrid';
import { KPIS } from '../../core/kpi/registry';
import { KpiError, type KpiDefinition, type KpiTables } from '../../core/kpi/types';
import { buildReport } from '../../core/report/buildReport';
import { defaultSettings } from '../../core/settings/settings';
import { readTable } from '../../core/tables/readTable';
import { TABLE_KINDS, type TableKind } from '../../core/tables/schema';
import { LocalRuntime } from '../runtime/LocalRuntime';
import { loadAddon } from '../runtime/loader';
import { WorkbookModel } from '../runtime/spreadsheet';
import { heapKept, peakRssMB, quiesce, resetPeak, rssMB, time, type Timing } from './measure';
import { AS_OF, workload, type Workload } from './workload';

/**
 * node: times in Node; vm: times through the bundle; memory: everything once in one process, for
 * the peak RSS; execution: one execution alone (see runExecution).
 */
export type Mode = 'node' | 'vm' | 'memory' | 'execution';

export interface SizeResult {
  size: number;
  mode: Mode;
  rows: Record<TableKind, number>;
  timings: Record<string, Timing>;
  /** A fingerprint of each function's result, to check Node and the bundle agree. */
  results: Record<string, string>;
  /** Node only: heap kept by the Deals table parsed with every column, MB. */
  dealsHeapMB?: number;
  peakRssMB: number;
  /** Memory runs: what the peak is made of. */
  memory?: MemoryRun;
  /** Execution runs: the one execution measured. */
  execution?: ExecutionRun;
}

/** One execution alone in a fresh process (runExecution). */
export interface ExecutionRun {
  /** A call's key (`single:CAC`, `period:LTV`, `check`…), `report` or `refresh`. */
  step: string;
  /** Resident memory once the input is built and the garbage of building it collected. */
  inputMB: number;
  /** The peak while the execution ran (input included). */
  peakMB: number;
}

/**
 * One memory run (onePass): resident memory (RSS) of the process, read from Linux's
 * /proc/self/status. The peak is VmHWM, reset once the input is ready: it counts Node, the
 * input and everything Pilote allocates (live or garbage not yet collected), not the benchmark's
 * own garbage from generating the data.
 */
export interface MemoryRun {
  /** Before any data: Node and the benchmark's code. */
  nodeMB: number;
  /** Once the input (the 2-D arrays of every table) is built and the garbage of building it collected. */
  inputMB: number;
  /** The V8 heap in use by then (the input's arrays, strings and dates, and Node's own objects). */
  inputHeapMB: number;
  /** Peak from there to the end. */
  peakMB: number;
  /** The peak so far after each step, in order. */
  steps: { step: string; peakMB: number }[];
  /** Whether the peak could be reset (Linux); if not, it counts from the process's start. */
  reset: boolean;
}

/** Calls a custom function by name, as a cell would; a KpiError becomes `{ error }`. */
export type Engine = (name: string, args: unknown[]) => unknown;

const ENV: FormulaEnv = { dayOf: dayOfUtcDate, locale: localeInfo('en_US') };

/** The core's functions, in this process (the grids' Dates are UTC midnights, read as UTC days). */
export function nodeEngine(): Engine {
  return (name, args) => {
    try {
      if (name === 'KPI_BY_PERIOD') return kpiByPeriod(args, ENV);
      if (name === 'KPI_BY_SEGMENT') return kpiBySegment(args, ENV);
      if (name === 'PILOTE_CHECK') return checkFormula(args[0], args[1], ENV);
      return kpiFormula(KPIS.find((k) => k.id === name)!, args, ENV);
    } catch (e) {
      if (e instanceof KpiError) return { error: e.message };
      throw e;
    }
  };
}

/** build/Code.js in the local runtime, a UTC en_US spreadsheet: arguments cross into the context as Sheets hands them over. */
export function vmEngine(): Engine {
  const options = { timeZone: 'UTC', locale: 'en_US' };
  const addon = loadAddon(new LocalRuntime(options, new WorkbookModel(options)));
  return (name, args) => {
    const v = addon.customFunction(name, ...args);
    return v && typeof v === 'object' && 'error' in v ? { error: v.message } : v;
  };
}

/** One call to measure: a custom function and its arguments. */
export interface Call { key: string; name: string; args: unknown[] }

/**
 * The calls at one size: each KPI's own function over the last full quarter (LTV over the year
 * to its end, so someone churned), KPI_BY_PERIOD over the last 18 full months, KPI_BY_SEGMENT
 * over the quarter by Channel (Segment for customers, Owner for activities, Type for surveys),
 * and PILOTE_CHECK on the deals.
 */
export function calls(w: Workload): Call[] {
  const quarter = previousPeriod(quarterOf(AS_OF));
  const months = lastFullMonths(AS_OF, 18);
  const own = (def: KpiDefinition, start: number, end: number): unknown[] => def.args.flatMap((a): unknown[] => {
    if (a.kind === 'table') return [w.grids[a.table]];
    if (a.kind === 'period') return [utcDateOfDay(def.id === 'LTV' ? Math.min(start, end - 364) : start), utcDateOfDay(end)];
    return [''];
  });
  const out: Call[] = [];
  for (const def of KPIS) out.push({ key: `single:${def.id}`, name: def.id, args: own(def, quarter.start, quarter.end) });
  for (const def of KPIS) {
    if (def.period === 'none') continue;
    out.push({ key: `period:${def.id}`, name: 'KPI_BY_PERIOD', args: [def.id, ...own(def, months[0].start, months[months.length - 1].end)] });
  }
  for (const def of KPIS) out.push({ key: `segment:${def.id}`, name: 'KPI_BY_SEGMENT', args: [def.id, ...own(def, quarter.start, quarter.end), splitBy(def)] });
  out.push({ key: 'check', name: 'PILOTE_CHECK', args: [w.grids.deals] });
  return out;
}

export function splitBy(def: KpiDefinition): string {
  const reads = (kind: TableKind) => def.args.some((a) => a.kind === 'table' && a.table === kind);
  return reads('customers') ? 'Segment' : reads('surveys') ? 'Type' : reads('activities') ? 'Owner' : 'Channel';
}

/** Runs per measure: more where runs are short (medians are steadier), fewer at 500k. */
function runsAt(size: number): { runs: number; warmup: number } {
  return size <= 10_000 ? { runs: 15, warmup: 2 } : size <= 100_000 ? { runs: 9, warmup: 1 } : { runs: 3, warmup: 1 };
}

export function runSize(size: number, mode: Mode, step?: string): SizeResult {
  if (mode === 'memory') return onePass(size);
  if (mode === 'execution') return runExecution(size, step ?? 'refresh');
  const w = workload(size);
  const { runs, warmup } = runsAt(size);
  const engine = mode === 'node' ? nodeEngine() : vmEngine();
  const timings: Record<string, Timing> = {};
  const results: Record<string, string> = {};
  for (const c of calls(w)) {
    results[c.key] = fingerprint(engine(c.name, c.args));
    timings[c.key] = time(() => engine(c.name, c.args), runs, warmup);
  }
  const out: SizeResult = { size, mode, rows: w.rows, timings, results, peakRssMB: 0 };
  if (mode === 'vm') {
    // PILOTE_CHECK with a kind it doesn't know fails at once: what is left is handing the range over.
    timings.handover = time(() => engine('PILOTE_CHECK', [w.grids.deals, 'none']), runs, warmup);
  } else {
    timings.parse = time(() => readAll(w), runs, warmup);
    timings.report = time(() => fullReport(w), runs, warmup);
    timings.refresh = time(() => dashboardRefresh(w), runs, warmup);
    out.dealsHeapMB = heapKept(() => readTable('deals', w.grids.deals, ENV));
  }
  out.peakRssMB = peakRssMB();
  return out;
}

/**
 * Everything Pilote does at this size, once, in one process, nothing kept between steps: every
 * custom function (each reading its range), PILOTE_CHECK on the deals, the full report and the
 * dashboard refresh's compute. The input — the 2-D arrays Sheets would hand over — is built
 * first and the garbage of building it collected; the peak is counted from there (see MemoryRun).
 */
function onePass(size: number): SizeResult {
  const nodeMB = rssMB();
  const w = workload(size);
  quiesce();
  const inputMB = rssMB(), inputHeapMB = process.memoryUsage().heapUsed / 2 ** 20;
  const reset = resetPeak();
  const steps: MemoryRun['steps'] = [];
  const step = (name: string, run: () => void) => {
    run();
    steps.push({ step: name, peakMB: peakRssMB() });
  };
  const engine = nodeEngine();
  const results: Record<string, string> = {};
  const all = calls(w);
  step('custom functions', () => { for (const c of all) if (c.key !== 'check') results[c.key] = fingerprint(engine(c.name, c.args)); });
  step('PILOTE_CHECK', () => { results.check = fingerprint(engine('PILOTE_CHECK', [w.grids.deals])); });
  step('report', () => fullReport(w));
  step('dashboard refresh', () => dashboardRefresh(w));
  const peakMB = peakRssMB();
  return { size, mode: 'memory', rows: w.rows, timings: {}, results, peakRssMB: peakMB, memory: { nodeMB, inputMB, inputHeapMB, peakMB, steps, reset } };
}

/** Every table read in full, as the report and the refresh read them. */
function readAll(w: Workload): KpiTables {
  const tables: KpiTables = {};
  for (const kind of TABLE_KINDS) (tables as Record<string, unknown>)[kind] = readTable(kind, w.grids[kind], { ...ENV, name: w.names[kind] });
  return tables;
}

/** The full report (npm start's table), parsing included. */
function fullReport(w: Workload): void {
  buildReport(readAll(w), { asOf: AS_OF, months: 18 });
}

/** The dashboard refresh's compute, from the sheets' grids to the sheet plans. */
function dashboardRefresh(w: Workload): void {
  buildDashboardSheets({
    sheets: TABLE_KINDS.map((kind) => ({ name: w.names[kind], grid: w.grids[kind] })), settings: defaultSettings({ currency: 'USD', language: 'en' }),
    asOf: AS_OF, dayOf: dayOfUtcDate, locale: 'en_US', workbookName: 'Bench',
  });
}

/** What each execution measured by runExecution is called: every call's key, then the report and the refresh. */
export function executionSteps(): string[] {
  return [...calls(workload(100)).map((c) => c.key), 'report', 'refresh'];
}

/**
 * One execution, alone in this process, as Sheets runs it: each custom-function cell and each
 * refresh is an execution of its own, in its own JavaScript runtime, that gets its range (or
 * reads the sheets) and keeps nothing from the executions before. The input is built first and
 * the garbage of building it collected; the peak is counted from there, input included.
 */
function runExecution(size: number, step: string): SizeResult {
  const w = workload(size);
  quiesce();
  const inputMB = rssMB();
  resetPeak();
  const results: Record<string, string> = {};
  if (step === 'report') fullReport(w);
  else if (step === 'refresh') dashboardRefresh(w);
  else {
    const c = calls(w).find((x) => x.key === step);
    if (!c) throw new Error(`bench: no execution ${step}`);
    results[step] = fingerprint(nodeEngine()(c.name, c.args));
  }
  const peakMB = peakRssMB();
  return { size, mode: 'execution', rows: w.rows, timings: {}, results, peakRssMB: peakMB, execution: { step, inputMB, peakMB } };
}

/** A short, realm-independent summary of a result: numbers to 12 digits, errors by their text. */
export function fingerprint(v: unknown): string {
  return JSON.stringify(v, (_k, x) => (typeof x === 'number' ? Number(x.toPrecision(12)) : x));
}
