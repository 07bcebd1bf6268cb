/**
 * The runtime's fake clock. Every service reads time through `ctx.options.now()`, which
 * LocalRuntime wires to `Clock.now`; waiting (Utilities.sleep, Lock.waitLock) advances it
 * instead of sleeping.
 */
export class Clock {
  private fixed: number | undefined;
  private offset = 0;

  constructor(private readonly source: () => number) {}

  /** Current time in ms since the epoch. */
  readonly now = (): number => (this.fixed ?? this.source()) + this.offset;

  /** Fixes the clock at `at` (a Date, ms, or ISO string); it stays there until advanced. */
  set(at: Date | number | string): void {
    this.fixed = typeof at === 'number' ? at : new Date(at).getTime();
    this.offset = 0;
    if (Number.isNaN(this.fixed)) throw new Error(`Clock.set: invalid time ${JSON.stringify(at)}`);
  }

  /** Moves the clock forward by `ms`. */
  advance(ms: number): void {
    if (!(ms >= 0)) throw new Error(`Clock.advance: ${ms} is not a non-negative duration`);
    this.offset += ms;
  }
}
