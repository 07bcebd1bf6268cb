/**
 * The monthly digest through build/Code.js on the local runtime, its fake clock driving the days:
 * setDigest and sendDigestNow as google.script.run calls, onDigestTrigger as its daily trigger.
 * The spreadsheet is in New York, the script in Paris (the manifest): the hour and "today" are
 * the spreadsheet's.
 *
 * Google's pages for what the runtime enforces here:
 * - one time-driven trigger per user and document for an add-on, at most hourly:
 *   developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions
 * - a time-driven trigger has no UI and runs as its creator:
 *   developers.google.com/apps-script/guides/triggers/installable#restrictions
 * - getUserTriggers(spreadsheet) lists this add-on's triggers of this user in that spreadsheet:
 *   developers.google.com/apps-script/reference/script/script-app#getUserTriggers(Spreadsheet)
 * - MailApp.getRemainingDailyQuota(), one per recipient:
 *   developers.google.com/apps-script/reference/mail/mail-app#getRemainingDailyQuota()
 * - getActiveSpreadsheet() is null when there is no active spreadsheet:
 *   developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#getActiveSpreadsheet()
 * - Lock.tryLock waits up to its timeout: developers.google.com/apps-script/reference/lock/lock#tryLock(Integer)
 */
import { readFileSync } from 'node:fs';
import type { HostGrid } from '../harness';
import { harness } from '../harness';
import { ScriptRunFailure } from '../../../src/local/runtime/loader';
import { instantOf } from '../../../src/local/runtime/infra/timeZone';
import type { LocalRuntime } from '../../../src/local/runtime/LocalRuntime';
import type { RuntimeOptions } from '../../../src/local/runtime/context';
import { GRIDS } from '../../core/digest/fixture';

const TZ = 'America/New_York';
/** An instant given as New York wall-clock time. */
const at = (y: number, m: number, d: number, h = 8, min = 0) => instantOf({ year: y, month: m, day: d, hour: h, minute: min, second: 0, millisecond: 0 }, TZ);
const FOUNDER = 'founder@example.com';
const COFOUNDER = 'cofounder@example.com';
const ON = { enabled: true, day: 5, hour: 8, recipients: [FOUNDER, COFOUNDER], language: 'en', refreshFirst: true };
const SCOPES = {
  sheets: 'https://www.googleapis.com/auth/spreadsheets.currentonly',
  ui: 'https://www.googleapis.com/auth/script.container.ui',
  mail: 'https://www.googleapis.com/auth/script.send_mail',
  triggers: 'https://www.googleapis.com/auth/script.scriptapp',
  email: 'https://www.googleapis.com/auth/userinfo.email',
};

function setup(options: Partial<RuntimeOptions> = {}) {
  const h = harness(GRIDS as Record<string, HostGrid>, { timeZone: TZ, locale: 'en_US', now: () => at(2026, 4, 1), userEmail: FOUNDER, ...options });
  const { rt, addon } = h;
  const save = (settings: unknown) => addon.scriptRun('setDigest', settings) as { ok: boolean; status?: unknown; errors?: { field: string; message: string }[] };
  /** This runtime's triggers, as [handler, user, document, uid]. */
  const triggers = () => rt.triggers.list().map((t) => [t.handler, t.user, t.documentId === rt.workbook.id ? 'this' : t.documentId, t.uid]);
  const digestUid = () => rt.triggers.list().find((t) => t.handler === 'onDigestTrigger' && t.user === FOUNDER && t.documentId === rt.workbook.id)!.uid;
  /** Fires the digest trigger at `when` (New York time). */
  const fire = (when: number) => {
    rt.clock.set(when);
    return addon.runTrigger(digestUid()) as { outcome: string; month?: string; sentTo?: string[]; notSent?: string[]; reason?: string };
  };
  const record = () => JSON.parse(rt.properties.get('document', 'pilote.digest.sent') ?? 'null');
  const logs = () => rt.eventsOf('log').map((e) => `${e.level}: ${e.message}`);
  const mails = () => rt.mail.sent.map((m) => [new Date(m.at).toISOString().slice(0, 10), m.to.join(','), m.subject]);
  return { ...h, save, triggers, digestUid, fire, record, logs, mails };
}

/** Makes a trigger as another user, or in another document, then puts the runtime back. */
function asOther(rt: LocalRuntime, who: { user?: string; documentId?: string }, make: (S: GoogleAppsScript.Script.ScriptApp) => void): void {
  const user = rt.options.userEmail, doc = rt.triggers.documentId;
  rt.options.userEmail = who.user ?? user;
  rt.triggers.documentId = who.documentId ?? doc;
  try {
    rt.execute('FULL', () => make(rt.globals().ScriptApp));
  } finally {
    rt.options.userEmail = user;
    rt.triggers.documentId = doc;
  }
}

describe('setDigest: validated, saved, and exactly one trigger', () => {
  it('saving three times leaves one trigger: daily at the chosen hour in the spreadsheet’s zone; a new hour replaces it', () => {
    const { rt, save, triggers } = setup();
    expect(save(ON)).toEqual({ ok: true, status: { settings: ON } });
    expect(save(ON).ok).toBe(true);
    const [first] = rt.triggers.list();
    expect(triggers()).toEqual([['onDigestTrigger', FOUNDER, 'this', first.uid]]);
    expect(first.schedule).toEqual({ everyDays: 1, atHour: 8, timezone: TZ });
    expect(save({ ...ON, hour: 18, recipients: [COFOUNDER] }).ok).toBe(true);
    const list = rt.triggers.list();
    expect(list.map((t) => [t.handler, t.schedule])).toEqual([['onDigestTrigger', { everyDays: 1, atHour: 18, timezone: TZ }]]);
    expect(list[0].uid).not.toBe(first.uid);
    expect(JSON.parse(rt.properties.get('document', 'pilote.digest')!)).toEqual({ ...ON, hour: 18, recipients: [COFOUNDER], owner: FOUNDER, timeZone: TZ });
  });

  it('a bad field is refused with a message naming it, and nothing changes', () => {
    const { rt, save } = setup();
    const bad = save({ ...ON, day: 31, recipients: ['not an address'] });
    expect(bad.ok).toBe(false);
    expect(bad.errors!.map((e) => e.field)).toEqual(['day', 'recipients']);
    expect(bad.errors![1].message).toBe('not an email address: not an address');
    expect([rt.properties.get('document', 'pilote.digest'), rt.triggers.list()]).toEqual([null, []]);
    save(ON);
    const before = [rt.properties.get('document', 'pilote.digest'), rt.triggers.list()];
    expect(save({ ...ON, enabled: false, hour: 24 }).errors).toEqual([{ field: 'hour', message: 'hour must be an hour from 0 to 23' }]);
    expect([rt.properties.get('document', 'pilote.digest'), rt.triggers.list()]).toEqual(before);
  });

  it('switching off removes exactly Pilote’s trigger: not another handler’s, not a colleague’s, not the one in another spreadsheet', () => {
    const { rt, save, triggers } = setup();
    asOther(rt, {}, (S) => S.newTrigger('onEditOfAnotherTool').forSpreadsheet(rt.workbook.id).onEdit().create());
    asOther(rt, { user: 'colleague@example.com' }, (S) => S.newTrigger('onDigestTrigger').timeBased().everyDays(1).atHour(7).create());
    asOther(rt, { documentId: 'another-spreadsheet' }, (S) => S.newTrigger('onDigestTrigger').timeBased().everyDays(1).atHour(6).create());
    const others = triggers();
    save(ON);
    save(ON);
    expect(triggers()).toEqual([...others, ['onDigestTrigger', FOUNDER, 'this', expect.any(String)]]);
    expect(save({ ...ON, enabled: false }).ok).toBe(true);
    expect(triggers()).toEqual(others);
    expect(save({ ...ON, enabled: false }).ok).toBe(true); // off again: nothing to remove, nothing else touched
    expect(triggers()).toEqual(others);
  });

  it('the manifest asks for the scopes the digest needs, and the runtime refuses the trigger without script.scriptapp', () => {
    expect(JSON.parse(readFileSync('appsscript.json', 'utf8')).oauthScopes).toEqual([SCOPES.sheets, SCOPES.ui, SCOPES.mail, SCOPES.triggers, SCOPES.email]);
    const { save } = setup({ scopes: [SCOPES.sheets, SCOPES.ui, SCOPES.mail, SCOPES.email] });
    expect(() => save(ON)).toThrow(new ScriptRunFailure(`Error: Pilote could not schedule the digest (You do not have permission to call ScriptApp.getUserTriggers. Required permissions: ${SCOPES.triggers}). Your digest settings were not changed.`));
  });
});

describe('the daily trigger across three months', () => {
  it('sends exactly one digest a month to each recipient: on the 5th, or the first day after it when the run failed', () => {
    const { rt, save, fire, mails, record } = setup();
    save(ON);
    const outcomes: Record<string, string> = {};
    for (let t = Date.UTC(2026, 3, 1); t <= Date.UTC(2026, 5, 30); t += 86_400_000) {
      const d = new Date(t).toISOString().slice(0, 10);
      if (d === '2026-05-05') rt.locks.holdAsOtherExecution('document'); // another run holds the spreadsheet all day
      if (d === '2026-05-06') rt.locks.releaseOther('document');
      if (d === '2026-06-05') rt.mail.remainingQuota = 0;
      if (d === '2026-06-06') rt.mail.remainingQuota = 100;
      const out = fire(at(new Date(t).getUTCFullYear(), new Date(t).getUTCMonth() + 1, new Date(t).getUTCDate()));
      outcomes[d] = out.outcome + (out.notSent?.length ? ` (not sent to ${out.notSent.join(', ')})` : '');
    }
    expect(mails()).toEqual([
      ['2026-04-05', FOUNDER, 'Pilote — March 2026: 1 objective missed (Pilote (local))'],
      ['2026-04-05', COFOUNDER, 'Pilote — March 2026: 1 objective missed (Pilote (local))'],
      ['2026-05-06', FOUNDER, 'Pilote — April 2026: no objective set (Pilote (local))'],
      ['2026-05-06', COFOUNDER, 'Pilote — April 2026: no objective set (Pilote (local))'],
      ['2026-06-06', FOUNDER, 'Pilote — May 2026: no objective set (Pilote (local))'],
      ['2026-06-06', COFOUNDER, 'Pilote — May 2026: no objective set (Pilote (local))'],
    ]);
    expect(Object.entries(outcomes).filter(([, o]) => o !== 'not-due')).toEqual([
      ['2026-04-05', 'sent'],
      ['2026-05-05', 'failed'],
      ['2026-05-06', 'sent'],
      ['2026-06-05', `sent (not sent to ${FOUNDER}, ${COFOUNDER})`],
      ['2026-06-06', 'sent'],
    ]);
    expect(Object.keys(outcomes)).toHaveLength(30 + 31 + 30);
    expect(record()).toEqual({
      month: '2026-05',
      sent: [{ to: FOUNDER, at: '2026-06-06T12:00:00.000Z' }, { to: COFOUNDER, at: '2026-06-06T12:00:00.000Z' }],
      lastSent: { month: '2026-05', at: '2026-06-06T12:00:00.000Z' },
    });
    // Nobody looks at the document in a time-driven trigger: no Ui, no toast shown.
    expect(Object.keys(rt.calls.snapshot()).filter((m) => m === 'SpreadsheetApp.getUi' || m.startsWith('Ui.'))).toEqual([]);
    expect(rt.eventsOf('toast').filter((e) => e.shown)).toEqual([]);
  });

  it('a failed run says why in the log and in the record (refresh first: the spreadsheet busy for 30 s)', () => {
    const { rt, save, fire, logs, record } = setup();
    save(ON);
    rt.locks.holdAsOtherExecution('document');
    const start = at(2026, 4, 5);
    expect(fire(start)).toMatchObject({ outcome: 'failed', month: '2026-03' });
    // refresh waited 30 s for the lock, then recording the failure waited 30 s more.
    expect(rt.clock.now() - start).toBe(60_000);
    expect(logs()).toEqual(['warning: Pilote digest: 2026-03 not sent today: the dashboard could not be refreshed first (The dashboard is being refreshed right now (by another editor or the monthly digest). Wait a minute, then refresh again.). Next try at tomorrow\'s run.']);
    expect(record()).toBeNull(); // the lock was never free to write it
    expect(rt.mail.sent).toEqual([]);
  });

  it('without refreshFirst, a busy spreadsheet is logged as such', () => {
    const { rt, save, fire, logs } = setup();
    save({ ...ON, refreshFirst: false });
    rt.locks.holdAsOtherExecution('document');
    expect(fire(at(2026, 4, 5))).toEqual({ outcome: 'busy', month: '2026-03' });
    expect(logs()).toEqual(['warning: Pilote digest: 2026-03 not sent today: another run held the spreadsheet for more than 30 s. Next try at tomorrow\'s run.']);
  });

  it('links to the Dashboard sheet the refresh just generated (found by its tag), and renders with no image', () => {
    const { rt, save, fire } = setup();
    save(ON);
    fire(at(2026, 4, 5));
    const tag = rt.workbook.developerMetadata.find((m) => m.key === 'pilote.generated' && m.value === 'dashboard')!;
    const sheet = rt.workbook.sheetById((tag.location as { sheetId: number }).sheetId)!;
    expect(sheet.name).toBe('Dashboard');
    const mail = rt.mail.sent[0];
    expect(mail.htmlBody).toContain(`<a href="${rt.workbook.url}#gid=${sheet.id}"`);
    expect(mail.body).toContain(`Open the dashboard: ${rt.workbook.url}#gid=${sheet.id}`);
    expect([mail.name, mail.attachments, Object.keys(mail.inlineImages)]).toEqual(['Pilote', [], []]);
    expect(mail.htmlBody).not.toMatch(/<img\b|\ssrc="|url\(/i);
  });
});

describe('the daily email quota', () => {
  it('short: the owner first, the others recorded and logged; the next day only they are sent it', () => {
    const { rt, save, fire, record, logs, mails } = setup();
    save({ ...ON, recipients: ['a@example.com', 'b@example.com', FOUNDER] });
    rt.mail.remainingQuota = 1;
    expect(fire(at(2026, 4, 5))).toMatchObject({ outcome: 'sent', sentTo: [FOUNDER], notSent: ['a@example.com', 'b@example.com'] });
    const reason = 'the daily email quota ran out (it allowed 1 more today); Pilote tries again tomorrow';
    expect(record()).toEqual({
      month: '2026-03', sent: [{ to: FOUNDER, at: '2026-04-05T12:00:00.000Z' }],
      notSent: { recipients: ['a@example.com', 'b@example.com'], reason, at: '2026-04-05T12:00:00.000Z' },
      lastSent: { month: '2026-03', at: '2026-04-05T12:00:00.000Z' },
    });
    expect(logs()).toEqual([`info: Pilote digest: 2026-03 sent to ${FOUNDER}.`, `warning: Pilote digest: 2026-03 not sent to a@example.com, b@example.com: ${reason}.`]);
    rt.mail.remainingQuota = 100;
    expect(fire(at(2026, 4, 6))).toMatchObject({ outcome: 'sent', sentTo: ['a@example.com', 'b@example.com'], notSent: [] });
    expect(fire(at(2026, 4, 7))).toEqual({ outcome: 'not-due', month: '2026-03', reason: 'sent' });
    expect(mails().map(([d, to]) => `${d} ${to}`)).toEqual([`2026-04-05 ${FOUNDER}`, '2026-04-06 a@example.com', '2026-04-06 b@example.com']);
    expect(record().notSent).toBeUndefined();
  });

  it('zero, then restored: nothing sent and both recorded as not sent, then both sent the next day', () => {
    const { rt, save, fire, record } = setup();
    save({ ...ON, refreshFirst: false });
    rt.mail.remainingQuota = 0;
    expect(fire(at(2026, 4, 5))).toMatchObject({ outcome: 'sent', sentTo: [], notSent: [FOUNDER, COFOUNDER] });
    expect(record()).toMatchObject({ month: '2026-03', sent: [], notSent: { recipients: [FOUNDER, COFOUNDER] } });
    expect(record().lastSent).toBeUndefined();
    rt.mail.remainingQuota = 100;
    expect(fire(at(2026, 4, 6))).toMatchObject({ outcome: 'sent', sentTo: [FOUNDER, COFOUNDER], notSent: [] });
    expect(rt.mail.sent.map((m) => m.to[0])).toEqual([FOUNDER, COFOUNDER]);
    expect(rt.mail.remainingQuota).toBe(98);
  });
});

describe('the handler checks it is still wanted, and otherwise deletes its own trigger', () => {
  it('settings deleted: deletes its trigger, logs why, sends nothing; other triggers stay', () => {
    const { rt, save, fire, logs, triggers } = setup();
    asOther(rt, {}, (S) => S.newTrigger('onEditOfAnotherTool').forSpreadsheet(rt.workbook.id).onEdit().create());
    save(ON);
    rt.properties.stores.document.delete('pilote.digest');
    expect(fire(at(2026, 4, 5))).toEqual({ outcome: 'stopped', reason: 'its settings no longer exist in this spreadsheet', deleted: 1 });
    expect(triggers().map((t) => t[0])).toEqual(['onEditOfAnotherTool']);
    expect(logs()).toEqual(['warning: Pilote digest: trigger deleted: its settings no longer exist in this spreadsheet.']);
    expect(rt.mail.sent).toEqual([]);
  });

  it('the spreadsheet can no longer be opened (deleted, or access lost): deletes its trigger by its id', () => {
    const { rt, save, fire, logs } = setup();
    save(ON);
    asOther(rt, { documentId: 'another-spreadsheet' }, (S) => S.newTrigger('onDigestTrigger').timeBased().everyDays(1).atHour(6).create());
    rt.workbook.unavailable = true;
    expect(fire(at(2026, 4, 5))).toMatchObject({ outcome: 'stopped', deleted: 1 });
    expect(rt.triggers.list().map((t) => t.documentId)).toEqual(['another-spreadsheet']);
    expect(logs()).toEqual(['warning: Pilote digest: trigger deleted: the spreadsheet can no longer be opened: deleted, or access lost.']);
  });

  it('switched off in the stored settings, or taken over by a colleague: deletes its own trigger', () => {
    const a = setup();
    a.save(ON);
    a.rt.properties.set('document', 'pilote.digest', JSON.stringify({ ...ON, enabled: false, owner: FOUNDER, timeZone: TZ }));
    expect(a.fire(at(2026, 4, 5))).toMatchObject({ outcome: 'stopped', reason: 'the digest is switched off' });
    const b = setup();
    b.save(ON);
    b.rt.properties.set('document', 'pilote.digest', JSON.stringify({ ...ON, owner: 'colleague@example.com', timeZone: TZ }));
    expect(b.fire(at(2026, 4, 5))).toMatchObject({ outcome: 'stopped', reason: 'the digest was set up since by colleague@example.com, whose trigger sends it' });
    expect([a.rt.triggers.list(), b.rt.triggers.list(), a.rt.mail.sent, b.rt.mail.sent]).toEqual([[], [], [], []]);
  });
});

describe('two runs at once', () => {
  it('a second run starting while the first sends waits 30 s for the lock, gives up, and nobody gets the month twice', () => {
    const { rt, addon, save, fire, digestUid } = setup();
    save({ ...ON, refreshFirst: false });
    const second: unknown[] = [];
    const sent = rt.mail.sent;
    const push = sent.push.bind(sent);
    // When the first run sends its first message, the trigger fires again: a second execution.
    sent.push = (...items) => {
      const n = push(...items);
      if (second.length === 0) {
        const before = rt.clock.now();
        second.push(addon.runTrigger(digestUid()), rt.clock.now() - before);
      }
      return n;
    };
    expect(fire(at(2026, 4, 5))).toMatchObject({ outcome: 'sent', sentTo: [FOUNDER, COFOUNDER], notSent: [] });
    expect(second).toEqual([{ outcome: 'busy', month: '2026-03' }, 30_000]);
    expect(rt.mail.sent.map((m) => m.to[0])).toEqual([FOUNDER, COFOUNDER]);
    // A third run later that day finds the month sent.
    expect(fire(at(2026, 4, 5, 9))).toEqual({ outcome: 'not-due', month: '2026-03', reason: 'sent' });
    expect(rt.locks.holder('document')).toBeNull();
  });
});

describe('sendDigestNow', () => {
  it('a test to the user only, marked [Test], not recorded: the month’s digest still goes out on its day', () => {
    const { rt, addon, save, fire } = setup();
    save(ON);
    rt.clock.set(at(2026, 4, 2, 15));
    expect(addon.scriptRun('sendDigestNow')).toEqual({ sentTo: [FOUNDER] });
    expect(rt.mail.sent.map((m) => [m.to, m.subject])).toEqual([[[FOUNDER], '[Test] Pilote — March 2026: 1 objective missed (Pilote (local))']]);
    expect(rt.properties.get('document', 'pilote.digest.sent')).toBeNull();
    expect(fire(at(2026, 4, 5))).toMatchObject({ outcome: 'sent', sentTo: [FOUNDER, COFOUNDER] });
  });

  it('with the quota used up: a message saying so, nothing sent', () => {
    const { rt, addon } = setup();
    rt.mail.remainingQuota = 0;
    expect(() => addon.scriptRun('sendDigestNow')).toThrow(new ScriptRunFailure('Error: Your daily email quota is used up: try the test digest again tomorrow.'));
    expect(rt.mail.sent).toEqual([]);
  });
});
