import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { renderSheetHtml, writePreview } from '../../../src/local/preview';
import { runtimeWith } from './fixture';
import { chartSvg, cellText } from './html';

const EVIL = `<img src=x onerror=alert(1)> "&'`;
const ESCAPED = '&lt;img src=x onerror=alert(1)&gt; &quot;&amp;&#39;';

/** A workbook whose cell, sheet name, note, chart title and category label all hold markup. */
function evilWorkbook() {
  const env = runtimeWith('en_US');
  const sheet = env.ss.getSheets()[0].setName(`Owners ${EVIL}`);
  sheet.getRange('A1:B3').setValues([['Owner', 'Deals'], [EVIL, 3], ['Bruno', 5]]);
  sheet.getRange('A2').setNote(`Note: ${EVIL}`);
  sheet.insertChart(sheet.newChart().addRange(sheet.getRange('A1:B3')).setPosition(5, 1, 0, 0).asColumnChart().setTitle(`Title ${EVIL}`).build());
  return { ...env, sheet };
}

describe('every text from the workbook is escaped', () => {
  it('in cells, notes, sheet names, chart titles and category labels: no markup gets through', () => {
    const { model, sheet } = evilWorkbook();
    const html = renderSheetHtml(model, sheet.getName(), { tabs: [{ name: sheet.getName(), href: 'p.html', color: null, current: true }] });
    expect(html).not.toContain('<img');
    expect(html).not.toMatch(/onerror=alert\(1\)>/);
    expect(cellText(html, 'A2')).toBe(EVIL);
    expect(html).toContain(`<title>Owners ${ESCAPED} — Pilote demo</title>`);
    expect(html).toContain(`title="Note: ${ESCAPED}"`);
    expect(html).toContain(`<dd>Note: ${ESCAPED}</dd>`);
    expect(html).toContain(`>Owners ${ESCAPED}</a>`);
    // ECharts escapes the SVG text itself: the chart title and the category label.
    const svg = chartSvg(html);
    expect(svg).toContain(`>Title ${ESCAPED}</text>`);
    expect(svg).toContain(`>${ESCAPED}</text>`);
    expect(html).toContain(`aria-label="Title ${ESCAPED}"`);
  });

  it('in the index page and the file names', () => {
    const { model } = evilWorkbook();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pilote-preview-'));
    try {
      const { index, pages } = writePreview(model, dir);
      expect(path.basename(pages[0].file)).toBe('01-owners-img-src-x-onerror-alert-1.html');
      const html = fs.readFileSync(index, 'utf8');
      expect(html).not.toContain('<img');
      expect(html).toContain(`>Owners ${ESCAPED}</a>`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps colours and fonts from the workbook out of the style attribute unless they are colours and font names', () => {
    const { model, ss } = runtimeWith('en_US');
    const sheet = ss.getSheets()[0];
    sheet.getRange('A1').setValue('x').setFontFamily('Arial;background:url(http://example.com/x)');
    sheet.setTabColor('red;background:url(http://example.com/y)');
    const html = renderSheetHtml(model, sheet.getName(), { tabs: [{ name: 'S', href: 'p.html', color: sheet.getTabColor(), current: true }] });
    expect(html).not.toContain('url(');
    expect(html).not.toContain('example.com');
  });
});
