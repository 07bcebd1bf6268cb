/**
 * What the monthly digest meets: a daily time-driven trigger with no UI, add-on trigger rules,
 * who the user is, MailApp's per-message limits and per-object locks.
 */
import { LocalRuntime } from '../../../src/local/runtime/LocalRuntime';
import { WorkbookModel } from '../../../src/local/runtime/spreadsheet';
import { MSG_BODY_TOO_LARGE, MSG_TOO_MANY_RECIPIENTS } from '../../../src/local/runtime/services/mail';
import { MSG_EVERY_MINUTES, MSG_OTHER_DOCUMENT, MSG_RECURRENCE, MSG_TOO_MANY_CLOCK } from '../../../src/local/runtime/services/script';
import { loadBundle, makeRuntime, SCOPES, thrown } from './services/fixture';

const CODE = `
function showUi() { SpreadsheetApp.getUi(); return 'ui'; }
function toastOnly() { SpreadsheetApp.getActive().toast('Digest sent', 'Pilote'); return 'toasted'; }
function digest(e) { try { SpreadsheetApp.getUi().alert('Digest'); } catch (err) { return err.message; } }
function UI_IN_CELL() { return SpreadsheetApp.getUi() ? 'ui' : 'none'; }
function whoAmI() { return [Session.getActiveUser().getEmail(), Session.getEffectiveUser().getEmail()]; }
function WHO() { return Session.getActiveUser().getEmail() || '(blank)'; }
function onOpen(e) { Logger.log('active=' + Session.getActiveUser().getEmail()); }
`;

function setup(options: ConstructorParameters<typeof LocalRuntime>[0] = {}) {
  const model = WorkbookModel.fromGrids({ Deals: [['Deal'], ['D1']] }, { id: 'doc-1' });
  const rt = new LocalRuntime({ now: () => Date.UTC(2026, 4, 1, 8), scopes: [SCOPES.triggers, SCOPES.email, SCOPES.mail], userEmail: 'founder@example.com', ...options }, model);
  return { rt, addon: loadBundle(CODE, rt), S: rt.globals().ScriptApp };
}

describe('a time-driven trigger has no UI (developers.google.com/apps-script/guides/triggers/installable#time-driven_triggers)', () => {
  it('getUi() throws "Cannot call SpreadsheetApp.getUi() from this context."; toast() is silently not shown', () => {
    const { rt, addon, S } = setup();
    rt.execute('FULL', () => S.newTrigger('digest').timeBased().everyDays(1).atHour(8).create());
    expect(addon.runTrigger('digest')).toBe('Cannot call SpreadsheetApp.getUi() from this context.');
    const t = rt.execute('FULL', () => S.getProjectTriggers()[0]);
    rt.execute('FULL', () => S.deleteTrigger(t));
    rt.execute('FULL', () => S.newTrigger('toastOnly').timeBased().everyDays(1).create());
    expect(addon.runTrigger('toastOnly')).toBe('toasted');
    expect(rt.eventsOf('toast')).toEqual([{ type: 'toast', msg: 'Digest sent', title: 'Pilote', timeout: 5, shown: false }]);
  });

  it('from a menu item the same calls reach the user', () => {
    const { rt, addon } = setup();
    expect(addon.call('showUi')).toBe('ui');
    addon.call('toastOnly');
    expect(rt.eventsOf('toast')[0].shown).toBe(true);
  });

  it('a custom function has no UI either', () => {
    const { addon } = setup();
    expect(addon.customFunction('UI_IN_CELL')).toEqual({ error: '#ERROR!', message: 'Cannot call SpreadsheetApp.getUi() from this context.' });
  });
});

describe('add-on trigger rules (developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions)', () => {
  it('only for its own document; one time-driven trigger per user per document; at most hourly', () => {
    const { rt, S } = setup();
    rt.execute('FULL', () => {
      expect(thrown(() => S.newTrigger('h').forSpreadsheet('another-doc').onOpen().create()).message).toBe(MSG_OTHER_DOCUMENT);
      expect(thrown(() => S.newTrigger('h').timeBased().everyHours(1).everyMinutes(30).create()).message).toBe(MSG_RECURRENCE);
      S.newTrigger('h').forSpreadsheet('doc-1').onOpen().create();
      S.newTrigger('digest').timeBased().everyDays(1).atHour(7).create();
      expect(thrown(() => S.newTrigger('digest2').timeBased().everyHours(1).create()).message).toBe(MSG_TOO_MANY_CLOCK);
    });
    expect(rt.triggers.list().map((t) => [t.handler, t.eventType, t.sourceId])).toEqual([['h', 'ON_OPEN', 'doc-1'], ['digest', 'CLOCK', null]]);
  });

  it('everyMinutes takes only 1, 5, 10, 15 or 30 (developers.google.com/apps-script/reference/script/clock-trigger-builder#everyMinutes(Integer))', () => {
    const { rt, S } = setup();
    rt.triggers.addonRules = false; // a plain script, to see the builder's own check
    rt.execute('FULL', () => {
      for (const n of [0, 2, 7, 20, 60]) expect([n, thrown(() => S.newTrigger('f').timeBased().everyMinutes(n)).message]).toEqual([n, MSG_EVERY_MINUTES]);
      for (const n of [1, 5, 10, 15, 30]) S.newTrigger(`f${n}`).timeBased().everyMinutes(n).create();
    });
    expect(rt.triggers.list().map((t) => t.schedule?.everyMinutes)).toEqual([1, 5, 10, 15, 30]);
  });
});

describe('who the user is (developers.google.com/apps-script/reference/base/session#getActiveUser())', () => {
  it('blank where the user has not authorised the run: simple onOpen, custom functions', () => {
    const { rt, addon } = setup();
    addon.onOpen({ authMode: 'LIMITED' });
    expect(rt.eventsOf('log').map((e) => e.message)).toEqual(['active=']);
    expect(addon.customFunction('WHO')).toBe('(blank)');
    expect(addon.call('whoAmI')).toEqual(['founder@example.com', 'founder@example.com']);
  });

  it('a user of the developer\'s domain is visible everywhere', () => {
    const { rt, addon } = setup({ sameDomainAsDeveloper: true });
    addon.onOpen({ authMode: 'LIMITED' });
    expect(rt.eventsOf('log').map((e) => e.message)).toEqual(['active=founder@example.com']);
    expect(addon.customFunction('WHO')).toBe('founder@example.com');
  });

  it('an installable trigger runs as its creator; fired by a colleague, the active user is blank', () => {
    const { rt, addon, S } = setup();
    rt.execute('FULL', () => S.newTrigger('whoAmI').forSpreadsheet('doc-1').onEdit().create());
    expect(addon.runTrigger('whoAmI')).toEqual(['founder@example.com', 'founder@example.com']);
    expect(addon.runTrigger('whoAmI', {}, { activeUser: 'colleague@example.com' })).toEqual(['', 'founder@example.com']);
  });

  it('a time-driven trigger runs as its creator', () => {
    const { rt, addon, S } = setup();
    rt.execute('FULL', () => S.newTrigger('whoAmI').timeBased().everyDays(1).create());
    expect(addon.runTrigger('whoAmI')).toEqual(['founder@example.com', 'founder@example.com']);
  });
});

describe('MailApp per-message limits (developers.google.com/apps-script/guides/services/quotas#current_limitations)', () => {
  function mail() {
    const rt = makeRuntime({ scopes: [SCOPES.mail], mailQuota: 1500 });
    return { rt, M: rt.globals().MailApp, U: rt.globals().Utilities };
  }
  const list = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}@example.com`).join(',');

  it('50 recipients (to + cc + bcc) per message: 20 + 20 + 10 is sent, 20 + 20 + 11 is refused and counts nothing', () => {
    const { rt, M } = mail();
    expect(thrown(() => M.sendEmail(list('t', 20), 'Digest', 'b', { cc: list('c', 20), bcc: list('b', 11) }))).toEqual({ name: 'Exception', message: MSG_TOO_MANY_RECIPIENTS });
    expect(MSG_TOO_MANY_RECIPIENTS).toBe('Limit Exceeded: Email Recipients Per Message.');
    expect(M.getRemainingDailyQuota()).toBe(1500);
    M.sendEmail(list('t', 20), 'Digest', 'b', { cc: list('c', 20), bcc: list('b', 10) });
    expect(M.getRemainingDailyQuota()).toBe(1450);
    expect(rt.mail.sent).toHaveLength(1);
  });

  it('a body over 200 KB (200,000 bytes of UTF-8) is refused: 100,000 × "é" (2 bytes) passes, 100,001 fails', () => {
    const { rt, M } = mail();
    M.sendEmail({ to: 'a@example.com', subject: 'S', body: 'plain', htmlBody: 'é'.repeat(100000) });
    expect(thrown(() => M.sendEmail({ to: 'a@example.com', subject: 'S', body: 'plain', htmlBody: 'é'.repeat(100001) })).message).toBe(MSG_BODY_TOO_LARGE);
    expect(thrown(() => M.sendEmail('a@example.com', 'S', 'x'.repeat(200001))).message).toBe(MSG_BODY_TOO_LARGE);
    expect(rt.mail.sent).toHaveLength(1);
  });

  it('an inline image no cid: refers to is sent anyway (no error), and listed as unreferenced', () => {
    const { rt, M, U } = mail();
    const logo = U.newBlob([1, 2, 3], 'image/png', 'logo.png');
    const chart = U.newBlob([4, 5], 'image/png', 'chart.png');
    M.sendEmail({ to: 'a@example.com', subject: 'S', body: 'b', htmlBody: '<img src="cid:logo"><p>KPIs</p>', inlineImages: { logo, chart } });
    const sent = rt.mail.sent[0];
    expect(Object.keys(sent.inlineImages)).toEqual(['logo', 'chart']);
    expect(sent.unreferencedInlineImages).toEqual(['chart']);
  });
});

describe('Lock.hasLock is per Lock object (developers.google.com/apps-script/reference/lock/lock#hasLock())', () => {
  it('two getDocumentLock() objects: only the one that acquired reports true', () => {
    const rt = makeRuntime();
    rt.execute('FULL', () => {
      const L = rt.globals().LockService;
      const first = L.getDocumentLock();
      const second = L.getDocumentLock();
      expect(first.hasLock()).toBe(false); // never called tryLock/waitLock
      expect(first.tryLock(1000)).toBe(true);
      expect([first.hasLock(), second.hasLock()]).toEqual([true, false]);
      first.releaseLock();
      expect(first.hasLock()).toBe(false);
    });
  });

  it('a lock object that timed out reports false', () => {
    const rt = makeRuntime();
    rt.locks.holdAsOtherExecution('document');
    rt.execute('FULL', () => {
      const lock = rt.globals().LockService.getDocumentLock();
      expect(lock.tryLock(500)).toBe(false);
      expect(lock.hasLock()).toBe(false);
    });
  });
});
