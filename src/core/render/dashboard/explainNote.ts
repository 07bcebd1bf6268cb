import { colon as colonOf, formatKpiValue, groupDigits, Language } from '../../format/formatValue';
import type { KpiCell } from '../../dashboard/model';
import type { NamedPeriod } from '../../dates/period';
import type { KpiDefinition, KpiValue } from '../../kpi/types';
import type { TableKind } from '../../tables/schema';
import { periodLabel } from './formats';

/** Sheet row numbers listed in a note; the rest are counted. */
export const ROWS_LISTED = 20;

/**
 * The note on a headline value: what the KPI is (its definition from the registry), what it is
 * made of (numerator and denominator), which rows are behind it (sheet row numbers, the first 20,
 * then a count), which were left out and why, and the objective's row.
 */
export function explainNote(kpi: KpiDefinition, period: NamedPeriod | undefined, cell: KpiCell, o: { language: Language; currency: string; sheetOf: (kind: TableKind) => string; objective?: { value: number; sheet: string; row: number } }): string {
  const fr = o.language === 'fr';
  const colon = colonOf(o.language);
  const lines = [`${kpi.label[o.language]}${period ? ` — ${periodLabel(period, o.language)}` : ''}`, kpi.definition[o.language]];
  if (!cell.ok) {
    lines.push(`${fr ? 'Pas de valeur' : 'No value'}${colon} ${cell.error}`);
  } else {
    const r = cell.result;
    lines.push(`${fr ? 'Valeur' : 'Value'}${colon} ${formatKpiValue(r.value, kpi.unit, o)}${madeOf(kpi, r, o.language, o.currency)}`);
    const trace = r.trace;
    if (trace) {
      for (const [kind, rows] of Object.entries(trace.used) as [TableKind, number[]][]) {
        lines.push(`${fr ? 'Lignes prises en compte' : 'Rows behind it'} (${o.sheetOf(kind)})${colon} ${rows.length}${rows.length ? ` — ${listRows(rows, o.language)}` : ''}`);
      }
      const byWhy = new Map<string, { kind: TableKind; rows: number[] }>();
      for (const x of trace.leftOut) {
        const key = `${x.kind}|${x.why}`;
        const g = byWhy.get(key) ?? { kind: x.kind, rows: [] };
        g.rows.push(x.row);
        byWhy.set(key, g);
      }
      if (byWhy.size === 0) lines.push(fr ? 'Aucune ligne écartée.' : 'No row left out.');
      for (const [key, g] of byWhy) {
        const why = key.slice(key.indexOf('|') + 1);
        lines.push(`${fr ? 'Écartées' : 'Left out'} (${o.sheetOf(g.kind)}, ${why})${colon} ${g.rows.length} — ${listRows(g.rows, o.language)}`);
      }
    } else if (r.excluded > 0) {
      lines.push(`${fr ? 'Lignes écartées' : 'Rows left out'}${colon} ${r.excluded} (=PILOTE_CHECK ${fr ? 'les liste' : 'lists them'})`);
    }
  }
  if (o.objective) lines.push(`${fr ? 'Objectif' : 'Objective'}${colon} ${formatKpiValue(o.objective.value, kpi.unit, o)} (${o.objective.sheet}, ${fr ? 'ligne' : 'row'} ${o.objective.row})`);
  return lines.join('\n');
}

/** "rows 2, 5, 9 … and 14 more". */
export function listRows(rows: readonly number[], language: Language): string {
  const sorted = rows.slice().sort((a, b) => a - b);
  const shown = sorted.slice(0, ROWS_LISTED).join(', ');
  const more = sorted.length - ROWS_LISTED;
  const word = language === 'fr' ? (sorted.length > 1 ? 'lignes' : 'ligne') : sorted.length > 1 ? 'rows' : 'row';
  return `${word} ${shown}${more > 0 ? (language === 'fr' ? ` … et ${more} de plus` : ` … and ${more} more`) : ''}`;
}

/** " = 21 490 € ÷ 5" for ratios and means; nothing for counts and sums. */
function madeOf(kpi: KpiDefinition, r: KpiValue, language: Language, currency: string): string {
  if (r.denominator === undefined || kpi.unit === 'count' || kpi.id === 'REVENUE' || kpi.id === 'PIPELINE') return '';
  const fr = language === 'fr';
  const num = kpi.unit === 'currency' ? formatKpiValue(r.numerator, 'currency', { language, currency }) : groupDigits(r.numerator, r.numerator % 1 ? 1 : 0, fr);
  const den = groupDigits(r.denominator, r.denominator % 1 ? 2 : 0, fr);
  const scale = kpi.id === 'NPS' ? '100 × ' : '';
  return ` = ${scale}${num} ÷ ${den}`;
}
