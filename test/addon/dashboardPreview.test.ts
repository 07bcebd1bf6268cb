/**
 * The dashboard as the founder sees it: the sample workbook refreshed by the built add-on, drawn
 * by the local preview (values, formats, colours, conditional formats, charts at their anchors),
 * checked for overlaps from the runtime's own geometry, and photographed in Chromium:
 * test/artifacts/dashboard-*.png; `UPDATE_DOCS=1` also writes the README's docs/dashboard.png.
 */
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chartBoxes, findOverlaps, writePreview } from '../../src/local/preview';
import { CHROMIUM_PATH, screenshotPage } from '../../src/local/preview/screenshot';
import type { MenuRefreshOutcome } from '../../src/addon/refreshDashboard';
import { harness } from './harness';
import { ARTIFACTS } from '../paths';

// In CI the browser is installed by .ci/run: its absence must fail there, not skip.
const browserIt = existsSync(CHROMIUM_PATH) || process.env.CI ? it : it.skip;

describe.each([['en_US', 'en'], ['fr_FR', 'fr']] as const)('the sample dashboard (%s)', (locale, lang) => {
  const h = harness({}, { timeZone: 'Europe/Paris', locale, userLocale: lang, now: () => Date.UTC(2026, 10, 25, 9) });
  h.addon.onOpen({ authMode: 'FULL' });
  h.addon.runMenuItem('insertSampleData');
  const out = h.addon.runMenuItem('refreshDashboard') as MenuRefreshOutcome;
  const generated = out.ok ? out.sheets.map((s) => s.name) : [];

  it('places no chart over a table, a title or another chart (the runtime’s geometry)', () => {
    expect(generated).toHaveLength(5);
    for (const name of generated) expect([name, findOverlaps(chartBoxes(h.rt.workbook, name))]).toEqual([name, []]);
  });

  browserIt('renders every generated sheet with nothing fetched, and photographs them', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pilote-dash-'));
    const files = writePreview(h.rt.workbook, dir, { sheets: generated });
    mkdirSync(ARTIFACTS, { recursive: true });
    for (const [i, p] of files.pages.entries()) {
      // screenshotPage fails when a page requests anything: the preview stands alone.
      await screenshotPage(p.file, path.join(ARTIFACTS, `dashboard-${lang}-${i + 1}.png`), { width: 1450, height: 1000 });
    }
    if (process.env.UPDATE_DOCS && lang === 'en') {
      await screenshotPage(files.pages[0].file, path.resolve(__dirname, '..', '..', 'docs', 'dashboard.png'), { width: 1450, height: 1000, fullPage: false });
    }
    expect(existsSync(path.join(ARTIFACTS, `dashboard-${lang}-1.png`))).toBe(true);
  }, 60_000);
});
