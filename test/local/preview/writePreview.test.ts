import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { writePreview } from '../../../src/local/preview';
import { buildDashboard, addShowcase } from './fixture';

describe('writePreview', () => {
  let dir: string;
  beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pilote-preview-')); });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes index.html and one page per sheet, in the workbook\'s tab order, linked both ways', () => {
    const env = buildDashboard('fr_FR');
    addShowcase(env);
    env.ss.insertSheet('Leads', 0); // first tab
    const { index, pages } = writePreview(env.model, dir);
    expect(pages.map((p) => [p.sheet, path.basename(p.file)])).toEqual([
      ['Leads', '01-leads.html'], ['Tableau de bord', '02-tableau-de-bord.html'], ['Acquisition', '03-acquisition.html'],
    ]);
    const html = fs.readFileSync(index, 'utf8');
    expect([...html.matchAll(/<li>.*?<a href="([^"]+)">([^<]+)<\/a>/g)].map((m) => [m[1], m[2]])).toEqual([
      ['01-leads.html', 'Leads'], ['02-tableau-de-bord.html', 'Tableau de bord'], ['03-acquisition.html', 'Acquisition'],
    ]);
    const page = fs.readFileSync(pages[1].file, 'utf8');
    expect(page).toContain('<a href="index.html">All sheets</a>');
    expect(page).toContain('<a href="02-tableau-de-bord.html" class="current" aria-current="page" style="border-bottom-color:#34a853">Tableau de bord</a>');
    expect(page).toContain('<a href="03-acquisition.html" style="border-bottom-color:#4285f4">Acquisition</a>');
  });

  it('keeps to the sheets asked for, and refuses a sheet that does not exist', () => {
    const env = buildDashboard('fr_FR');
    addShowcase(env);
    const { pages } = writePreview(env.model, dir, { sheets: ['Acquisition', 'Tableau de bord'], title: 'Pilote' });
    expect(pages.map((p) => p.sheet)).toEqual(['Tableau de bord', 'Acquisition']);
    expect(fs.readdirSync(dir).sort()).toEqual(['01-tableau-de-bord.html', '02-acquisition.html', 'index.html']);
    expect(() => writePreview(env.model, dir, { sheets: ['Nope'] })).toThrow('No sheet named "Nope"');
  });

  it('pages stand alone: inline CSS and SVG, no script, nothing fetched', () => {
    const env = buildDashboard('en_US');
    const { pages, index } = writePreview(env.model, dir);
    for (const file of [index, ...pages.map((p) => p.file)]) {
      const html = fs.readFileSync(file, 'utf8');
      expect(html).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|url\((?!#)|@import|href="https?:/i); // url(#…) is an SVG clip path inside the page
      expect(html).toContain('Content-Security-Policy');
    }
  });

  it('says which rows it leaves out of a long sheet', () => {
    const env = buildDashboard('en_US');
    const { pages } = writePreview(env.model, dir, { maxRows: 5 });
    expect(fs.readFileSync(pages[0].file, 'utf8')).toContain('Rows 6 to 17 are not shown in this preview.');
  });
});
