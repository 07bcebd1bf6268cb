/**
 * The digest as a reader sees it: the sample workbook ("Insert sample data"), the daily trigger on
 * 5 December 2025 through build/Code.js, and the HTML MailApp was handed opened in Debian's Chromium
 * at 600 px (a desktop mail client's column) and 375 px (a phone). PNGs go to test/artifacts/
 * (git-ignored) to be looked at; the test checks that nothing is wider than the screen, that the
 * message column stops at 600 px, and that no text is smaller than 11 px. The page must make no
 * request (screenshotPage fails on any): the charts are table cells, not images.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { harness } from '../harness';
import { instantOf } from '../../../src/local/runtime/infra/timeZone';
import { screenshotPage } from '../../../src/local/preview/screenshot';
import { composeDigest } from '../../../src/core/digest/composeDigest';
import { GRIDS, marchModel } from '../../core/digest/fixture';
import { ARTIFACTS } from '../../paths';

const TZ = 'Europe/Paris';

/** The digest the trigger sent on 5 December 2025 for November (three objectives missed), from the sample workbook, in `language`. */
function sampleDigest(locale: string, language: 'en' | 'fr'): string {
  const now = instantOf({ year: 2025, month: 12, day: 5, hour: 8, minute: 0, second: 0, millisecond: 0 }, TZ);
  const { rt, addon } = harness({}, { timeZone: TZ, locale, now: () => now, userEmail: 'founder@example.com' });
  addon.onOpen({ authMode: 'FULL' });
  addon.runMenuItem('insertSampleData');
  addon.scriptRun('setDigest', { enabled: true, day: 5, hour: 8, recipients: ['founder@example.com'], language, refreshFirst: true });
  addon.runTrigger(rt.triggers.list()[0].uid);
  expect(rt.mail.sent).toHaveLength(1);
  const html = rt.mail.sent[0].htmlBody!;
  // Gmail clips a message past 102 KB ("[Message clipped]"); MailApp refuses 200 KB.
  expect(Buffer.byteLength(html)).toBeLessThan(102_000);
  return html;
}

interface Measured { innerWidth: number; card: number; overflowing: string[]; smallestFont: number }

/** In the page: its width, the message column's, text sticking out of the column, the smallest text. */
const measure = async (page: { evaluate(expr: string): Promise<unknown> }) => page.evaluate(`(() => {
  const column = document.querySelector('table[style*="max-width:600px"]');
  const card = column.getBoundingClientRect();
  const overflowing = [];
  let smallest = 100;
  for (const el of column.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || getComputedStyle(el).display === 'none') continue;
    if (r.right > card.right + 0.5 || r.left < card.left - 0.5) overflowing.push(el.tagName + ': ' + el.textContent.slice(0, 40));
    if (el.childNodes.length && [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim())) smallest = Math.min(smallest, parseFloat(getComputedStyle(el).fontSize));
  }
  return { innerWidth: window.innerWidth, card: card.width, overflowing: overflowing.slice(0, 5), smallestFont: smallest };
})()`) as Promise<Measured>;

describe('the digest in Chromium', () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  const en = path.join(ARTIFACTS, 'digest-en.html');
  const fr = path.join(ARTIFACTS, 'digest-fr.html');
  writeFileSync(en, sampleDigest('en_US', 'en'));
  writeFileSync(fr, sampleDigest('fr_FR', 'fr'));

  it('at 600 px: the column fills the width less the 8 px margins, nothing sticks out', async () => {
    const m = (await screenshotPage(en, path.join(ARTIFACTS, 'digest-600.png'), { width: 600, height: 800, inspect: measure })) as Measured;
    expect(m).toEqual({ innerWidth: 600, card: 584, overflowing: [], smallestFont: 11 });
  });

  it('at 375 px (a phone), in English and in French: no sideways scrolling, nothing sticks out', async () => {
    for (const [file, png] of [[en, 'digest-375.png'], [fr, 'digest-fr-375.png']]) {
      const m = (await screenshotPage(file, path.join(ARTIFACTS, png), { width: 375, height: 800, inspect: measure })) as Measured;
      expect([png, m]).toEqual([png, { innerWidth: 375, card: 359, overflowing: [], smallestFont: 11 }]);
    }
  });

  it('on a wide screen the column stops at 600 px', async () => {
    const m = (await screenshotPage(en, path.join(ARTIFACTS, 'digest-wide.png'), { width: 1000, height: 800, inspect: measure })) as Measured;
    expect([m.innerWidth, m.card]).toEqual([1000, 600]);
  });

  it('a channel and a workbook named with one long unbroken word still fit a phone', async () => {
    const long = 'www.a-very-long-channel-name-without-any-space-at-all.example.com';
    const leads = GRIDS.Leads.map((row, i) => (i === 1 ? [row[0], row[1], long, row[3]] : row));
    const model = marchModel('en', { ...GRIDS, Leads: leads }, 'Q4-pipeline-review-of-the-whole-sales-team-2026-final-v3');
    const file = path.join(ARTIFACTS, 'digest-long-names.html');
    writeFileSync(file, composeDigest(model, { dashboardUrl: 'https://docs.google.com/spreadsheets/d/X/edit#gid=1' }).html);
    const m = (await screenshotPage(file, path.join(ARTIFACTS, 'digest-long-names-375.png'), { width: 375, height: 800, inspect: measure })) as Measured;
    expect(m).toEqual({ innerWidth: 375, card: 359, overflowing: [], smallestFont: 11 });
  });
});
