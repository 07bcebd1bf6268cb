import type { Day } from '../dates/day';
import { formatDay } from '../dates/day';
import type { Table } from '../tables/readTable';
import type { DataIssue } from '../tables/issues';
import type { Alert } from './model';

/** Days without a new lead after which the founder is told (a form or an import may be broken). */
export const NO_LEAD_DAYS = 7;

/** The first rows listed in an alert; the rest are counted. */
const ROWS_SHOWN = 20;

/**
 * What in the data deserves a look before trusting the figures: rows the KPIs left out (per
 * sheet, from the data check), open deals whose close date has passed (the pipeline counts them
 * as still open), and no lead logged for NO_LEAD_DAYS days or more.
 */
export function dataAlerts(issues: readonly DataIssue[], deals: Table<'deals'> | undefined, leads: Table<'leads'> | undefined, asOf: Day, overdueRows: number[] = []): Alert[] {
  const alerts: Alert[] = [];
  const bySheet = new Map<string, DataIssue[]>();
  for (const i of issues) {
    if (i.row <= 1) continue; // header problems are listed in the data status, not as rows left out
    const list = bySheet.get(i.table) ?? [];
    list.push(i);
    bySheet.set(i.table, list);
  }
  for (const [sheet, list] of bySheet) {
    const rows = [...new Set(list.map((i) => i.row))].sort((a, b) => a - b);
    const reasons = [...new Set(list.map((i) => i.message))].slice(0, 3);
    alerts.push({
      kind: 'data', severity: rows.length, causes: [],
      rows: { sheet, rows: rows.slice(0, ROWS_SHOWN), count: rows.length },
      text: {
        en: `${sheet}: ${rows.length} row${rows.length > 1 ? 's' : ''} with a problem (${reasons.join('; ')}). See =PILOTE_CHECK(${sheetRef(sheet)}).`,
        fr: `${sheet} : ${rows.length} ligne${rows.length > 1 ? 's' : ''} avec un problème (${reasons.join(' ; ')}). Voir =PILOTE_CHECK(${sheetRef(sheet)}).`,
      },
    });
  }
  if (deals && overdueRows.length > 0) {
    const n = overdueRows.length;
    alerts.push({
      kind: 'data', severity: n, causes: [], rows: { sheet: deals.name, rows: overdueRows.slice(0, ROWS_SHOWN), count: n },
      text: {
        en: `${n} open deal${n > 1 ? 's' : ''} in ${deals.name} ha${n > 1 ? 've' : 's'} a close date in the past: update ${n > 1 ? 'their' : 'its'} stage or close date (the pipeline counts ${n > 1 ? 'them' : 'it'} as open).`,
        fr: `${n} opportunité${n > 1 ? 's' : ''} ouverte${n > 1 ? 's' : ''} dans ${deals.name} ${n > 1 ? 'ont' : 'a'} une date de clôture passée : mettez à jour l'étape ou la date (le pipeline ${n > 1 ? 'les' : 'la'} compte comme ouverte${n > 1 ? 's' : ''}).`,
      },
    });
  }
  if (leads && leads.columns.created !== undefined) {
    const created = leads.day('created');
    let last: number | undefined;
    for (let i = 0; i < created.length; i++) if (created[i] < asOf && (last === undefined || created[i] > last)) last = created[i];
    if (last !== undefined && asOf - last > NO_LEAD_DAYS) {
      const days = asOf - last - 1;
      alerts.push({
        kind: 'data', severity: days, causes: [],
        text: {
          en: `No lead logged in ${leads.name} for ${days} days (the last one was created on ${formatDay(last)}): check your forms and imports.`,
          fr: `Aucun lead enregistré dans ${leads.name} depuis ${days} jours (le dernier date du ${formatDay(last)}) : vérifiez vos formulaires et imports.`,
        },
      });
    }
  }
  return alerts;
}

/** A sheet name as it appears in a range reference ('My sheet'!A:Z). */
function sheetRef(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) ? `${sheet}!A:Z` : `'${sheet.replace(/'/g, "''")}'!A:Z`;
}
