/**
 * A sparse 2-D store of primitives, 0-based, as row arrays (no per-cell objects), so a
 * 100k-row read is a loop over plain arrays. Rows and cells that were never set are holes.
 */
export class Grid<T> {
  rows: (Array<T | undefined> | undefined)[] = [];

  get(r: number, c: number): T | undefined {
    const row = this.rows[r];
    return row === undefined ? undefined : row[c];
  }

  set(r: number, c: number, v: T | undefined): void {
    let row = this.rows[r];
    if (row === undefined) {
      if (v === undefined) return;
      row = this.rows[r] = [];
    }
    row[c] = v;
  }

  /** Clears a rectangle (0-based, end exclusive). */
  clear(r0: number, c0: number, r1: number, c1: number): void {
    const rEnd = Math.min(r1, this.rows.length);
    for (let r = r0; r < rEnd; r++) {
      const row = this.rows[r];
      if (!row) continue;
      const cEnd = Math.min(c1, row.length);
      for (let c = c0; c < cEnd; c++) row[c] = undefined;
    }
  }

  insertRows(at: number, n: number): void {
    if (at >= this.rows.length) return;
    // No spread of n holes into splice's arguments: a large n would overflow the call stack.
    this.rows = this.rows.slice(0, at).concat(new Array<undefined>(n), this.rows.slice(at));
  }

  deleteRows(at: number, n: number): void {
    this.rows.splice(at, n);
  }

  insertColumns(at: number, n: number): void {
    for (let r = 0; r < this.rows.length; r++) {
      const row = this.rows[r];
      if (row && at < row.length) this.rows[r] = row.slice(0, at).concat(new Array<undefined>(n), row.slice(at));
    }
  }

  deleteColumns(at: number, n: number): void {
    for (const row of this.rows) if (row) row.splice(at, n);
  }

  /** Index of the last row holding a value, or -1. */
  lastRow(): number {
    for (let r = this.rows.length - 1; r >= 0; r--) {
      const row = this.rows[r];
      if (row && row.some((v) => v !== undefined)) return r;
    }
    return -1;
  }

  /** Index of the last column holding a value in any row, or -1. */
  lastColumn(): number {
    let last = -1;
    for (const row of this.rows) {
      if (!row) continue;
      for (let c = row.length - 1; c > last; c--) if (row[c] !== undefined) { last = c; break; }
    }
    return last;
  }

  /** Every set cell, row-major: [r, c, value]. */
  *entries(): Generator<[number, number, T]> {
    for (let r = 0; r < this.rows.length; r++) {
      const row = this.rows[r];
      if (!row) continue;
      for (let c = 0; c < row.length; c++) if (row[c] !== undefined) yield [r, c, row[c] as T];
    }
  }

  clone(): Grid<T> {
    const g = new Grid<T>();
    g.rows = this.rows.map((row) => (row ? row.slice() : undefined));
    return g;
  }
}
