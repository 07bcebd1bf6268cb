/** Timing and memory for the benchmark (Node only). */

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
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)], first, runs };
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

/** Peak resident memory of this process so far, MB. */
export function peakRssMB(): number {
  return process.resourceUsage().maxRSS / 1024;
}
