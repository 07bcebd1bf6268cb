import { MSG_RECURRENCE, MSG_TOO_MANY_CLOCK } from '../../../../src/local/runtime/services/script';
import { makeRuntime, SCOPES, thrown } from './fixture';

function setup() {
  const rt = makeRuntime({ scopes: [SCOPES.triggers] });
  return { rt, S: rt.globals().ScriptApp };
}

// developers.google.com/apps-script/reference/script/script-app
describe('ScriptApp', () => {
  it('needs the script.scriptapp scope', () => {
    const rt = makeRuntime({ scopes: [] });
    expect(thrown(() => rt.globals().ScriptApp.newTrigger('f')).message).toBe('You do not have permission to call ScriptApp.newTrigger. Required permissions: https://www.googleapis.com/auth/script.scriptapp');
  });

  it('creates a daily clock trigger and lists, inspects and deletes it', () => {
    const { rt, S } = setup();
    const t = S.newTrigger('sendDigest').timeBased().everyDays(1).atHour(8).nearMinute(15).inTimezone('Europe/Paris').create();
    expect(t.getHandlerFunction()).toBe('sendDigest');
    expect(t.getEventType() === S.EventType.CLOCK).toBe(true);
    expect(String(t.getTriggerSource())).toBe('CLOCK');
    expect(t.getTriggerSourceId()).toBeNull();
    expect(rt.triggers.list()).toEqual([expect.objectContaining({ handler: 'sendDigest', eventType: 'CLOCK', schedule: { everyDays: 1, atHour: 8, nearMinute: 15, timezone: 'Europe/Paris' } })]);
    const listed = S.getProjectTriggers();
    expect(listed.map((x) => x.getUniqueId())).toEqual([t.getUniqueId()]);
    S.deleteTrigger(listed[0]);
    expect(S.getProjectTriggers()).toHaveLength(0);
  });

  it('an add-on gets one time-driven trigger per user per document (developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions)', () => {
    const { S } = setup();
    S.newTrigger('a').timeBased().everyHours(1).create();
    expect(thrown(() => S.newTrigger('b').timeBased().everyDays(1).create())).toEqual({ name: 'Exception', message: MSG_TOO_MANY_CLOCK });
  });

  it('an add-on trigger may not recur more than once an hour', () => {
    const { rt, S } = setup();
    expect(thrown(() => S.newTrigger('a').timeBased().everyMinutes(30).create()).message).toBe(MSG_RECURRENCE);
    expect(rt.triggers.list()).toHaveLength(0);
  });

  it('spreadsheet triggers take the spreadsheet id; one per type', () => {
    const { rt, S } = setup();
    const ss = rt.globals().SpreadsheetApp.getActive();
    const t = S.newTrigger('onEditHandler').forSpreadsheet(ss).onEdit().create();
    expect(t.getTriggerSourceId()).toBe('stub-spreadsheet-id');
    expect(String(t.getEventType())).toBe('ON_EDIT');
    expect(S.getUserTriggers(ss)).toHaveLength(1);
    S.newTrigger('h').forSpreadsheet(ss).onOpen().create();
    expect(() => S.newTrigger('h2').forSpreadsheet(ss).onEdit().create()).toThrow(/too many edit triggers/);
  });

  it('managing triggers needs AuthMode.FULL', () => {
    const { rt, S } = setup();
    expect(thrown(() => rt.execute('LIMITED', () => S.newTrigger('f'))).message).toBe('You do not have permission to call ScriptApp.newTrigger in AuthMode.LIMITED');
  });

  it('getAuthorizationInfo reports the host-set status', () => {
    const { rt, S } = setup();
    expect(String(S.getAuthorizationInfo(S.AuthMode.FULL).getAuthorizationStatus())).toBe('NOT_REQUIRED');
    rt.triggers.authorizationRequired = true;
    const info = S.getAuthorizationInfo(S.AuthMode.FULL);
    expect(info.getAuthorizationStatus() === S.AuthorizationStatus.REQUIRED).toBe(true);
    expect(typeof info.getAuthorizationUrl()).toBe('string');
  });
});
