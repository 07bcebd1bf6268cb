import type { AuthModeName, RuntimeContext } from '../context';
import { checkArgs, isDate } from '../infra/checkArgs';
import { assertTimeZone } from '../infra/timeZone';
import { AuthMode, enumName, isMember, makeEnum } from './enums';
import { exposeImpl, implOf } from './handles';
import { realmArray } from './realm';

/**
 * ScriptApp and triggers — developers.google.com/apps-script/reference/script/script-app
 * Add-on rules (developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions):
 * one trigger of each type per user per document; time-driven at most once an hour.
 * Clock event object: developers.google.com/apps-script/guides/triggers/events#time-driven-events
 */

export const EventType = makeEnum(['CLOCK', 'ON_OPEN', 'ON_EDIT', 'ON_FORM_SUBMIT', 'ON_CHANGE', 'ON_EVENT_UPDATED'] as const);
export const TriggerSource = makeEnum(['SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR'] as const);
export const WeekDay = makeEnum(['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const);
export const AuthorizationStatus = makeEnum(['REQUIRED', 'NOT_REQUIRED'] as const);
export const InstallationSource = makeEnum(['APPS_MARKETPLACE_DOMAIN_ADD_ON', 'NONE', 'WEB_STORE_ADD_ON'] as const);
export { AuthMode };

export const SCRIPTAPP_SCOPE = 'https://www.googleapis.com/auth/script.scriptapp';
export const MSG_TOO_MANY_CLOCK = 'This add-on has created too many time-based triggers in this document for this Google user account.';
export const MSG_RECURRENCE = 'The recurrence interval for an Add-on trigger must be at least one hour.';
/** everyMinutes: "n must be 1, 5, 10, 15 or 30" (…/reference/script/clock-trigger-builder#everyMinutes(Integer)); wording doubtful. */
export const MSG_EVERY_MINUTES = 'The value you passed to everyMinutes was invalid. It must be one of 1, 5, 10, 15 or 30.';
export const EVERY_MINUTES_ALLOWED: readonly number[] = [1, 5, 10, 15, 30];
/**
 * "Add-ons can only create triggers for the file in which the add-on is used"
 * (developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions); Google's
 * exception wording is not documented: this is the restriction's own sentence.
 */
export const MSG_OTHER_DOCUMENT = 'Add-ons can only create triggers for the file in which the add-on is used.';

export type EventTypeName = keyof typeof EventType;

export interface ClockSchedule {
  everyMinutes?: number;
  everyHours?: number;
  everyDays?: number;
  everyWeeks?: number;
  atHour?: number;
  nearMinute?: number;
  onMonthDay?: number;
  onWeekDay?: string;
  timezone?: string;
  /** One-off: after(ms) from creation, or at(date): the instant it fires (ms since epoch). */
  at?: number;
}

export interface TriggerRecord {
  uid: string;
  handler: string;
  eventType: EventTypeName;
  source: 'CLOCK' | 'SPREADSHEETS';
  /** Spreadsheet id for SPREADSHEETS triggers, null for clock ones. */
  sourceId: string | null;
  /** The user who created it and the document it was created in (the add-on rule's keys). */
  user: string;
  documentId: string;
  createdAt: number;
  schedule?: ClockSchedule;
}

const MANAGE: readonly AuthModeName[] = ['FULL'];

/** Host view: installed triggers, and the authorisation state getAuthorizationInfo reports. */
export class TriggersHost {
  readonly triggers: TriggerRecord[] = [];
  /** Whether the user still has to authorise the add-on (AuthorizationStatus.REQUIRED). */
  authorizationRequired = false;
  /** Apply the editor add-on restrictions (Pilote is an add-on). */
  addonRules = true;
  /** Id of the document the add-on runs in (SpreadsheetApp's id when known). */
  documentId = 'local-spreadsheet';
  private seq = 0;

  list(): TriggerRecord[] {
    return this.triggers.map((t) => ({ ...t, schedule: t.schedule && { ...t.schedule } }));
  }
  find(uidOrHandler: string): TriggerRecord | undefined {
    return this.triggers.find((t) => t.uid === uidOrHandler) ?? this.triggers.find((t) => t.handler === uidOrHandler);
  }
  /** @internal */
  nextUid(): string {
    return String(1000000 + ++this.seq);
  }
}

class TriggerImpl implements GoogleAppsScript.Script.Trigger {
  constructor(readonly record: TriggerRecord) {}
  getEventType(): GoogleAppsScript.Script.EventType {
    return EventType[this.record.eventType] as unknown as GoogleAppsScript.Script.EventType;
  }
  getHandlerFunction(): string {
    return this.record.handler;
  }
  getTriggerSource(): GoogleAppsScript.Script.TriggerSource {
    return TriggerSource[this.record.source] as unknown as GoogleAppsScript.Script.TriggerSource;
  }
  getTriggerSourceId(): string {
    return this.record.sourceId as string;
  }
  getUniqueId(): string {
    return this.record.uid;
  }
}

function exposeTrigger(ctx: RuntimeContext, r: TriggerRecord): GoogleAppsScript.Script.Trigger {
  return exposeImpl(ctx.calls, 'ScriptApp.Trigger', new TriggerImpl(r));
}

/** Shared by the builders: validates the add-on rules, then installs the trigger. */
function install(ctx: RuntimeContext, host: TriggersHost, r: Omit<TriggerRecord, 'uid' | 'user' | 'documentId' | 'createdAt'>): GoogleAppsScript.Script.Trigger {
  const user = ctx.options.userEmail;
  const documentId = host.documentId;
  if (host.addonRules) {
    if (r.source === 'SPREADSHEETS' && r.sourceId !== documentId) throw ctx.error(MSG_OTHER_DOCUMENT);
    const s = r.schedule;
    if (s && (s.everyMinutes !== undefined || (s.everyHours !== undefined && s.everyHours < 1))) throw ctx.error(MSG_RECURRENCE);
    const same = host.triggers.filter((t) => t.user === user && t.documentId === documentId && t.eventType === r.eventType);
    if (same.length >= 1) {
      const kind = r.eventType === 'CLOCK' ? 'time-based' : r.eventType === 'ON_OPEN' ? 'open' : r.eventType === 'ON_EDIT' ? 'edit' : r.eventType === 'ON_CHANGE' ? 'change' : 'form-submit';
      throw ctx.error(r.eventType === 'CLOCK' ? MSG_TOO_MANY_CLOCK : `This add-on has created too many ${kind} triggers in this document for this Google user account.`);
    }
  }
  const rec: TriggerRecord = { ...r, uid: host.nextUid(), user, documentId, createdAt: ctx.options.now() };
  host.triggers.push(rec);
  ctx.events.push({ type: 'trigger', action: 'create', trigger: { ...rec } });
  return exposeTrigger(ctx, rec);
}

class ClockTriggerBuilderImpl implements GoogleAppsScript.Script.ClockTriggerBuilder {
  private readonly s: ClockSchedule = {};
  private proxy: GoogleAppsScript.Script.ClockTriggerBuilder | undefined;
  constructor(private readonly ctx: RuntimeContext, private readonly host: TriggersHost, private readonly handler: string) {}

  private arg(method: string, args: unknown[], sig: string[]): void {
    checkArgs(`ScriptApp.ClockTriggerBuilder.${method}`, args, [sig], (m) => this.ctx.error(m));
  }
  private range(method: string, v: number, min: number, max: number): void {
    this.arg(method, [v], ['Integer']);
    if (v < min || v > max) throw this.ctx.error(`Invalid argument: ${method} (${v})`);
  }

  after(durationMilliseconds: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    this.arg('after', [durationMilliseconds], ['Integer']);
    this.s.at = this.ctx.options.now() + durationMilliseconds;
    return this.self();
  }
  at(date: GoogleAppsScript.Base.Date): GoogleAppsScript.Script.ClockTriggerBuilder {
    if (!isDate(date)) this.arg('at', [date], ['Date']);
    this.s.at = (date as unknown as Date).getTime();
    return this.self();
  }
  atDate(year: number, month: number, day: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    this.arg('atDate', [year, month, day], ['Integer', 'Integer', 'Integer']);
    this.s.at = Date.UTC(year, month - 1, day);
    return this.self();
  }
  atHour(hour: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    this.range('atHour', hour, 0, 23);
    this.s.atHour = hour;
    return this.self();
  }
  everyDays(n: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    this.arg('everyDays', [n], ['Integer']);
    this.s.everyDays = n;
    return this.self();
  }
  everyHours(n: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    this.arg('everyHours', [n], ['Integer']);
    this.s.everyHours = n;
    return this.self();
  }
  everyMinutes(n: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    this.arg('everyMinutes', [n], ['Integer']);
    if (!EVERY_MINUTES_ALLOWED.includes(n)) throw this.ctx.error(MSG_EVERY_MINUTES);
    this.s.everyMinutes = n;
    return this.self();
  }
  everyWeeks(n: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    this.arg('everyWeeks', [n], ['Integer']);
    this.s.everyWeeks = n;
    return this.self();
  }
  inTimezone(timezone: string): GoogleAppsScript.Script.ClockTriggerBuilder {
    this.arg('inTimezone', [timezone], ['String']);
    try {
      assertTimeZone(timezone);
    } catch {
      throw this.ctx.error(`Invalid argument: ${timezone}`);
    }
    this.s.timezone = timezone;
    return this.self();
  }
  nearMinute(minute: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    this.range('nearMinute', minute, 0, 59);
    this.s.nearMinute = minute;
    return this.self();
  }
  onMonthDay(day: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    this.range('onMonthDay', day, 1, 31);
    this.s.onMonthDay = day;
    return this.self();
  }
  onWeekDay(day: GoogleAppsScript.Base.Weekday): GoogleAppsScript.Script.ClockTriggerBuilder {
    if (!isMember(WeekDay, day)) this.arg('onWeekDay', [day], ['Weekday']);
    this.s.onWeekDay = enumName(day);
    return this.self();
  }
  create(): GoogleAppsScript.Script.Trigger {
    const s = this.s;
    const recurring = [s.everyMinutes, s.everyHours, s.everyDays, s.everyWeeks, s.onMonthDay, s.onWeekDay].some((x) => x !== undefined);
    if (!recurring && s.at === undefined) throw this.ctx.error('Missing time-based trigger schedule: call everyHours, everyDays, everyWeeks, onMonthDay, onWeekDay, after or at before create().');
    return install(this.ctx, this.host, { handler: this.handler, eventType: 'CLOCK', source: 'CLOCK', sourceId: null, schedule: { ...s, timezone: s.timezone ?? this.ctx.options.scriptTimeZone } });
  }

  /** @internal */ bind(p: GoogleAppsScript.Script.ClockTriggerBuilder): GoogleAppsScript.Script.ClockTriggerBuilder {
    this.proxy = p;
    return p;
  }
  private self(): GoogleAppsScript.Script.ClockTriggerBuilder {
    return this.proxy ?? this;
  }
}

class SpreadsheetTriggerBuilderImpl implements GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
  private type: EventTypeName | undefined;
  private proxy: GoogleAppsScript.Script.SpreadsheetTriggerBuilder | undefined;
  constructor(private readonly ctx: RuntimeContext, private readonly host: TriggersHost, private readonly handler: string, private readonly sourceId: string) {}
  private set(t: EventTypeName): GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
    this.type = t;
    return this.proxy ?? this;
  }
  onChange(): GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
    return this.set('ON_CHANGE');
  }
  onEdit(): GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
    return this.set('ON_EDIT');
  }
  onFormSubmit(): GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
    return this.set('ON_FORM_SUBMIT');
  }
  onOpen(): GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
    return this.set('ON_OPEN');
  }
  create(): GoogleAppsScript.Script.Trigger {
    if (!this.type) throw this.ctx.error('Missing spreadsheet trigger event: call onOpen, onEdit, onChange or onFormSubmit before create().');
    return install(this.ctx, this.host, { handler: this.handler, eventType: this.type, source: 'SPREADSHEETS', sourceId: this.sourceId });
  }
  /** @internal */ bind(p: GoogleAppsScript.Script.SpreadsheetTriggerBuilder): GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
    this.proxy = p;
    return p;
  }
}

/** The id of a spreadsheet handed in (a Spreadsheet object or a key). */
function spreadsheetId(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object' && typeof (v as GoogleAppsScript.Spreadsheet.Spreadsheet).getId === 'function') return (v as GoogleAppsScript.Spreadsheet.Spreadsheet).getId();
  return undefined;
}

class TriggerBuilderImpl implements Pick<GoogleAppsScript.Script.TriggerBuilder, 'timeBased' | 'forSpreadsheet'> {
  constructor(private readonly ctx: RuntimeContext, private readonly host: TriggersHost, private readonly handler: string) {}
  timeBased(): GoogleAppsScript.Script.ClockTriggerBuilder {
    const impl = new ClockTriggerBuilderImpl(this.ctx, this.host, this.handler);
    return impl.bind(exposeImpl(this.ctx.calls, 'ScriptApp.ClockTriggerBuilder', impl));
  }
  forSpreadsheet(sheet: GoogleAppsScript.Spreadsheet.Spreadsheet | string): GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
    const id = spreadsheetId(sheet);
    if (id === undefined) checkArgs('ScriptApp.TriggerBuilder.forSpreadsheet', [sheet], [['Spreadsheet'], ['String']], (m) => this.ctx.error(m));
    const impl = new SpreadsheetTriggerBuilderImpl(this.ctx, this.host, this.handler, id!);
    return impl.bind(exposeImpl(this.ctx.calls, 'ScriptApp.SpreadsheetTriggerBuilder', impl));
  }
}

class AuthorizationInfoImpl implements GoogleAppsScript.Script.AuthorizationInfo {
  constructor(private readonly required: boolean) {}
  getAuthorizationStatus(): GoogleAppsScript.Script.AuthorizationStatus {
    return (this.required ? AuthorizationStatus.REQUIRED : AuthorizationStatus.NOT_REQUIRED) as unknown as GoogleAppsScript.Script.AuthorizationStatus;
  }
  getAuthorizationUrl(): string {
    return (this.required ? 'https://script.google.com/macros/d/local/authorize' : null) as string;
  }
}

type Implemented = 'AuthMode' | 'AuthorizationStatus' | 'EventType' | 'InstallationSource' | 'TriggerSource' | 'WeekDay' | 'deleteTrigger' | 'getAuthorizationInfo' | 'getProjectTriggers' | 'getUserTriggers' | 'newTrigger' | 'getInstallationSource';

class ScriptAppImpl implements Pick<GoogleAppsScript.Script.ScriptApp, Implemented> {
  readonly AuthMode = AuthMode as unknown as typeof GoogleAppsScript.Script.AuthMode;
  readonly AuthorizationStatus = AuthorizationStatus as unknown as typeof GoogleAppsScript.Script.AuthorizationStatus;
  readonly EventType = EventType as unknown as typeof GoogleAppsScript.Script.EventType;
  readonly InstallationSource = InstallationSource as unknown as typeof GoogleAppsScript.Script.InstallationSource;
  readonly TriggerSource = TriggerSource as unknown as typeof GoogleAppsScript.Script.TriggerSource;
  readonly WeekDay = WeekDay as unknown as typeof GoogleAppsScript.Base.Weekday;

  constructor(private readonly ctx: RuntimeContext, private readonly host: TriggersHost) {}

  private manage(method: string): void {
    this.ctx.requireAuthMode(`ScriptApp.${method}`, MANAGE);
    this.ctx.requireScope(`ScriptApp.${method}`, SCRIPTAPP_SCOPE);
  }

  newTrigger(functionName: string): GoogleAppsScript.Script.TriggerBuilder {
    this.manage('newTrigger');
    checkArgs('ScriptApp.newTrigger', [functionName], [['String']], (m) => this.ctx.error(m));
    return exposeImpl(this.ctx.calls, 'ScriptApp.TriggerBuilder', new TriggerBuilderImpl(this.ctx, this.host, functionName)) as unknown as GoogleAppsScript.Script.TriggerBuilder;
  }

  /** The current user's triggers in this project (an add-on sees its own user's only). */
  getProjectTriggers(): GoogleAppsScript.Script.Trigger[] {
    this.manage('getProjectTriggers');
    const mine = this.host.triggers.filter((t) => t.user === this.ctx.options.userEmail);
    return realmArray(this.ctx, mine.map((t) => exposeTrigger(this.ctx, t)));
  }

  getUserTriggers(document: GoogleAppsScript.Document.Document): GoogleAppsScript.Script.Trigger[];
  getUserTriggers(form: GoogleAppsScript.Forms.Form): GoogleAppsScript.Script.Trigger[];
  getUserTriggers(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): GoogleAppsScript.Script.Trigger[];
  getUserTriggers(document: unknown): GoogleAppsScript.Script.Trigger[] {
    this.manage('getUserTriggers');
    const id = spreadsheetId(document);
    if (id === undefined || typeof document === 'string') checkArgs('ScriptApp.getUserTriggers', [document], [['Spreadsheet'], ['Document'], ['Form']], (m) => this.ctx.error(m));
    const mine = this.host.triggers.filter((t) => t.user === this.ctx.options.userEmail && (t.documentId === id || t.sourceId === id));
    return realmArray(this.ctx, mine.map((t) => exposeTrigger(this.ctx, t)));
  }

  deleteTrigger(trigger: GoogleAppsScript.Script.Trigger): void {
    this.manage('deleteTrigger');
    const impl = implOf(trigger, TriggerImpl);
    if (!impl) checkArgs('ScriptApp.deleteTrigger', [trigger], [['Trigger']], (m) => this.ctx.error(m));
    const i = this.host.triggers.findIndex((t) => t.uid === impl!.record.uid);
    if (i >= 0) {
      this.ctx.events.push({ type: 'trigger', action: 'delete', trigger: { ...this.host.triggers[i] } });
      this.host.triggers.splice(i, 1);
    }
  }

  getAuthorizationInfo(authMode: GoogleAppsScript.Script.AuthMode): GoogleAppsScript.Script.AuthorizationInfo {
    if (!isMember(AuthMode, authMode)) checkArgs('ScriptApp.getAuthorizationInfo', [authMode], [['AuthMode']], (m) => this.ctx.error(m));
    return exposeImpl(this.ctx.calls, 'ScriptApp.AuthorizationInfo', new AuthorizationInfoImpl(this.host.authorizationRequired));
  }

  getInstallationSource(): GoogleAppsScript.Script.InstallationSource {
    return InstallationSource.WEB_STORE_ADD_ON as unknown as GoogleAppsScript.Script.InstallationSource;
  }
}

export function createScriptApp(ctx: RuntimeContext, host: TriggersHost): GoogleAppsScript.Script.ScriptApp {
  return exposeImpl(ctx.calls, 'ScriptApp', new ScriptAppImpl(ctx, host)) as unknown as GoogleAppsScript.Script.ScriptApp;
}

/** ISO-8601 week number of a UTC date. */
export function isoWeek(ms: number): number {
  const d = new Date(ms);
  const day = (d.getUTCDay() + 6) % 7; // Monday 0
  const thursday = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - day + 3);
  const firstThursday = new Date(Date.UTC(new Date(thursday).getUTCFullYear(), 0, 4));
  const week1Monday = firstThursday.getTime() - ((firstThursday.getUTCDay() + 6) % 7) * 86400000;
  return 1 + Math.floor((thursday - week1Monday) / (7 * 86400000));
}

/**
 * The event object of a time-driven trigger firing at `atMs`, as Google documents it: fields in
 * UTC (timezone 'UTC'), day-of-week 1 = Monday … 7 = Sunday, authMode FULL.
 */
export function clockEvent(atMs: number, triggerUid: string): Omit<GoogleAppsScript.Events.TimeDriven, 'authMode'> & { authMode: unknown } {
  const d = new Date(atMs);
  return {
    authMode: AuthMode.FULL,
    'day-of-month': d.getUTCDate(),
    'day-of-week': ((d.getUTCDay() + 6) % 7) + 1,
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    month: d.getUTCMonth() + 1,
    second: d.getUTCSeconds(),
    timezone: 'UTC',
    triggerUid,
    'week-of-year': isoWeek(atMs),
    year: d.getUTCFullYear(),
  };
}
