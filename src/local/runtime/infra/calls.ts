/**
 * Counts every call the add-on makes into a runtime service, per method
 * ("SpreadsheetApp.Range.getValues"). In real Apps Script each of these is a round trip,
 * so this count, not wall time, is what predicts a feature's speed there.
 */
export class CallCounter {
  private readonly counts = new Map<string, number>();

  record(method: string): void {
    this.counts.set(method, (this.counts.get(method) ?? 0) + 1);
  }

  /** Calls of one method, e.g. `get('SpreadsheetApp.Range.setValues')`. */
  get(method: string): number {
    return this.counts.get(method) ?? 0;
  }

  /** All calls, or those whose method name starts with `prefix` (e.g. 'SpreadsheetApp.'). */
  total(prefix = ''): number {
    let sum = 0;
    for (const [method, n] of this.counts) if (method.startsWith(prefix)) sum += n;
    return sum;
  }

  /** A copy of the counts, sorted by method name. */
  snapshot(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const key of [...this.counts.keys()].sort()) out[key] = this.counts.get(key)!;
    return out;
  }

  reset(): void {
    this.counts.clear();
  }
}
