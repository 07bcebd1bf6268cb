import { WON } from '../tables/vocabulary';
import type { Table } from '../tables/readTable';
import type { KpiInput, KpiQuery, Rows } from './types';

/**
 * Won deals closed in the period: how many have a readable amount, and the sum of those
 * amounts. A Won deal without a readable close date can't be placed in time, one without an
 * amount can't be summed: both are left out and counted in `excluded`.
 */
export function wonInPeriod(input: KpiInput, q: KpiQuery): { count: number; revenue: number } {
  const { rows, undated, table } = input.during('deals', 'closed', ['stage', 'amount'], q.period);
  const stage = table.code('stage'), amount = table.number('amount');
  const use = input.using('deals');
  let count = 0, revenue = 0;
  leaveOutUndatedWins(input, table, undated);
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k];
    if (stage[i] !== WON) continue;
    const a = amount[i];
    if (a !== a) { input.leaveOut('deals', i, 'amount'); continue; }
    use(i);
    count++;
    revenue += a;
  }
  return { count, revenue };
}

/**
 * Won deals without a readable close date can't be placed in a period: they may belong to this
 * one. `undated` and `deals` as `during` gave them (stage parsed in those rows).
 */
export function leaveOutUndatedWins(input: KpiInput, deals: Table<'deals'>, undated: Rows): void {
  if (undated.length === 0) return;
  const stage = deals.code('stage');
  for (let k = 0; k < undated.length; k++) if (stage[undated[k]] === WON) input.leaveOut('deals', undated[k], 'closed');
}
