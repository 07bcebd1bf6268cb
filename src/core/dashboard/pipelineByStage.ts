import { showCell } from '../cells/cell';
import { normalizeKey } from '../cells/text';
import type { Day } from '../dates/day';
import type { Table } from '../tables/readTable';
import { OPEN } from '../tables/vocabulary';
import { DEFAULT_STAGE_PROBABILITY } from '../settings/settings';
import type { PipelineStage } from './model';

/**
 * Today's open deals by stage (as written in the Deals sheet, matched case- and
 * accent-insensitively), each with its total and its amount weighted by the stage's probability
 * of being won (the settings' table; DEFAULT_STAGE_PROBABILITY for a stage not in it). Stages
 * come in increasing probability, as a pipeline reads. Open deals without a readable amount are
 * left out (the data check lists them); `overdue` counts open deals whose close date has passed.
 */
export function pipelineByStage(deals: Table<'deals'>, probabilities: Record<string, number>, asOf: Day): { stages: PipelineStage[]; total: number; weighted: number; overdue: number; overdueRows: number[] } {
  const stage = deals.code('stage'), closed = deals.day('closed'), amount = deals.number('amount');
  const stageCol = deals.columns.stage!;
  const known = new Map<string, number>();
  for (const [stage, p] of Object.entries(probabilities)) known.set(normalizeKey(stage), p);
  const byKey = new Map<string, PipelineStage>();
  let overdue = 0;
  const overdueRows: number[] = [];
  for (let i = 0; i < deals.size; i++) {
    if (stage[i] !== OPEN) continue;
    if (closed[i] < asOf) { overdue++; overdueRows.push(deals.rowNumbers[i]); }
    if (amount[i] !== amount[i]) continue;
    const text = showCell(deals.cell(i, stageCol)).trim();
    const key = normalizeKey(text);
    let s = byKey.get(key);
    if (!s) {
      const p = known.get(key);
      s = { stage: text, deals: 0, amount: 0, probability: p ?? DEFAULT_STAGE_PROBABILITY, weighted: 0, probabilitySource: p === undefined ? 'default' : 'settings' };
      byKey.set(key, s);
    }
    s.deals++;
    s.amount += amount[i];
  }
  const stages = [...byKey.values()].sort((a, b) => a.probability - b.probability || a.stage.localeCompare(b.stage));
  let total = 0, weighted = 0;
  for (const s of stages) {
    s.weighted = s.amount * s.probability;
    total += s.amount;
    weighted += s.weighted;
  }
  return { stages, total, weighted, overdue, overdueRows };
}
