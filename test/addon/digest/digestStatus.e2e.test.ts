/**
 * digestStatus(), what the sidebar shows of the digest: the defaults before anything is saved
 * (the user's address from Session.getActiveUser(), the dashboard's language), then what the
 * daily trigger (build/Code.js) recorded.
 */
import type { HostGrid } from '../harness';
import { harness } from '../harness';
import { instantOf } from '../../../src/local/runtime/infra/timeZone';
import { GRIDS } from '../../core/digest/fixture';
import { loadDigestModules } from './digestModules';

const TZ = 'Europe/Paris';
const at = (y: number, m: number, d: number, h = 8) => instantOf({ year: y, month: m, day: d, hour: h, minute: 0, second: 0, millisecond: 0 }, TZ);

async function setup(locale: string) {
  const h = harness(GRIDS as Record<string, HostGrid>, { timeZone: TZ, locale, now: () => at(2026, 4, 1), userEmail: 'fondatrice@example.fr' });
  const modules = await loadDigestModules(h.rt);
  return { ...h, status: () => h.rt.execute('FULL', () => modules.digestStatus(), { kind: 'scriptRun' }) };
}

describe('digestStatus', () => {
  it('before anything is saved: off, the 1st at 8:00, the user as recipient, the spreadsheet’s language, refresh first', async () => {
    const { status } = await setup('fr_FR');
    expect(status()).toEqual({ settings: { enabled: false, day: 1, hour: 8, recipients: ['fondatrice@example.fr'], language: 'fr', refreshFirst: true } });
  });

  it('the dashboard’s chosen language wins over the locale’s', async () => {
    const { rt, status } = await setup('fr_FR');
    rt.properties.set('document', 'pilote.settings', JSON.stringify({ language: 'en' }));
    expect(status().settings.language).toBe('en');
  });

  it('after a run the quota cut short: the saved settings, when the digest was last sent, and who it has not reached', async () => {
    const { rt, addon, status } = await setup('fr_FR');
    const settings = { enabled: true, day: 5, hour: 8, recipients: ['associe@example.fr', 'fondatrice@example.fr'], language: 'fr', refreshFirst: false };
    addon.scriptRun('setDigest', settings);
    rt.mail.remainingQuota = 1;
    rt.clock.set(at(2026, 4, 5));
    addon.runTrigger(rt.triggers.list()[0].uid);
    expect(status()).toEqual({
      settings,
      lastSent: { month: '2026-03', at: '2026-04-05T06:00:00.000Z' },
      notSent: { month: '2026-03', recipients: ['associe@example.fr'], reason: 'le quota quotidien d’e-mails était épuisé (encore 1 envoi(s) possible(s) aujourd’hui) ; Pilote réessaie demain' },
    });
    expect(rt.mail.sent.map((m) => [m.to[0], m.subject])).toEqual([['fondatrice@example.fr', 'Pilote — mars 2026\u00a0: 1 objectif manqué (Pilote (local))']]);
  });
});
