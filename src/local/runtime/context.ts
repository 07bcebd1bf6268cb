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

  constructor(readonly options: RuntimeOptions) {}

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
