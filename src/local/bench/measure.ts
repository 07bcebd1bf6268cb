/** Timing and memory for the benchmark (Node only). */
import { readFileSync, writeFileSync } from 'node:fs';

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/**
 * A full GC, then a short pause: V8 sweeps concurrently after a GC, and on a small machine the
 * sweeper threads would slow the next measured run (a run right after gc() took 3–5× longer).
 */
export function settle(): void {
  gc();
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 40);
}

export interface Timing {
  /** Median of the measured runs, ms. */
  ms: number;
  /** The first run (code not yet optimised, as each call in Sheets may be), ms. */
  first: number;
  runs: number;
}

/** Runs `fn` `warmup + runs` times back to back (after settle()); the median of the last `runs`. */
export function time(fn: () => unknown, runs: number, warmup = 1): Timing {
  settle();
  const times: number[] = [];
  let first = NaN;
  for (let i = 0; i < warmup + runs; i++) {
    const t0 = process.hrtime.bigint();
    keep(fn());
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (i === 0) first = ms;
    if (i >= warmup) times.push(ms);
  }
  return { ms: median(times), first, runs };
}

/** The middle of the times (the upper one of an even count). */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Heap (V8 heap and array buffers) that the value `make` returns keeps alive, MB. */
export function heapKept(make: () => unknown): number {
  settle();
  const before = used();
  const kept = make();
  settle();
  const after = used();
  keep(kept);
  return (after - before) / 2 ** 20;
}

function used(): number {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

let sink: unknown;
/** Keeps a result reachable until measured (so the work is not optimised away). */
function keep(v: unknown): void {
  sink = v;
  if (sink === Symbol.for('never')) console.log(sink);
}

/** Peak resident memory of this process so far, MB (since the last resetPeak() where it worked). */
export function peakRssMB(): number {
  return statusMB('VmHWM') ?? process.resourceUsage().maxRSS / 1024;
}

/** Resident memory of this process now, MB. */
export function rssMB(): number {
  return statusMB('VmRSS') ?? process.memoryUsage().rss / 2 ** 20;
}

/**
 * Starts the peak over from the memory resident now: Linux resets a process's high-water mark
 * (VmHWM) when "5" is written to /proc/self/clear_refs (proc(5)). False where that isn't possible
 * (not Linux): the peak then counts from the process's start.
 */
export function resetPeak(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return statusMB('VmHWM') !== undefined;
  } catch {
    return false;
  }
}

/**
 * Full GCs with pauses until the resident memory stops falling: what the process holds is then
 * live data (and V8's empty pages), not the garbage of what ran before.
 */
export function quiesce(): void {
  let last = Infinity;
  for (let i = 0; i < 10; i++) {
    settle();
    const now = rssMB();
    if (now > last - 1) return;
    last = now;
  }
}

/** A line of /proc/self/status in MB (`VmHWM:  123456 kB`), undefined where there is none. */
function statusMB(field: 'VmHWM' | 'VmRSS'): number | undefined {
  try {
    const m = new RegExp(`^${field}:\\s*(\\d+) kB`, 'm').exec(readFileSync('/proc/self/status', 'utf8'));
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}
