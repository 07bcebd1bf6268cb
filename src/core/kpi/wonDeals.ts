import { WON } from '../tables/vocabulary';
import type { Table } from '../tables/readTable';
import type { KpiInput, KpiQuery, Rows } from './types';

/**
 * Won deals closed in the period: how many have a readable amount, and the sum of those
 * amounts. A Won deal without a readable close date can't be placed in time, one without an
 * amount can't be summed: both are left out and counted in `excluded`. `extra` fields are read
 * too (in the period's rows) for `only`, which, given the deals table, may narrow the Won deals
 * counted (those it rejects are neither used nor left out).
 */
export function wonInPeriod(
  input: KpiInput,
  q: KpiQuery,
  extra: readonly string[] = [],
  only?: (deals: Table<'deals'>) => (row: number) => boolean,
): { count: number; revenue: number } {
  const { rows, undated, table } = input.during('deals', 'closed', ['stage', 'amount', ...extra], q.period);
  const stage = table.code('stage'), amount = table.number('amount');
  const keep = only?.(table);
  const use = input.using('deals');
  let count = 0, revenue = 0;
  leaveOutUndatedWins(input, table, undated);
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k];
    if (stage[i] !== WON) continue;
    if (keep && !keep(i)) continue;
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
