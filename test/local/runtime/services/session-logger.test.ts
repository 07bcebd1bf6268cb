import { makeRuntime, SCOPES, thrown } from './fixture';

// developers.google.com/apps-script/reference/base/session
describe('Session', () => {
  it('time zone, locale, temporary key', () => {
    const S = makeRuntime({ scriptTimeZone: 'America/Sao_Paulo', userLocale: 'pt' }).globals().Session;
    expect(S.getScriptTimeZone()).toBe('America/Sao_Paulo');
    expect(S.getActiveUserLocale()).toBe('pt');
    expect(S.getTemporaryActiveUserKey()).toBe(S.getTemporaryActiveUserKey());
  });

  it('getActiveUser().getEmail() needs the userinfo.email scope', () => {
    expect(thrown(() => makeRuntime({ scopes: [] }).globals().Session.getActiveUser()).message).toBe('You do not have permission to call Session.getActiveUser. Required permissions: https://www.googleapis.com/auth/userinfo.email');
    const rt = makeRuntime({ scopes: [SCOPES.email], userEmail: 'ana@example.com' });
    expect(rt.globals().Session.getActiveUser().getEmail()).toBe('ana@example.com');
    expect(rt.execute('CUSTOM_FUNCTION', () => rt.globals().Session.getEffectiveUser().getEmail())).toBe('');
  });
});

// developers.google.com/apps-script/reference/base/logger, …/guides/logging
describe('Logger and console', () => {
  it('captures into events, never prints', () => {
    const rt = makeRuntime();
    const spy = jest.spyOn(process.stdout, 'write');
    const g = rt.globals();
    g.Logger.log('KPI %s = %s', 'MRR', 1200);
    g.Logger.log({ a: 1 });
    g.console.log('n=%d', 3.7, 'extra');
    g.console.warn('careful');
    g.console.error(new Error('bad'));
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
    expect(rt.eventsOf('log').map((e) => [e.source, e.level, e.message])).toEqual([
      ['Logger', 'info', 'KPI MRR = 1200'],
      ['Logger', 'info', '{ a: 1 }'],
      ['console', 'info', 'n=3 extra'],
      ['console', 'warning', 'careful'],
      ['console', 'error', expect.stringContaining('Error: bad')],
    ]);
    expect(g.Logger.getLog()).toBe('KPI MRR = 1200\n{ a: 1 }\n');
    expect(rt.calls.get('console.log')).toBe(1);
  });
});
