import { buildDashboardSheets } from '../core/dashboard/dashboardSheets';
import type { DashboardOutput, RefreshSummary } from '../core/dashboard/dashboardSheets';
import type { RefreshResult } from './refreshResult';
import { withDocumentLock } from './documentLock';
import { detailOf } from './errors';
import { formatDay } from '../core/dates/day';
import type { Language, Settings } from '../core/settings/settings';
import { loadSettings } from './settingsStore';
import { applyLayout, findGeneratedSheets, layoutGeneratedSheets } from './sheets/generatedSheets';
import { readWorkbook } from './sheets/readWorkbook';
import { writeSheetPlan } from './sheets/writeSheetPlan';
import { spreadsheetDayOf } from './spreadsheetDays';

/**
 * Who asked for the refresh, which decides what it may show:
 * - 'menu': the user clicked it; toasts, and the entry point turns errors into an alert;
 * - 'sidebar': toasts; errors are thrown (google.script.run hands the message to the failure handler);
 * - 'trigger': a time-driven trigger (the monthly digest) has no UI: no toast, no getUi(), errors thrown.
 */
export type RefreshOrigin = 'menu' | 'sidebar' | 'trigger';

export interface RefreshOptions {
  origin: RefreshOrigin;
  /** How long to wait for a refresh already running, in ms (default 30 s). */
  lockWaitMs?: number;
}

export type { RefreshResult } from './refreshResult';

export const LOCK_WAIT_MS = 30_000;

const TEXT = {
  en: {
    read: (detail: string) => `Pilote could not read this workbook (${detail}). Refresh again in a moment. Your sheets were not changed.`,
    busy: 'The dashboard is being refreshed right now (by another editor or the monthly digest). Wait a minute, then refresh again.',
    compute: (detail: string) => `Pilote could not compute the dashboard from this workbook (${detail}). Check that each table starts with its header row in row 1 (the sample data shows the headers Pilote reads), then refresh again. Your sheets were not changed.`,
    write: (detail: string) => `Pilote could not finish writing the dashboard (${detail}). Refresh again: Pilote only rewrites its own sheets, yours were not changed.`,
    done: (sheets: number) => `Dashboard refreshed: ${sheets} sheets.`,
    objectives: (o: RefreshSummary['objectives']) => ` Objectives: ${o.met} met, ${o.missed} missed, ${o.atRisk} at risk.`,
    renamed: (wanted: string, name: string) => ` You already have a sheet named “${wanted}”: Pilote's is “${name}”.`,
  },
  fr: {
    read: (detail: string) => `Pilote n’a pas pu lire ce classeur (${detail}). Actualisez à nouveau dans un instant. Vos onglets n’ont pas été modifiés.`,
    busy: 'Le tableau de bord est en cours d’actualisation (par un autre éditeur ou par le résumé mensuel). Patientez une minute, puis actualisez à nouveau.',
    compute: (detail: string) => `Pilote n’a pas pu calculer le tableau de bord à partir de ce classeur (${detail}). Vérifiez que chaque table commence par sa ligne d’en-têtes en ligne 1 (les données d’exemple montrent les en-têtes que Pilote lit), puis actualisez à nouveau. Vos onglets n’ont pas été modifiés.`,
    write: (detail: string) => `Pilote n’a pas pu finir d’écrire le tableau de bord (${detail}). Actualisez à nouveau : Pilote ne réécrit que ses propres onglets, les vôtres n’ont pas été modifiés.`,
    done: (sheets: number) => `Tableau de bord actualisé : ${sheets} onglets.`,
    objectives: (o: RefreshSummary['objectives']) => ` Objectifs : ${o.met} atteint(s), ${o.missed} manqué(s), ${o.atRisk} en danger.`,
    renamed: (wanted: string, name: string) => ` Vous avez déjà un onglet « ${wanted} » : celui de Pilote s’appelle « ${name} ».`,
  },
} as const;

/** An error whose message is written for the user (what happened, what to do). */
export class RefreshError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RefreshError';
  }
}

/**
 * Generates the dashboard sheets, or replaces them. Two refreshes never interleave: the document
 * lock is taken first; a second refresh waits up to 30 s, then throws a message saying the
 * dashboard is being refreshed. Never calls getUi(), so a time-driven trigger can run it; the
 * sidebar and the digest call this, the menu calls refreshDashboard(). Throws only Errors whose
 * message is for the user.
 *
 * Order: settings → lock → tagged sheets → read user sheets once → core (pure; a failure here
 * changes nothing) → delete and rewrite Pilote's sheets → toast.
 */
export function refresh(options: RefreshOptions): RefreshResult {
  const started = Date.now();
  let text: Text = TEXT.en;
  try {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const locale = ss.getSpreadsheetLocale();
    const settings = loadSettings(locale);
    text = TEXT[settings.language] ?? TEXT.en;
    return refreshLocked(ss, locale, settings, text, options, started);
  } catch (e) {
    if (e instanceof RefreshError) throw e;
    console.error(e);
    throw new RefreshError(text.read(detailOf(e)));
  }
}

type Text = (typeof TEXT)[Language];

function refreshLocked(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, locale: string, settings: Settings, text: Text, options: RefreshOptions, started: number): RefreshResult {
  const result = withDocumentLock((): RefreshResult => {
    const waitedMillis = Date.now() - started;
    const generated = findGeneratedSheets(ss);
    const book = readWorkbook(ss, generated, locale);
    const dayOf = spreadsheetDayOf(book.timeZone);
    const asOf = dayOf(new Date());

    let output: DashboardOutput;
    try {
      output = buildDashboardSheets({ sheets: book.sheets, settings, asOf, dayOf, locale: book.locale, workbookName: book.name });
      const keys = output.plans.map((p) => p.key);
      if (new Set(keys).size !== keys.length) throw new Error(`two sheets planned with the same key (${keys.join(', ')})`);
    } catch (e) {
      console.error(e);
      throw new RefreshError(text.compute(detailOf(e)));
    }

    const layout = layoutGeneratedSheets(book.tabs, output.plans);
    const planOf = new Map(output.plans.map((p) => [p.key, p]));
    let written: GoogleAppsScript.Spreadsheet.Sheet[];
    try {
      written = applyLayout(ss, layout, generated, (sheet, placement) => writeSheetPlan(sheet, planOf.get(placement.key)!));
      if (written.length && options.origin !== 'trigger') written[0].activate();
    } catch (e) {
      console.error(e);
      throw new RefreshError(text.write(detailOf(e)));
    }

    const renamed = layout.placements.filter((p) => p.name !== p.wanted).map((p) => ({ key: p.key, wanted: p.wanted, name: p.name }));
    const { objectives, alerts, tables, headline } = output.summary;
    if (options.origin !== 'trigger') {
      const hasObjectives = objectives.met + objectives.missed + objectives.atRisk + objectives.onTrack > 0;
      const message = text.done(written.length) + (hasObjectives ? text.objectives(objectives) : '') + renamed.map((r) => text.renamed(r.wanted, r.name)).join('');
      ss.toast(message, 'Pilote', renamed.length ? 15 : 5);
    }
    return {
      sheets: layout.placements.map((p) => ({ key: p.key, name: p.name })),
      renamed,
      objectives: { ...objectives },
      alerts: alerts.slice(),
      headline: headline.slice(),
      tables: tables.slice(),
      unreadSheets: book.unread,
      asOf: formatDay(asOf),
      millis: Date.now() - started,
      waitedMillis,
    };
  }, options.lockWaitMs ?? LOCK_WAIT_MS);
  if (result === undefined) throw new RefreshError(text.busy);
  return result;
}

/** What the menu item returns: the refresh's summary, or the message the user was shown. */
export type MenuRefreshOutcome = ({ ok: true } & RefreshResult) | { ok: false; message: string };

/** Menu item "Refresh dashboard": runs refresh() and shows any failure in an alert. */
export function refreshDashboard(): MenuRefreshOutcome {
  try {
    return { ok: true, ...refresh({ origin: 'menu' }) };
  } catch (e) {
    const message = (e as Error).message;
    const ui = SpreadsheetApp.getUi();
    ui.alert('Pilote', message, ui.ButtonSet.OK);
    return { ok: false, message };
  }
}

/**
 * The sidebar's Generate button: refresh() with origin 'sidebar'. Its result goes to the success
 * handler as it is (JSON-safe); a failure is a RefreshError whose message says what to do, which
 * google.script.run hands to the failure handler. No alert: the sidebar shows the message itself.
 */
export function refreshFromSidebar(): RefreshResult {
  return refresh({ origin: 'sidebar' });
}

/**
 * The top-level `refreshDashboard(from)`, for both callers: Apps Script can't tell a menu click
 * from a google.script.run call, so the sidebar passes 'sidebar'; anything else (a menu click
 * passes nothing) is the menu, which shows failures in an alert.
 */
export function refreshDashboardEntry(from?: unknown): MenuRefreshOutcome | RefreshResult {
  return from === 'sidebar' ? refreshFromSidebar() : refreshDashboard();
}
