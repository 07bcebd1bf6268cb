/**
 * The sidebar's server API, typed once for both sides (as enuchi's GASClient does): the server
 * implements `SidebarApi` (sidebar/server.ts, checked by the compiler) and the build turns each
 * function into a top-level Apps Script function; the client (src/sidebar/) calls
 * `run('saveSettings', settings)` typed from the same interface. A renamed function or a changed
 * argument or result fails the typecheck on one side or the other.
 *
 * Only types and plain data here, from the pure core: the client's tsconfig compiles this file
 * without Apps Script's types. Every argument and result obeys google.script.run's rules:
 * primitives, arrays and plain objects; no Date (days travel as `YYYY-MM-DD` text).
 */
import type { DigestSettings, DigestSettingsError, DigestStatus } from '../../core/digest/digestSettings';
import type { KpiId, KpiUnit } from '../../core/kpi/types';
import type { Grain, Language, SegmentDimension, Settings, SettingsCheck } from '../../core/settings/settings';
import type { ProblemRef, SegmentColumn, StageSeen, TableStatus } from '../../core/status/workbookStatus';
import type { TableKind } from '../../core/tables/schema';
import type { TargetField, TargetInput, TargetRowView } from '../../core/targets/targetRows';
import type { RefreshResult } from '../refreshResult';

export type { DigestSettings, DigestStatus, DigestSettingsError } from '../../core/digest/digestSettings';
export type { ProblemRef, Problem, FieldStatus, SegmentColumn, StageSeen, TableStatus } from '../../core/status/workbookStatus';
export type { TargetInput, TargetRowView, TargetField } from '../../core/targets/targetRows';
export type { Grain, Language, SegmentDimension, Settings, SettingsError } from '../../core/settings/settings';
export type { KpiId, KpiUnit } from '../../core/kpi/types';
export type { TableKind } from '../../core/tables/schema';
export type { RefreshResult } from '../refreshResult';

/** Everything the sidebar shows when it opens (one round trip). */
export interface SidebarState {
  /** The settings' language: the sidebar speaks it. */
  language: Language;
  spreadsheet: { name: string; locale: string; timeZone: string; scriptTimeZone: string };
  /** Today in the spreadsheet's zone, YYYY-MM-DD. */
  asOf: string;
  settings: Settings;
  catalog: SidebarCatalog;
  status: DataStatus;
  targets: TargetsView;
  digest: DigestStatus;
  /** Pilote's generated sheets present now, in tab order (empty before the first Generate). */
  dashboardSheets: string[];
}

export interface DataStatus {
  tables: TableStatus[];
  missing: TableKind[];
  unrecognised: { sheet: string; firstRow: string[] }[];
  /** Sheets Sheets would not hand over (a chart sheet, a connected data source). */
  unreadSheets: string[];
  /** Each missing table's sheet name in the spreadsheet's language (what "Set up sheets" would create). */
  setUpNames: Record<TableKind, string>;
}

/** What the settings and objectives editors offer. */
export interface SidebarCatalog {
  kpis: { id: KpiId; label: { en: string; fr: string }; unit: KpiUnit; better: 'higher' | 'lower'; definition: { en: string; fr: string } }[];
  defaultKpis: KpiId[];
  minKpis: number;
  maxKpis: number;
  currencies: string[];
  dimensions: SegmentDimension[];
  /** Full periods that can be shown beside the one in progress, most recent first. */
  periods: Record<Grain, string[]>;
  /** Periods offered for an objective (`2026-03`, `2026-Q1`, `2026`), around today. */
  targetPeriods: string[];
  /** Open stages in the Deals sheet. */
  stages: StageSeen[];
  defaultStageProbability: number;
  /** Segment columns (as headers are written) and their values, for objectives on a segment. */
  segments: SegmentColumn[];
  maxRecipients: number;
}

export interface TargetsView {
  /** The sheet holding the Targets table, or null when there is none yet. */
  sheet: string | null;
  /** The name Pilote gives the sheet it creates (Targets / Objectifs). */
  newSheetName: string;
  rows: TargetRowView[];
}

/** The settings the sidebar sends: any subset; `period` null or '' means "the last full one". */
export type SettingsInput = Partial<Omit<Settings, 'period'>> & { period?: string | null };

/**
 * Changes to the Targets sheet, applied together or not at all. Edits and removals name the row
 * and its `version` as read (TargetRowView): a row that changed in the sheet since is refused,
 * never overwritten. Rows the user wrote by hand are otherwise kept as they are; only the
 * columns Pilote knows are written in an edited row.
 */
export interface TargetChanges {
  /** TargetsView.sheet as read (null: there was no Targets sheet). */
  sheet: string | null;
  add?: TargetInput[];
  edit?: { row: number; version: string; target: TargetInput }[];
  remove?: { row: number; version: string }[];
}

export interface TargetChangeError {
  change: 'add' | 'edit' | 'remove';
  /** Index in its list. */
  index: number;
  field: TargetField;
  message: string;
}

export type SaveTargetsResult =
  | { ok: true; targets: TargetsView; createdSheet: string | null; added: number; edited: number; removed: number }
  | { ok: false; reason: 'invalid'; errors: TargetChangeError[] }
  | { ok: false; reason: 'conflict'; message: string; conflicts: { row: number; message: string }[]; targets: TargetsView };

export type SelectProblemResult = { ok: true; sheet: string; a1: string } | { ok: false; message: string };

export interface SetUpResult {
  sheets: { kind: TableKind; name: string; status: 'created' | 'exists' | 'found' }[];
  /** What the user is told (the toast's text), in the spreadsheet's language. */
  message: string;
}

export type SetDigestResult = { ok: true; status: DigestStatus } | { ok: false; errors: DigestSettingsError[] };

export interface SendDigestResult {
  sentTo: string[];
}

/** The server functions google.script.run calls from the sidebar. */
export interface SidebarApi {
  getSidebarState(): SidebarState;
  saveSettings(settings: SettingsInput): SettingsCheck;
  saveTargets(changes: TargetChanges): SaveTargetsResult;
  selectProblem(ref: ProblemRef): SelectProblemResult;
  /**
   * Also the menu item: Apps Script can't tell a menu click from a google.script.run call, so
   * the sidebar says `'sidebar'` and gets the result, or a failure whose message says what to do;
   * the menu passes nothing and gets an alert.
   */
  refreshDashboard(from: 'sidebar'): RefreshResult;
  setUpSheets(): SetUpResult;
  setDigest(settings: DigestSettings): SetDigestResult;
  sendDigestNow(): SendDigestResult;
}

/** Parameter names for each function's generated top-level wrapper: as many as it takes. */
type ParamNames<F> = F extends (...args: infer A) => unknown ? { [I in keyof A]: string } : never;

export const SIDEBAR_PARAMS: { readonly [K in keyof SidebarApi]: ParamNames<SidebarApi[K]> } = {
  getSidebarState: [],
  saveSettings: ['settings'],
  saveTargets: ['changes'],
  selectProblem: ['ref'],
  refreshDashboard: ['from'],
  setUpSheets: [],
  setDigest: ['settings'],
  sendDigestNow: [],
};

export const SIDEBAR_FUNCTIONS = Object.keys(SIDEBAR_PARAMS) as (keyof SidebarApi)[];
