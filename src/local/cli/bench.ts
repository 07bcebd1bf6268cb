/**
 * `npm run bench`: speed and memory at 1k, 10k, 100k and 500k leads and deals (`--quick`: 1k and
 * 10k), against the targets of issue 13. Each size runs in its own Node process, once on the
 * core's code in Node and once through the built bundle in node:vm (the local runtime, as the
 * tests run it; not at 500k). Then the peak memory at 500k: each execution alone in a fresh
 * process, and everything once in one process MEMORY_RUNS times (`--memory`: only that, the
 * latter five times).
 * `--peer` adds the side-by-side with LibreOffice Calc (src/local/bench/peer.ts).
 */
import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { agreement, executionTable, kpiTable, MEMORY_SIZE, memoryTable, rowsLine, scalingTable, targetTable, TARGET_SIZE } from '../bench/print';
import { executionSteps, runSize, type Mode, type SizeResult } from '../bench/suite';

const SIZES = [1_000, 10_000, 100_000, 500_000];
const argv = process.argv.slice(2);

/** Memory runs of a whole benchmark, and of `--memory` alone: the target must hold in every one. */
const MEMORY_RUNS = 3, MEMORY_ONLY_RUNS = 5;

/**
 * Timing processes get a large heap so that no size runs out of it. A memory run gets Node's
 * defaults — the heap sizing Pilote would meet anywhere — and only --expose-gc, used before
 * anything is measured (to collect the garbage of generating the data); it changes no heuristic.
 */
const TIMING_FLAGS = ['--max-old-space-size=4096'], MEMORY_FLAGS: string[] = [];

function child(args: string[], flags = TIMING_FLAGS): string {
  return execFileSync(process.execPath, ['--expose-gc', ...flags, __filename, ...args], { maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'inherit'] }).toString();
}

function memoryRuns(n: number): SizeResult[] {
  const out: SizeResult[] = [];
  for (let i = 1; i <= n; i++) {
    process.stderr.write(`bench: ${MEMORY_SIZE.toLocaleString('en')} leads and deals, everything once, for the peak memory (run ${i} of ${n})…\n`);
    out.push(JSON.parse(child(['--size', String(MEMORY_SIZE), '--mode', 'memory'], MEMORY_FLAGS)) as SizeResult);
  }
  return out;
}

/**
 * Each execution alone at 500k, in a fresh process: every custom function's call, the report and
 * the refresh (a few seconds each: most of it building the input).
 */
function executionRuns(): SizeResult[] {
  const steps = executionSteps();
  process.stderr.write(`bench: ${MEMORY_SIZE.toLocaleString('en')} leads and deals, each of ${steps.length} executions alone, for its peak memory…\n`);
  return steps.map((step) => JSON.parse(child(['--size', String(MEMORY_SIZE), '--mode', 'execution', '--step', step], MEMORY_FLAGS)) as SizeResult);
}

async function main(): Promise<void> {
  const sizeAt = argv.indexOf('--size');
  if (sizeAt >= 0) {
    const mode = (argv[argv.indexOf('--mode') + 1] ?? 'node') as Mode;
    const step = argv.includes('--step') ? argv[argv.indexOf('--step') + 1] : undefined;
    process.stdout.write(JSON.stringify(runSize(Number(argv[sizeAt + 1]), mode, step)));
    return;
  }
  if (argv.includes('--peer-run')) {
    // Loaded only here: ExcelJS alone adds some 26 MB to a process's resident memory.
    const { runPeerHere } = await import('../bench/peer');
    process.stdout.write(JSON.stringify(await runPeerHere(Number(argv[argv.indexOf('--peer-run') + 1]))));
    return;
  }
  if (argv.includes('--memory')) {
    console.log(`\nMachine: ${machine()}.\n`);
    const executions = executionRuns();
    console.log(executionTable(executions));
    console.log(`\n${memoryTable(memoryRuns(MEMORY_ONLY_RUNS))}`);
    return;
  }
  const sizes = argv.includes('--quick') ? SIZES.slice(0, 2) : SIZES;
  const results: SizeResult[] = [];
  for (const size of sizes) {
    for (const mode of ['node', 'vm'] as Mode[]) {
      if (mode === 'vm' && size > TARGET_SIZE) continue;
      process.stderr.write(`bench: ${size.toLocaleString('en')} leads and deals, ${mode === 'node' ? 'Node' : 'bundle in node:vm'}…\n`);
      results.push(JSON.parse(child(['--size', String(size), '--mode', mode])) as SizeResult);
    }
  }
  if (!argv.includes('--quick')) results.push(...executionRuns(), ...memoryRuns(MEMORY_RUNS));
  const shown = results.find((r) => r.size === TARGET_SIZE && r.mode === 'node') ?? results.filter((r) => r.mode === 'node').pop()!;
  const shownVm = results.find((r) => r.size === shown.size && r.mode === 'vm');
  console.log(`\nMachine: ${machine()}.`);
  console.log(`\nTargets (medians; custom functions include reading their whole-column range: data + 10 % blank rows):\n`);
  console.log(targetTable(results));
  console.log(`\nEach KPI at ${shown.size.toLocaleString('en')} leads + deals, ms (median; ✗ over target; vm: the built bundle in the local runtime, arguments handed over as Sheets does):\n`);
  console.log(kpiTable(shown, shownVm));
  if (shownVm?.timings.handover) console.log(`\nOf each vm time, handing the Deals range over (the runtime copying the 2-D array into the context): ${shownVm.timings.handover.ms.toFixed(0)} ms.`);
  console.log(`\nBy size:\n`);
  console.log(scalingTable(results));
  console.log(`\n${agreement(results)}`);
  console.log(`Data rows:\n${rowsLine(results)}`);
  const memory = results.filter((r) => r.mode === 'memory'), executions = results.filter((r) => r.mode === 'execution');
  if (executions.length > 0) console.log(`\nPeak memory at ${MEMORY_SIZE.toLocaleString('en')} leads + deals, each execution alone (as Sheets runs them):\n\n${executionTable(executions)}`);
  if (memory.length > 0) console.log(`\nPeak memory at ${MEMORY_SIZE.toLocaleString('en')} leads + deals, everything once in one process:\n\n${memoryTable(memory)}`);
  if (argv.includes('--peer')) {
    process.stderr.write('bench: the founder\'s grid, Pilote and LibreOffice…\n');
    const { runPeer } = await import('../bench/peer');
    console.log(`\n${runPeer((size) => child(['--peer-run', String(size)]))}`);
  }
}

function machine(): string {
  return `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB RAM, Node ${process.version}`;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
