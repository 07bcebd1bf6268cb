/** The benchmark's tables (Markdown, so the README can show them as printed). */
import { KPIS } from '../../core/kpi/registry';
import type { SizeResult } from './suite';

/** The issue's targets (issue 13; the refresh's from issue 10). */
export const TARGETS = {
  single: 25, period: 40, report: 250, refresh: 1000, dealsHeapMB: 8, peakRssMB: 400,
} as const;

/** The size the time targets are set at, and the one the memory target is. */
export const TARGET_SIZE = 100_000;
export const MEMORY_SIZE = 500_000;

export function table(header: string[], rows: string[][], right = header.map((_, i) => i > 0)): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((v, c) => (right[c] ? v.padStart(widths[c]) : v.padEnd(widths[c]))).join(' | ')} |`;
  return [line(header), `|${widths.map((w, c) => (right[c] ? `${'-'.repeat(w + 1)}:` : `${'-'.repeat(w + 2)}`)).join('|')}|`, ...rows.map(line)].join('\n');
}

const ms = (v: number | undefined) => (v === undefined ? '–' : v < 10 ? v.toFixed(1) : v.toFixed(0));
const met = (ok: boolean) => (ok ? 'yes' : '**no**');
const label = (n: number) => (n >= 1000 ? `${n / 1000}k` : String(n));

/** Per KPI at one size: its function, KPI_BY_PERIOD and KPI_BY_SEGMENT, in Node and through the bundle. */
export function kpiTable(node: SizeResult, vm: SizeResult | undefined): string {
  const get = (r: SizeResult | undefined, key: string) => r?.timings[key]?.ms;
  const mark = (v: number | undefined, target: number) => (v === undefined ? '–' : `${ms(v)}${v <= target ? '' : ' ✗'}`);
  const rows = KPIS.map((k) => [
    k.id,
    mark(get(node, `single:${k.id}`), TARGETS.single), ms(get(vm, `single:${k.id}`)),
    k.period === 'none' ? 'n/a' : mark(get(node, `period:${k.id}`), TARGETS.period), k.period === 'none' ? 'n/a' : ms(get(vm, `period:${k.id}`)),
    ms(get(node, `segment:${k.id}`)), ms(get(vm, `segment:${k.id}`)),
  ]);
  rows.push(['PILOTE_CHECK (Deals)', ms(get(node, 'check')), ms(get(vm, 'check')), '', '', '', '']);
  return table(
    ['ms, median', `KPI(…) Node ≤ ${TARGETS.single}`, 'KPI(…) vm', `KPI_BY_PERIOD Node ≤ ${TARGETS.period}`, 'KPI_BY_PERIOD vm', 'KPI_BY_SEGMENT Node', 'KPI_BY_SEGMENT vm'],
    rows,
  );
}

/** Each target, its measure and whether it is met. */
export function targetTable(results: SizeResult[]): string {
  const at = (size: number, mode: 'node' | 'vm') => results.find((r) => r.size === size && r.mode === mode);
  const node = at(TARGET_SIZE, 'node'), vm = at(TARGET_SIZE, 'vm');
  const memory = results.filter((r) => r.mode === 'memory');
  const rows: string[][] = [];
  const slowest = (r: SizeResult | undefined, prefix: string) => {
    const found = Object.entries(r?.timings ?? {}).filter(([k]) => k.startsWith(prefix)).sort((a, b) => b[1].ms - a[1].ms)[0];
    return found ? { id: found[0].slice(prefix.length), ms: found[1].ms } : undefined;
  };
  const row = (what: string, v: number | undefined, unit: string, target: string, ok: boolean | undefined, vmValue?: number) =>
    rows.push([what, v === undefined ? 'not run' : `${ms(v)} ${unit}`, vmValue === undefined ? '' : `${ms(vmValue)} ${unit}`, target, ok === undefined ? '–' : met(ok)]);
  const single = slowest(node, 'single:'), period = slowest(node, 'period:');
  row(`slowest KPI custom function, one quarter (${single?.id ?? '–'})`, single?.ms, 'ms', `≤ ${TARGETS.single} ms`, single && single.ms <= TARGETS.single, single && vm?.timings[`single:${single.id}`]?.ms);
  row(`slowest KPI_BY_PERIOD, 18 months (${period?.id ?? '–'})`, period?.ms, 'ms', `≤ ${TARGETS.period} ms`, period && period.ms <= TARGETS.period, period && vm?.timings[`period:${period.id}`]?.ms);
  const cold = Object.entries(node?.timings ?? {}).filter(([k]) => k.startsWith('single:')).sort((a, b) => b[1].first - a[1].first)[0];
  if (cold) rows.push([`slowest first call of a KPI function (${cold[0].slice(7)}; code not yet optimised, as a lone call in Sheets may be)`, `${ms(cold[1].first)} ms`, '', '–', '–']);
  const report = node?.timings.report?.ms, refresh = node?.timings.refresh?.ms;
  row('full report (buildReport, parsing included)', report, 'ms', `≤ ${TARGETS.report} ms`, report === undefined ? undefined : report <= TARGETS.report);
  row('dashboard refresh compute (buildDashboardSheets)', refresh, 'ms', `< ${TARGETS.refresh} ms`, refresh === undefined ? undefined : refresh < TARGETS.refresh);
  row('heap kept by the parsed Deals table (every column)', node?.dealsHeapMB, 'MB', `≤ ${TARGETS.dealsHeapMB} MB`, node?.dealsHeapMB === undefined ? undefined : node.dealsHeapMB <= TARGETS.dealsHeapMB);
  const big = `${label(MEMORY_SIZE)} leads + ${label(MEMORY_SIZE)} deals`;
  const executions = results.filter((r) => r.mode === 'execution');
  const worst = executions.sort((a, b) => b.peakRssMB - a.peakRssMB)[0];
  rows.push([
    `peak RSS, ${big}, each execution alone as Sheets runs them (largest of ${executions.length || '–'}: ${worst?.execution?.step ?? '–'})`,
    worst === undefined ? 'not run' : `${worst.peakRssMB.toFixed(0)} MB`, '', `≤ ${TARGETS.peakRssMB} MB`, worst === undefined ? '–' : met(worst.peakRssMB <= TARGETS.peakRssMB),
  ]);
  const peak = memory.length > 0 ? Math.max(...memory.map((r) => r.peakRssMB)) : undefined;
  rows.push([
    `peak RSS, ${big}, everything once in one process (largest of ${memory.length || '–'} runs)`,
    peak === undefined ? 'not run' : `${peak.toFixed(0)} MB`, '', `≤ ${TARGETS.peakRssMB} MB`, peak === undefined ? '–' : met(peak <= TARGETS.peakRssMB),
  ]);
  return table([`target, at ${label(TARGET_SIZE)} leads + ${label(TARGET_SIZE)} deals`, 'Node', 'bundle in node:vm', 'target', 'met'], rows, [false, true, true, true, false]);
}

/** Node times at every size: how each grows with the rows. */
export function scalingTable(results: SizeResult[]): string {
  const node = results.filter((r) => r.mode === 'node').sort((a, b) => a.size - b.size);
  if (node.length === 0) return '';
  const keys: [string, string][] = [
    ['parse', 'read every table, every column'],
    ['single:REVENUE', 'REVENUE(…)'], ['single:NEW_CUSTOMERS', 'NEW_CUSTOMERS(…)'], ['single:LEADS', 'LEADS(…)'],
    ['period:REVENUE', 'KPI_BY_PERIOD("REVENUE", …), 18 months'], ['segment:REVENUE', 'KPI_BY_SEGMENT("REVENUE", …, "Channel")'],
    ['check', 'PILOTE_CHECK(Deals)'], ['report', 'full report'], ['refresh', 'dashboard refresh compute'],
  ];
  const rows = keys.map(([k, what]) => [what, ...node.map((r) => ms(r.timings[k]?.ms))]);
  rows.push(['heap kept by the Deals table, MB', ...node.map((r) => (r.dealsHeapMB ?? NaN).toFixed(1))]);
  rows.push(['peak RSS of the timing process, MB', ...node.map((r) => r.peakRssMB.toFixed(0))]);
  return table(['Node, ms (median)', ...node.map((r) => `${label(r.size)}`)], rows);
}

/** Do Node and the bundle give the same results? */
export function agreement(results: SizeResult[]): string {
  const lines: string[] = [];
  for (const vm of results.filter((r) => r.mode === 'vm')) {
    const node = results.find((r) => r.mode === 'node' && r.size === vm.size);
    if (!node) continue;
    const differ = Object.keys(vm.results).filter((k) => vm.results[k] !== node.results[k]);
    lines.push(`${label(vm.size)}: the bundle's results equal Node's for ${Object.keys(vm.results).length - differ.length} of ${Object.keys(vm.results).length} calls${differ.length ? ` (differ: ${differ.join(', ')})` : ''}.`);
  }
  return lines.join('\n');
}

export function rowsLine(results: SizeResult[]): string {
  return results.filter((r) => r.mode === 'node').sort((a, b) => a.size - b.size)
    .map((r) => `${label(r.size)}: ${Object.entries(r.rows).map(([k, v]) => `${k} ${v}`).join(', ')}`).join('\n');
}

/**
 * The memory runs: resident memory of the process with Node alone, once the input is built (what
 * Sheets would hand over), and the peak after each step of Pilote's work — how much is the input
 * and how much Pilote.
 */
export function memoryTable(results: SizeResult[]): string {
  const runs = results.filter((r) => r.memory);
  if (runs.length === 0) return '';
  const stepNames = runs[0].memory!.steps.map((s) => s.step);
  const mb = (v: number) => v.toFixed(0);
  const rows = runs.map((r, i) => {
    const m = r.memory!;
    return [
      `${i + 1}${m.reset ? '' : ' (peak from the process start: not Linux)'}`, mb(m.nodeMB), `${mb(m.inputMB)} (heap ${mb(m.inputHeapMB)})`,
      ...m.steps.map((s) => mb(s.peakMB)), `+${mb(m.peakMB - m.inputMB)}`, met(m.peakMB <= TARGETS.peakRssMB),
    ];
  });
  return table(
    ['run', 'Node alone', 'with the input, before Pilote', ...stepNames.map((s, k) => `peak after ${k === 0 ? '' : '+ '}${s}`), 'Pilote (peak − before)', `peak ≤ ${TARGETS.peakRssMB}`],
    rows,
  );
}

/**
 * The executions measured alone (runExecution), heaviest first: the input before the execution,
 * its peak, and what it added. The 8 heaviest, then how many more and their largest peak.
 */
export function executionTable(results: SizeResult[]): string {
  const runs = results.filter((r) => r.execution).sort((a, b) => b.peakRssMB - a.peakRssMB);
  if (runs.length === 0) return '';
  const shown = runs.slice(0, 8), rest = runs.slice(8);
  const rows = shown.map((r) => {
    const e = r.execution!;
    return [e.step, e.inputMB.toFixed(0), e.peakMB.toFixed(0), `+${(e.peakMB - e.inputMB).toFixed(0)}`, met(e.peakMB <= TARGETS.peakRssMB)];
  });
  if (rest.length > 0) {
    const top = rest[0].execution!;
    rows.push([`${rest.length} more (largest ${top.step})`, '', top.peakMB.toFixed(0), '', met(rest.every((r) => r.peakRssMB <= TARGETS.peakRssMB))]);
  }
  return table(['execution', 'with the input, before it', 'peak', 'the execution (peak − before)', `peak ≤ ${TARGETS.peakRssMB}`], rows);
}
