import { renderSheetHtml, CustomFormula, UnsupportedFormula } from '../../../src/local/preview';
import { buildDashboard, runtimeWith } from './fixture';
import { cellStyle } from './html';

const REF = 'support.google.com/docs/answer/78413 (conditional formatting rules)';

describe(`conditional formats applied as Sheets applies them (${REF})`, () => {
  it('a custom formula =$C4<$B4 colours exactly the rows whose revenue misses the objective, on every column of the range', () => {
    const { model, sheet } = buildDashboard('fr_FR');
    const html = renderSheetHtml(model, sheet.getName());
    // Revenue vs objective, rows 4–9: 21500/20000, 18200/20000, 23800/22000, 21100/22000,
    // 26400/24000, 19900/24000: missed in rows 5, 7 and 9.
    for (const row of [4, 5, 6, 7, 8, 9]) {
      const missed = [5, 7, 9].includes(row);
      for (const col of ['A', 'B', 'C', 'D', 'E']) {
        const style = cellStyle(html, `${col}${row}`);
        expect([`${col}${row}`, style.includes('background-color:#f4cccc'), style.includes('color:#a50e0e')]).toEqual([`${col}${row}`, missed, missed]);
      }
    }
    // The header row and the column after the range are outside it.
    expect(cellStyle(html, 'C3')).not.toContain('#f4cccc');
  });

  function ruleSheet() {
    const env = runtimeWith('en_US');
    const sheet = env.ss.getSheets()[0];
    sheet.getRange('A1:A6').setValues([[150], [70], [20], [''], ['50'], [100]]);
    sheet.getRange('B1:B6').setValues([['Missed'], ['missed target'], ['Met'], [''], ['MISSED'], ['ok']]);
    return { ...env, sheet };
  }

  it('the first rule whose condition holds wins for a cell; numbers only match number conditions', () => {
    const { model, sheet, app } = ruleSheet();
    const range = sheet.getRange('A1:A6');
    sheet.setConditionalFormatRules([
      app.newConditionalFormatRule().whenNumberGreaterThan(100).setBackground('#b7e1cd').setRanges([range]).build(),
      app.newConditionalFormatRule().whenNumberGreaterThan(50).setBackground('#fce8b2').setRanges([range]).build(),
      app.newConditionalFormatRule().whenNumberLessThan(30).setBackground('#f4c7c3').setRanges([range]).build(),
    ]);
    const html = renderSheetHtml(model, sheet.getName());
    const bg = (a1: string) => /background-color:(#[0-9a-f]{6})/.exec(cellStyle(html, a1))?.[1] ?? null;
    // 150 > 100 (first rule, although it is also > 50); 70 > 50; 20 < 30; empty and the text '50'
    // match no number rule; 100 is not > 100 but is > 50.
    expect(['A1', 'A2', 'A3', 'A4', 'A5', 'A6'].map(bg)).toEqual(['#b7e1cd', '#fce8b2', '#f4c7c3', null, null, '#fce8b2']);
  });

  it('between is inclusive; text conditions ignore case; empty and not empty', () => {
    const { model, sheet, app } = ruleSheet();
    sheet.setConditionalFormatRules([
      app.newConditionalFormatRule().whenNumberBetween(100, 20).setBackground('#d9ead3').setRanges([sheet.getRange('A1:A6')]).build(),
      app.newConditionalFormatRule().whenTextContains('missed').setFontColor('#cc0000').setRanges([sheet.getRange('B1:B6')]).build(),
      app.newConditionalFormatRule().whenTextEqualTo('met').setBold(true).setRanges([sheet.getRange('B1:B6')]).build(),
      app.newConditionalFormatRule().whenCellEmpty().setBackground('#eeeeee').setRanges([sheet.getRange('A1:B6')]).build(),
    ]);
    const html = renderSheetHtml(model, sheet.getName());
    expect(['A1', 'A2', 'A3', 'A6'].map((a) => cellStyle(html, a).includes('#d9ead3'))).toEqual([false, true, true, true]);
    expect(['B1', 'B2', 'B3', 'B5', 'B6'].map((a) => cellStyle(html, a).includes('color:#cc0000'))).toEqual([true, true, false, true, false]);
    expect(cellStyle(html, 'B3')).toContain('font-weight:bold');
    expect(['A4', 'B4', 'A5'].map((a) => cellStyle(html, a).includes('#eeeeee'))).toEqual([true, true, false]);
  });

  it('a colour scale blends from the min colour to the max colour by value', () => {
    const { model, sheet, app } = ruleSheet();
    sheet.getRange('C1:C3').setValues([[0.1], [0.3], [0.5]]);
    sheet.setConditionalFormatRules([app.newConditionalFormatRule().setGradientMinpoint('#ffffff').setGradientMaxpoint('#57bb8a').setRanges([sheet.getRange('C1:C3')]).build()]);
    const html = renderSheetHtml(model, sheet.getName());
    // 0.3 is halfway from 0.1 to 0.5: ((255+87)/2, (255+187)/2, (255+138)/2) = (171, 221, 196.5→197) = #abddc5.
    expect(['C1', 'C2', 'C3'].map((a) => /background-color:(#[0-9a-f]{6})/.exec(cellStyle(html, a))?.[1] ?? '#ffffff')).toEqual(['#ffffff', '#abddc5', '#57bb8a']);
  });

  it('a colour scale with a number midpoint: below it blends min→mid, above it mid→max', () => {
    const { model, sheet, app } = ruleSheet();
    sheet.getRange('C1:C4').setValues([[0], [25], [50], [100]]);
    sheet.setConditionalFormatRules([app.newConditionalFormatRule()
      .setGradientMinpointWithValue('#ff0000', app.InterpolationType.NUMBER, '0')
      .setGradientMidpointWithValue('#ffffff', app.InterpolationType.NUMBER, '50')
      .setGradientMaxpointWithValue('#00ff00', app.InterpolationType.NUMBER, '100')
      .setRanges([sheet.getRange('C1:C4')]).build()]);
    const html = renderSheetHtml(model, sheet.getName());
    // 25: halfway red→white = (255, 127.5→128, 127.5→128) = #ff8080.
    expect(['C1', 'C2', 'C3', 'C4'].map((a) => /background-color:(#[0-9a-f]{6})/.exec(cellStyle(html, a))?.[1] ?? '#ffffff')).toEqual(['#ff0000', '#ff8080', '#ffffff', '#00ff00']);
  });

  it('leaves a rule it cannot evaluate unapplied and says so in the page', () => {
    const { model, sheet, app } = ruleSheet();
    sheet.setConditionalFormatRules([app.newConditionalFormatRule().whenFormulaSatisfied('=COUNTIF($A$1:$A$6,A1)>1').setBackground('#ff0000').setRanges([sheet.getRange('A1:A6')]).build()]);
    const html = renderSheetHtml(model, sheet.getName());
    expect(html).not.toContain('background-color:#ff0000');
    expect(html).toContain('Conditional format rule 1 on A1:A6 is not applied in this preview: formula &quot;=COUNTIF($A$1:$A$6,A1)&gt;1&quot;');
  });
});

describe('the custom formula evaluator', () => {
  // Cells of a small table, 1-based: row 5 is 'Missed' with revenue 80 against 100.
  const cells: Record<string, number | string | boolean> = { B5: 100, C5: 80, E5: 'Missed', B6: 100, C6: 120, E6: 'Met', A1: 3 };
  const read = (row: number, col: number) => cells[`${String.fromCharCode(64 + col)}${row}`];
  const holds = (formula: string, dRow = 0, dCol = 0) => CustomFormula.parse(formula).holds(read, dRow, dCol);

  it('compares relative and absolute references and literals, moving relative parts with the cell', () => {
    expect(holds('=$C5<$B5')).toBe(true);
    expect(holds('=$C5<$B5', 1, 3)).toBe(false); // row 6: 120 < 100 is false, whatever the column
    expect(holds('=E5="missed"')).toBe(true); // text compares without case
    expect(holds('=E5="Missed"', 1)).toBe(false);
    expect(holds('=$A$1=3', 7, 2)).toBe(true);
    expect(holds('=C5<0.9*B5')).toBe(true); // 80 < 90
    expect(holds('=C5/B5-1<=-20%')).toBe(true); // -0.2 <= -0.2 (80/100-1 is -0.19999999999999996 in doubles: Sheets compares at 15 digits)
  });

  it('treats an empty cell as 0 beside a number and "" beside text; orders numbers before text', () => {
    expect(holds('=D5=0')).toBe(true);
    expect(holds('=D5=""')).toBe(true);
    expect(holds('=D5<1')).toBe(true);
    expect(holds('=E5>1000')).toBe(true); // text is greater than any number in Sheets
  });

  it('AND, OR, NOT, ISBLANK and IF, with "," or ";" between arguments', () => {
    expect(holds('=AND($C5<$B5,$E5<>"")')).toBe(true);
    expect(holds('=AND($C5<$B5;ISBLANK($E5))')).toBe(false);
    expect(holds('=OR(C5>B5,NOT(E5="Met"))')).toBe(true);
    expect(holds('=IF(C5>0,C5<B5,FALSE)')).toBe(true);
  });

  it('an error is not a match (text in arithmetic, division by zero)', () => {
    expect(holds('=E5+1>0')).toBe(false);
    expect(holds('=C5/D5>0')).toBe(false);
  });

  it('refuses what it does not evaluate', () => {
    for (const f of ['=SUM(A1:A3)>2', '=Sheet2!A1>0', '=VLOOKUP(A1,B:C,2,FALSE)="x"', '=A1:A3>0', '=$C5<']) {
      expect(() => CustomFormula.parse(f)).toThrow(UnsupportedFormula);
    }
  });
});
