import * as fs from 'node:fs';
import * as path from 'node:path';
import { RuntimeContext, type AuthModeName, type ExecutionInfo, type RuntimeEvent, type RuntimeOptions } from './context';
import type { CallCounter } from './infra/calls';
import { expose } from './infra/expose';
import * as spreadsheet from './spreadsheet';
import type { WorkbookModel } from './spreadsheet';
import { CacheHost, createCacheService } from './services/cache';
import { Clock } from './services/clock';
import { Executions } from './services/execution';
import { createHtmlService } from './services/html';
import { createLockService, LocksHost } from './services/lock';
import { createConsole, createLogger } from './services/logger';
import { createMailApp, MailHost } from './services/mail';
import { createPropertiesService, PropertiesHost } from './services/properties';
import { createScriptApp, TriggersHost } from './services/script';
import { createSession } from './services/session';
import { createUi, UiHost } from './services/ui';
import { createUtilities } from './services/utilities';

/**
 * The local runtime: an offline, in-memory Apps Script for Pilote's tests and previews.
 * It owns the shared RuntimeContext, the workbook, and the host-side handles a test uses to
 * script and inspect what the add-on did. `loadAddon(runtime)` (loader.ts) runs the bundle
 * against `runtime.globals()`.
 */

/** What LocalRuntime needs from the SpreadsheetApp module (src/local/runtime/spreadsheet). */
export interface SpreadsheetModule {
  WorkbookModel: new (opts?: { timeZone?: string; locale?: string }) => WorkbookModel;
  createSpreadsheetApp(ctx: RuntimeContext, model: WorkbookModel): GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  /** The Charts global (its enums); absent: Charts members throw "not implemented". */
  createCharts?(ctx: RuntimeContext): GoogleAppsScript.Charts.Charts;
}

export interface LocalRuntimeDeps {
  /** Replaces the SpreadsheetApp module (tests stub it; null: none); default: ./spreadsheet. */
  spreadsheetModule?: SpreadsheetModule | null;
}

/**
 * Repository root (where appsscript.json and build/ live): the nearest folder up from this file
 * that holds appsscript.json, whether this runs from src/ (tests) or bundled in dist/ (npm start).
 */
export const REPO_ROOT = findRoot(__dirname);

function findRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'appsscript.json'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(__dirname, '..', '..', '..');
  }
}

interface Manifest {
  timeZone?: string;
  oauthScopes?: string[];
}

function readManifest(): Manifest {
  try {
    return JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'appsscript.json'), 'utf8')) as Manifest;
  } catch {
    return {};
  }
}

export function defaultOptions(): RuntimeOptions {
  const manifest = readManifest();
  return {
    timeZone: 'Europe/Paris',
    locale: 'fr_FR',
    scriptTimeZone: manifest.timeZone ?? 'Europe/Paris',
    userEmail: 'founder@example.com',
    userLocale: 'fr',
    now: Date.now,
    mailQuota: 100,
    scopes: manifest.oauthScopes ?? [],
    htmlRoot: path.join(REPO_ROOT, 'build'),
  };
}

/** The Apps Script globals the add-on sees, and nothing else. */
export interface AppsScriptGlobals {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  CacheService: GoogleAppsScript.Cache.CacheService;
  LockService: GoogleAppsScript.Lock.LockService;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  MailApp: GoogleAppsScript.Mail.MailApp;
  Session: GoogleAppsScript.Base.Session;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  Logger: GoogleAppsScript.Base.Logger;
  console: Pick<Console, 'log' | 'info' | 'warn' | 'error' | 'time' | 'timeEnd'>;
  Charts: GoogleAppsScript.Charts.Charts;
}

export class LocalRuntime {
  readonly ctx: RuntimeContext;
  readonly options: RuntimeOptions;
  readonly clock: Clock;
  readonly executions = new Executions();
  readonly ui = new UiHost();
  readonly mail: MailHost;
  readonly triggers = new TriggersHost();
  readonly locks: LocksHost;
  readonly properties = new PropertiesHost();
  readonly cache = new CacheHost();
  private readonly model: WorkbookModel | undefined;
  private readonly spreadsheetModule: SpreadsheetModule | null;
  private cachedGlobals: AppsScriptGlobals | undefined;

  constructor(partialOptions: Partial<RuntimeOptions> = {}, workbook?: WorkbookModel, deps: LocalRuntimeDeps = {}) {
    const base = { ...defaultOptions(), ...partialOptions };
    this.clock = new Clock(base.now);
    this.options = { ...base, now: this.clock.now };
    this.ctx = new RuntimeContext(this.options);
    this.mail = new MailHost(this.options.mailQuota);
    this.locks = new LocksHost(this.clock, this.executions);
    this.spreadsheetModule = deps.spreadsheetModule === undefined ? spreadsheet : deps.spreadsheetModule;
    this.model = workbook ?? (this.spreadsheetModule ? new this.spreadsheetModule.WorkbookModel({ timeZone: this.options.timeZone, locale: this.options.locale }) : undefined);
    const id = (this.model as { id?: unknown } | undefined)?.id;
    if (typeof id === 'string') this.triggers.documentId = id;
    const ui = createUi(this.ctx, this.ui);
    this.ctx.getUi = () => ui;
  }

  /** Every call the add-on made into a service, per method. */
  get calls(): CallCounter {
    return this.ctx.calls;
  }

  /** What the add-on showed or did outside the sheet, in order. */
  get events(): RuntimeEvent[] {
    return this.ctx.events;
  }

  /** Events of one type ('log', 'alert', 'sidebar', 'mail', 'trigger', 'menu', …). */
  eventsOf(type: string): RuntimeEvent[] {
    return this.ctx.events.filter((e) => e.type === type);
  }

  /** The spreadsheet the add-on runs in. */
  get workbook(): WorkbookModel {
    if (!this.model) throw new Error('This LocalRuntime has no workbook: the SpreadsheetApp module (src/local/runtime/spreadsheet) is not available');
    return this.model;
  }

  /** Exactly the Apps Script globals, made once per runtime. */
  globals(): AppsScriptGlobals {
    if (this.cachedGlobals) return this.cachedGlobals;
    const ctx = this.ctx;
    const sm = this.spreadsheetModule;
    const SpreadsheetApp = sm && this.model ? sm.createSpreadsheetApp(ctx, this.model) : expose(ctx.calls, 'SpreadsheetApp', {} as GoogleAppsScript.Spreadsheet.SpreadsheetApp);
    const Charts = sm?.createCharts ? sm.createCharts(ctx) : expose(ctx.calls, 'Charts', {} as GoogleAppsScript.Charts.Charts);
    this.cachedGlobals = {
      SpreadsheetApp,
      HtmlService: createHtmlService(ctx),
      PropertiesService: createPropertiesService(ctx, this.properties),
      CacheService: createCacheService(ctx, this.cache),
      LockService: createLockService(ctx, this.locks),
      ScriptApp: createScriptApp(ctx, this.triggers),
      MailApp: createMailApp(ctx, this.mail),
      Session: createSession(ctx),
      Utilities: createUtilities(ctx, this.clock),
      Logger: createLogger(ctx),
      console: createConsole(ctx),
      Charts,
    };
    return this.cachedGlobals;
  }

  /**
   * Runs `fn` as one Apps Script execution: a fresh execution id (locks), `authMode` and the
   * execution's kind/UI/users set and restored, locks the execution still holds released at its
   * end. `execution` overrides parts of what `authMode` implies (see RuntimeContext.defaultExecution).
   */
  execute<T>(authMode: AuthModeName, fn: () => T, execution: Partial<ExecutionInfo> = {}): T {
    const previous = this.ctx.authMode;
    const previousExecution = this.ctx.execution;
    const id = this.executions.begin();
    this.ctx.authMode = authMode;
    this.ctx.execution = { ...this.ctx.defaultExecution(authMode), ...execution };
    try {
      return fn();
    } finally {
      this.ctx.authMode = previous;
      this.ctx.execution = previousExecution;
      this.executions.end(id);
    }
  }
}
