import { showCell } from '../cells/cell';
import type { Grid } from '../cells/cell';
import { normalizeKey } from '../cells/text';
import { recognise } from '../formulas/checkFormula';
import { KpiError } from '../kpi/types';
import { TABLES, TABLE_KINDS, TableKind } from '../tables/schema';
import type { TableUse } from './model';

/**
 * Which sheet holds which table, by headers, whatever the sheets are called. When two sheets look
 * like the same table, an override from the settings wins, then the one named like the table
 * (Deals, Opportunités…), then the first in tab order; the others are listed.
 * TODO(lead): delegate to core/tables/chooseTables once issue 9 lands it.
 */
export function chooseWorkbookTables(sheets: { name: string; grid: Grid }[], overrides: Partial<Record<string, string>> = {}): { uses: TableUse[]; unrecognised: { sheet: string; firstRow: string[] }[] } {
  const candidates = new Map<TableKind, string[]>();
  const unrecognised: { sheet: string; firstRow: string[] }[] = [];
  for (const s of sheets) {
    let kind: TableKind;
    try {
      kind = recognise(s.grid);
    } catch (e) {
      if (!(e instanceof KpiError)) throw e;
      unrecognised.push({ sheet: s.name, firstRow: (s.grid[0] ?? []).map((c) => showCell(c)).filter((c) => c !== '') });
      continue;
    }
    candidates.set(kind, [...(candidates.get(kind) ?? []), s.name]);
  }
  const uses: TableUse[] = [];
  for (const kind of TABLE_KINDS) {
    const names = candidates.get(kind);
    if (!names) continue;
    const labels = [TABLES[kind].label.en, TABLES[kind].label.fr].map(normalizeKey);
    const override = overrides[kind] !== undefined ? names.find((n) => n === overrides[kind]) : undefined;
    const named = names.find((n) => labels.includes(normalizeKey(n)));
    const sheet = override ?? named ?? names[0];
    const reason: TableUse['reason'] = names.length === 1 ? 'only' : override ? 'override' : named ? 'named' : 'first';
    uses.push({ kind, sheet, reason, others: names.filter((n) => n !== sheet), rows: 0 });
  }
  return { uses, unrecognised };
}
