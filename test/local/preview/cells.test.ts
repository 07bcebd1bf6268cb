import { renderSheetHtml, ROW_HEADER_WIDTH } from '../../../src/local/preview';
import { runtimeWith, month } from './fixture';
import { cellTd, cellText, cellStyle } from './html';

const NNBSP = '\u202f'; // Sheets' thousands separator in fr_FR

describe('cells: display text through the number formats, in the spreadsheet locale', () => {
  // Each expected text is worked out by hand from the format: groups of three digits, the
  // locale's separators, the section picked by the sign, the literal text.
  const values = [12345, 0.1234, 0.05, -0.0412, 0, 46174, 12345.6, 'Manqué', 1234567];
  const formats = ['#,##0 "€"', '0.0%', '+0.0%;-0.0%', '+0.0%;-0.0%', '+0.0%;-0.0%', 'mmm yyyy', '0', '@', '#,##0.0,,"M"'];
  it('in fr_FR: 12 345 €, 12,3%, +5,0%, -4,1%, +0,0%, juin 2026, 12346, text, 1,2M', () => {
    const { model, ss } = runtimeWith('fr_FR');
    const sheet = ss.getSheets()[0];
    sheet.getRange(2, 1, 1, values.length).setValues([values]).setNumberFormats([formats]);
    const html = renderSheetHtml(model, sheet.getName());
    // 46174 is the serial of 2026-06-01 (45658 is 2025-01-01, + 365 + 151 days).
    expect(['A2', 'B2', 'C2', 'D2', 'E2', 'F2', 'G2', 'H2', 'I2'].map((a1) => cellText(html, a1)))
      .toEqual([`12${NNBSP}345 €`, '12,3%', '+5,0%', '-4,1%', '+0,0%', 'juin 2026', '12346', 'Manqué', '1,2M']);
  });
  it('in en_US: $12,345 with "$"#,##0, and dotted decimals', () => {
    const { model, ss } = runtimeWith('en_US');
    const sheet = ss.getSheets()[0];
    sheet.getRange('A2:D2').setValues([[12345, 0.1234, -0.0412, month(2026, 6)]]).setNumberFormats([['"$"#,##0', '0.0%', '+0.0%;-0.0%', 'mmm yyyy']]);
    const html = renderSheetHtml(model, sheet.getName());
    expect(['A2', 'B2', 'C2', 'D2'].map((a1) => cellText(html, a1))).toEqual(['$12,345', '12.3%', '-4.1%', 'Jun 2026']);
  });
  it('colours a number by its format section ([Red] for negatives)', () => {
    const { model, ss } = runtimeWith('en_US');
    const sheet = ss.getSheets()[0];
    sheet.getRange('A1:B1').setValues([[-5, 5]]).setNumberFormat('#,##0;[Red]-#,##0');
    const html = renderSheetHtml(model, sheet.getName());
    expect(cellText(html, 'A1')).toBe('-5');
    expect(cellStyle(html, 'A1')).toContain('color:#ff0000');
    expect(cellStyle(html, 'B1')).not.toContain('color:');
  });
});

describe('cells: formats, sizes and layout as Sheets draws them', () => {
  function sheetWithFormats() {
    const env = runtimeWith('en_US');
    const sheet = env.ss.getSheets()[0];
    sheet.getRange('A1:D1').setValues([['Deal', 1200, true, 'a long label that runs over']]);
    sheet.getRange('A2:C2').setValues([['Right', 'Centre', 'Wrapped text that takes several lines in a narrow column']]);
    sheet.getRange('A1').setBackground('#CFE2F3').setFontColor('#1155cc').setFontWeight('bold').setFontStyle('italic').setFontSize(12);
    sheet.getRange('A2').setHorizontalAlignment('right');
    sheet.getRange('B2').setHorizontalAlignment('center');
    sheet.getRange('C2').setWrap(true);
    sheet.setColumnWidth(2, 150);
    sheet.setRowHeight(3, 40);
    sheet.getRange('A3').setValue('third');
    sheet.getRange('B1').setNote('Sum of won deals');
    sheet.setTabColor('#ff6d01');
    return { ...env, sheet };
  }

  it('draws background, font colour, weight, style and size of each cell', () => {
    const { model, sheet } = sheetWithFormats();
    const style = cellStyle(renderSheetHtml(model, sheet.getName()), 'A1');
    expect(style).toContain('background-color:#cfe2f3');
    expect(style).toContain('color:#1155cc');
    expect(style).toContain('font-weight:bold');
    expect(style).toContain('font-style:italic');
    expect(style).toContain('font-size:12pt');
  });

  it('aligns numbers right, booleans centre and text left by default, as Sheets does; set alignments win', () => {
    const { model, sheet } = sheetWithFormats();
    const html = renderSheetHtml(model, sheet.getName());
    expect(cellStyle(html, 'B1')).toContain('justify-content:flex-end');
    expect(cellStyle(html, 'C1')).toContain('justify-content:center');
    expect(cellText(html, 'C1')).toBe('TRUE');
    expect(cellStyle(html, 'D1')).not.toContain('justify-content');
    expect(cellStyle(html, 'A2')).toContain('justify-content:flex-end');
    expect(cellStyle(html, 'B2')).toContain('justify-content:center');
  });

  it('uses the column widths and row heights in px (100 and 21 by default)', () => {
    const { model, sheet } = sheetWithFormats();
    const html = renderSheetHtml(model, sheet.getName());
    const cols = [...html.matchAll(/<col style="width:(\d+)px">/g)].map((m) => Number(m[1]));
    expect(cols).toEqual([ROW_HEADER_WIDTH, 100, 150, 100, 100]);
    expect(/<tr style="height:(\d+)px"[^>]*><th class="rh">3<\/th>/.exec(html)![1]).toBe('40');
    // Rows without a set height fit their text (an estimate: lines of 1.15 em plus 4 px, at least 21).
    // Row 1: 12 pt is 16 px, 16 × 1.15 + 4 = 22.4 → 23. Row 2: C2's 56 characters wrap in 100 px
    // at 0.55 em (7.33 px) a character: 94 px hold 12 of them, so 5 lines of 10 pt (13.33 px):
    // 5 × 13.33 × 1.15 + 4 = 80.7 → 81.
    expect(/<tr style="height:(\d+)px"[^>]*><th class="rh">1<\/th>/.exec(html)![1]).toBe('23');
    expect(/<tr style="height:(\d+)px"[^>]*><th class="rh">2<\/th>/.exec(html)![1]).toBe('81');
    expect(cellTd(html, 'C2')).toContain('class="c w"');
  });

  it('lets unwrapped text run over the empty cells on its right, and clips it at the next value', () => {
    const { model, sheet } = sheetWithFormats();
    const html = renderSheetHtml(model, sheet.getName());
    // D1 is the last column with content: no room on its right inside the drawn area.
    expect(cellStyle(html, 'D1')).not.toContain('width:');
    sheet.getRange('A5').setValue('A title longer than its column');
    const html2 = renderSheetHtml(model, sheet.getName());
    // A5 (100 px) runs over B5 (150), C5 and D5 (100 each): 450 px.
    expect(cellStyle(html2, 'A5')).toContain('width:450px');
    sheet.getRange('C5').setValue('x');
    expect(cellStyle(renderSheetHtml(model, sheet.getName()), 'A5')).toContain('width:250px');
  });

  it('marks notes in the corner, shows them on hover and lists them under the grid', () => {
    const { model, sheet } = sheetWithFormats();
    const html = renderSheetHtml(model, sheet.getName());
    expect(cellTd(html, 'B1')).toMatch(/^<td class="n"[^>]* title="Sum of won deals">/);
    expect(html).toContain('<dt>B1</dt><dd>Sum of won deals</dd>');
  });

  it('keeps frozen rows in the sticky heading of the table, and shows the tab colour', () => {
    const { model, sheet } = sheetWithFormats();
    sheet.setFrozenRows(2);
    const html = renderSheetHtml(model, sheet.getName(), { tabs: [{ name: sheet.getName(), href: 'x.html', color: sheet.getTabColor(), current: true }] });
    const thead = /<thead>(.*?)<\/thead>/s.exec(html)![1];
    expect([...thead.matchAll(/<th class="rh">(\d+)<\/th>/g)].map((m) => m[1])).toEqual(['1', '2']);
    expect(/<tbody>(.*?)<\/tbody>/s.exec(html)![1]).toContain('<th class="rh">3</th>');
    expect(html).toContain('class="current" aria-current="page" style="border-bottom-color:#ff6d01"');
  });

  it('keeps frozen columns sticky at their offset from the left', () => {
    const { model, sheet } = sheetWithFormats();
    sheet.setFrozenColumns(2);
    const html = renderSheetHtml(model, sheet.getName());
    // Column A starts after the 46 px of row headings, column B 100 px later.
    expect(cellTd(html, 'A2')).toMatch(/^<td class="fc" style="left:46px;background-color:#ffffff">/);
    expect(cellTd(html, 'B3')).toMatch(/^<td class="fc" style="left:146px;background-color:#ffffff">/);
    expect(cellTd(html, 'C3')).not.toContain('fc');
  });

  it('draws only the used area, with A, B, C… and 1, 2, 3… headings; hidden rows and columns are left out', () => {
    const { model, sheet } = sheetWithFormats();
    let html = renderSheetHtml(model, sheet.getName());
    expect([...html.matchAll(/<th class="ch[^"]*"[^>]*>([A-Z]+)<\/th>/g)].map((m) => m[1])).toEqual(['A', 'B', 'C', 'D']);
    expect([...html.matchAll(/<th class="rh">(\d+)<\/th>/g)].map((m) => m[1])).toEqual(['1', '2', '3']);
    sheet.hideRows(2);
    sheet.hideColumns(3);
    html = renderSheetHtml(model, sheet.getName());
    expect([...html.matchAll(/<th class="ch[^"]*"[^>]*>([A-Z]+)<\/th>/g)].map((m) => m[1])).toEqual(['A', 'B', 'D']);
    expect([...html.matchAll(/<th class="rh">(\d+)<\/th>/g)].map((m) => m[1])).toEqual(['1', '3']);
  });

  it('draws borders set with setBorder on the grid lines they replace', () => {
    const { model, sheet, app } = sheetWithFormats();
    sheet.getRange('B2:C2').setBorder(true, null, true, null, null, null, '#1a73e8', app.BorderStyle.SOLID);
    const html = renderSheetHtml(model, sheet.getName());
    // The top line of B2 is the bottom line of B1; the bottom line of B2 is its own.
    expect(cellStyle(html, 'B1')).toContain('border-bottom:1px solid #1a73e8');
    expect(cellStyle(html, 'B2')).toContain('border-bottom:1px solid #1a73e8');
    expect(cellStyle(html, 'D2')).not.toContain('border-bottom');
  });

  it('draws a checkbox for a boolean with checkbox validation', () => {
    const { model, sheet } = sheetWithFormats();
    sheet.getRange('E1').insertCheckboxes().setValue(true);
    expect(cellText(renderSheetHtml(model, sheet.getName()), 'E1')).toBe('\u2611');
  });
});
