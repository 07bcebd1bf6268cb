import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Page } from 'playwright-core';

/**
 * PNG screenshots of preview pages through Debian's Chromium (playwright-core never downloads
 * a browser): headless, sandbox off for containers, no background network.
 */
export const CHROMIUM_PATH = process.env.PILOTE_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export interface ScreenshotOptions {
  /** Viewport, default 1400 × 900; unless fullPage is false, it grows to the whole page before the shot. */
  width?: number;
  height?: number;
  fullPage?: boolean;
  /** Runs in the page before the shot (e.g. to measure where things are drawn); its result is returned. */
  inspect?: (page: Page) => Promise<unknown>;
}

/** Opens `htmlPath` in Chromium and saves a PNG at `pngPath`; returns what `inspect` returned. */
export async function screenshotPage(htmlPath: string, pngPath: string, opts: ScreenshotOptions = {}): Promise<unknown> {
  if (!fs.existsSync(CHROMIUM_PATH)) throw new Error(`Chromium not found at ${CHROMIUM_PATH} (install Debian's chromium package, or set PILOTE_CHROMIUM)`);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  try {
    const page = await browser.newPage({ viewport: { width: opts.width ?? 1400, height: opts.height ?? 900 } });
    // The page must stand alone: any request other than the file itself fails the shot.
    const requests: string[] = [];
    const target = pathToFileURL(path.resolve(htmlPath)).href;
    page.on('request', (r) => { if (r.url() !== target) requests.push(r.url()); });
    await page.goto(target, { waitUntil: 'load' });
    if (opts.fullPage !== false) {
      // Grow the viewport to the whole page, so sticky headings and tabs sit where they belong.
      const size = (await page.evaluate('({ w: document.documentElement.scrollWidth, h: document.documentElement.scrollHeight })')) as { w: number; h: number };
      await page.setViewportSize({ width: Math.max(size.w, opts.width ?? 1400), height: Math.max(size.h, 200) });
    }
    const inspected = opts.inspect ? await opts.inspect(page) : undefined;
    fs.mkdirSync(path.dirname(path.resolve(pngPath)), { recursive: true });
    await page.screenshot({ path: pngPath, fullPage: opts.fullPage !== false });
    if (requests.length > 0) throw new Error(`The preview page made requests: ${requests.join(', ')}`);
    return inspected;
  } finally {
    await browser.close();
  }
}
