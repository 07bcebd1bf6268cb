import { CallCounter } from './infra/calls';

/**
 * The state of one local runtime shared by every fake service: options, the call counter,
 * the execution in progress (its auth mode), and hooks between services.
 * Service modules receive it from `LocalRuntime`; the add-on never sees it.
 */
export type AuthModeName = 'NONE' | 'LIMITED' | 'CUSTOM_FUNCTION' | 'FULL';

export interface RuntimeOptions {
  /** Spreadsheet time zone (Spreadsheet.getSpreadsheetTimeZone). */
  timeZone: string;
  /** Spreadsheet locale (Spreadsheet.getSpreadsheetLocale), e.g. 'fr_FR', 'en_US'. */
  locale: string;
  /** Script time zone from appsscript.json (Session.getScriptTimeZone). */
  scriptTimeZone: string;
  /** Session.getActiveUser().getEmail() and the spreadsheet's owner. */
  userEmail: string;
  /**
   * The user belongs to the add-on developer's Google Workspace domain: Session then reveals
   * their address even where they have not authorised the script (simple triggers, custom
   * functions), as the Session reference says. Default false (a consumer account).
   */
  sameDomainAsDeveloper?: boolean;
  /** Session.getActiveUserLocale(), e.g. 'fr'. */
  userLocale: string;
  /** The clock, in ms since the epoch (tests fix it). */
  now: () => number;
  /** MailApp.getRemainingDailyQuota() at start. */
  mailQuota: number;
  /** oauthScopes of the manifest; a service whose scope is missing throws as in Google. */
  scopes: string[];
  /** Folder where HtmlService.createHtmlOutputFromFile/createTemplateFromFile find `name.html`. */
  htmlRoot: string;
}

/**
 * What kind of execution is running, and who it runs for. The loader sets it for each call;
 * between executions (a test calling services directly) it is an editor run by the user.
 * - `hasUi`: a user is looking at the document. A time-driven trigger and a custom function
 *   have none, so SpreadsheetApp.getUi() throws there.
 * - `activeUserEmail` / `effectiveUserEmail`: what Session.getActiveUser() / getEffectiveUser()
 *   report (developers.google.com/apps-script/reference/base/session#getActiveUser()): blank
 *   wherever the script runs without that user's authorisation.
 */
export type ExecutionKind = 'editor' | 'customFunction' | 'simpleTrigger' | 'menu' | 'scriptRun' | 'clockTrigger' | 'spreadsheetTrigger';

export interface ExecutionInfo {
  kind: ExecutionKind;
  hasUi: boolean;
  activeUserEmail: string;
  effectiveUserEmail: string;
}

export interface RuntimeEvent {
  /** 'toast' | 'alert' | 'sidebar' | 'dialog' | 'log' | 'mail' | 'trigger' … */
  type: string;
  [key: string]: unknown;
}

export class RuntimeContext {
  readonly calls = new CallCounter();
  /** What the add-on showed or did outside the sheet, in order (toasts, alerts, logs…). */
  readonly events: RuntimeEvent[] = [];
  /** Auth mode of the execution in progress; the loader sets it for each call. */
  authMode: AuthModeName = 'FULL';
  /** Kind, UI and users of the execution in progress (see ExecutionInfo). */
  execution: ExecutionInfo;
  /** The Ui of the document (set by LocalRuntime; SpreadsheetApp.getUi returns it). */
  getUi: () => GoogleAppsScript.Base.Ui = () => {
    throw new Error('No Ui attached to this runtime');
  };

  /** Error constructor of the add-on's realm (the loader sets the vm context's own). */
  ErrorCtor: ErrorConstructor = Error;

  /**
   * Date constructor of the add-on's realm (the loader sets the vm context's own), so the Dates
   * SpreadsheetApp returns (date cells in getValues) are real Dates inside the add-on.
   */
  DateCtor: DateConstructor = Date;

  constructor(readonly options: RuntimeOptions) {
    this.execution = this.defaultExecution('FULL');
  }

  /**
   * The execution a plain `runtime.execute(mode, fn)` describes: an editor-like run by the user,
   * with a UI except in custom functions; the user's address visible only where the mode means
   * they have authorised the add-on (FULL), or always for a user of the developer's domain.
   */
  defaultExecution(authMode: AuthModeName): ExecutionInfo {
    const kind: ExecutionKind = authMode === 'CUSTOM_FUNCTION' ? 'customFunction' : authMode === 'FULL' ? 'editor' : 'simpleTrigger';
    const visible = authMode === 'FULL' || this.options.sameDomainAsDeveloper === true ? this.options.userEmail : '';
    return { kind, hasUi: authMode !== 'CUSTOM_FUNCTION', activeUserEmail: visible, effectiveUserEmail: visible };
  }

  /**
   * An error as Apps Script throws it: `name` 'Exception', the bare message (Google's wording),
   * made in the add-on's realm so the bundle's `instanceof Error` holds. Every service throws
   * through this, never a host Error.
   */
  error(message: string): Error {
    const e = new this.ErrorCtor(message);
    e.name = 'Exception';
    return e;
  }

  /** Throws Google's message when the manifest lacks `scope` for `method`. */
  requireScope(method: string, ...anyOf: string[]): void {
    const have = new Set(this.options.scopes);
    if (anyOf.some((s) => have.has(s))) return;
    throw this.error(`You do not have permission to call ${method}. Required permissions: ${anyOf.join(' || ')}`);
  }

  /**
   * Throws when the execution's auth mode forbids `method`: in NONE (add-on not yet used in this
   * document) only the menu may be built; custom functions may not call services that need
   * authorisation. `allowed` lists the modes that may call it.
   */
  requireAuthMode(method: string, allowed: readonly AuthModeName[]): void {
    if (allowed.includes(this.authMode)) return;
    if (this.authMode === 'CUSTOM_FUNCTION') throw this.error(`You do not have permission to call ${method}`);
    throw this.error(`You do not have permission to call ${method} in AuthMode.${this.authMode}`);
  }
}
