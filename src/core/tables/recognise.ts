import { showCell, type Cell } from '../cells/cell';
import { matchHeaders } from './readTable';
import { TABLES, TABLE_KINDS, TableKind } from './schema';

/**
 * The kind a header row is, or undefined: among the kinds whose identifying fields all match,
 * the one recognising the most headers (ties: the kinds' order).
 */
export function kindOfHeaders(headerRow: readonly Cell[]): { kind: TableKind; columns: number } | undefined {
  const headers = headerRow.map((h) => showCell(h).trim());
  let best: { kind: TableKind; columns: number } | undefined;
  for (const kind of TABLE_KINDS) {
    const { columns } = matchHeaders(TABLES[kind].fields, headers);
    if (!TABLES[kind].identifying.every((f) => columns[f] !== undefined)) continue;
    const n = Object.keys(columns).length;
    if (!best || n > best.columns) best = { kind, columns: n };
  }
  return best;
}

/** What each kind needs to be recognised, for messages: `Deals: Stage (Stage, Étape, Statut, Status)`. */
export function expectedHeaders(kind: TableKind): string {
  const spec = TABLES[kind];
  return `${spec.label.en}: ${spec.identifying.map((key) => {
    const f = spec.fields.find((x) => x.key === key)!;
    return `${f.label.en} (${f.aliases.join(', ')})`;
  }).join(' and ')}`;
}
