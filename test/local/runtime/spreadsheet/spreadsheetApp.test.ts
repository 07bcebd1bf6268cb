import { WorkbookModel } from '../../../../src/local/runtime/spreadsheet';
import { makeApp, appWith, thrown } from './setup';

const REF = 'developers.google.com/apps-script/reference/spreadsheet';

describe('Sheet.getRange and Range geometry', () => {
  it(`rejects row 0, column 0, zero rows and coordinates beyond the sheet with Google's messages (${REF}/sheet#getRange(Integer,Integer,Integer,Integer))`, () => {
    const sheet = makeApp().app.getActiveSheet();
    expect(thrown(() => sheet.getRange(0, 1))).toBe('The starting row of the range is too small.');
    expect(thrown(() => sheet.getRange(1, 0))).toBe('The starting column of the range is too small.');
    expect(thrown(() => sheet.getRange(1, 1, 0, 1))).toBe('The number of rows in the range must be at least 1.');
    expect(thrown(() => sheet.getRange(1, 1, 1, 0))).toBe('The number of columns in the range must be at least 1.');
    expect(thrown(() => sheet.getRange(1000, 1, 2, 1))).toBe('The coordinates of the range are outside the dimensions of the sheet.');
    expect(thrown(() => sheet.getRange('not a range'))).toBe('Range not found');
  });
  it("gives the checkArgs message for wrong argument types", () => {
    const sheet = makeApp().app.getActiveSheet();
    expect(thrown(() => (sheet.getRange as (...a: unknown[]) => unknown)('A1', 2))).toBe("The parameters (String,number) don't match the method signature for SpreadsheetApp.Sheet.getRange.");
    expect(thrown(() => sheet.getRange('A1').setValues('x' as never))).toBe("The parameters (String) don't match the method signature for SpreadsheetApp.Range.setValues.");
  });
  it(`a new sheet is 1000×26 and a whole-column range spans every row (${REF}/sheet#getRange(String))`, () => {
    const { app } = appWith({ Leads: [['a', 'b'], [1, 2]] });
    const sheet = app.getActive().getSheetByName('Leads')!;
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
    const values = sheet.getRange('A:K').getValues();
    expect(values.length).toBe(1000);
    expect(values[0].length).toBe(11);
    expect(values[1].slice(0, 3)).toEqual([1, 2, '']);
    expect(values[999]).toEqual(new Array(11).fill(''));
    expect(sheet.getRange('2:3').getA1Notation()).toBe('2:3');
    expect(sheet.getRange('B2:C').getNumRows()).toBe(999);
  });
  it('getLastRow/getLastColumn are 0 on an empty sheet and getDataRange is A1', () => {
    const sheet = makeApp().app.getActiveSheet();
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([0, 0]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
  });
  it('getDataRange covers A1 to the last row and column with content', () => {
    const { app } = appWith({ S: [['a'], [], ['', '', 'c']] });
    const sheet = app.getActiveSheet();
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C3');
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([3, 3]);
  });
  it('Spreadsheet.getRange reads a sheet prefix, quoted names included', () => {
    const { app } = appWith({ Leads: [['x']], 'My sheet': [['y', 'z']] });
    expect(app.getActive().getRange("'My sheet'!B1").getValue()).toBe('z');
    expect(app.getActive().getRange('Leads!A1').getValue()).toBe('x');
    expect(thrown(() => app.getActive().getRange('Nope!A1'))).toBe('Range not found');
  });
});

describe('values', () => {
  it(`setValues throws when the data has fewer rows or columns than the range (${REF}/range#setValues(Object))`, () => {
    const range = makeApp().app.getActiveSheet().getRange(1, 1, 3, 2);
    expect(thrown(() => range.setValues([[1, 2], [3, 4]]))).toBe('The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 3.');
    expect(thrown(() => range.setValues([[1, 2], [3], [5, 6]]))).toBe('The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.');
  });
  it('round-trips numbers, strings, booleans and empties', () => {
    const sheet = makeApp().app.getActiveSheet();
    sheet.getRange('A1:D1').setValues([[1.5, 'Ada', true, '']]);
    expect(sheet.getRange('A1:E1').getValues()).toEqual([[1.5, 'Ada', true, '', '']]);
  });
  it(`a date cell reads back as the instant of its wall clock in the SPREADSHEET zone (${REF}/range#getValues())`, () => {
    const { app, model } = appWith({ S: [[new Date(Date.UTC(2026, 2, 1))]] }, { timeZone: 'America/New_York', locale: 'en_US' });
    const v = app.getActiveSheet().getRange('A1').getValue() as Date;
    expect(v.toISOString()).toBe('2026-03-01T05:00:00.000Z');
    expect(app.getActiveSheet().getRange('A1').getNumberFormat()).toBe('M/d/yyyy');
    expect(app.getActiveSheet().getRange('A1').getDisplayValue()).toBe('3/1/2026');
    // Changing the spreadsheet zone keeps the wall clock and moves the instant.
    app.getActive().setSpreadsheetTimeZone('Asia/Tokyo');
    expect((app.getActiveSheet().getRange('A1').getValue() as Date).toISOString()).toBe('2026-02-28T15:00:00.000Z');
    expect(model.sheet('S').cell('A1').value).toBe(46082);
  });
  it('setValues with a Date stores its wall clock in the spreadsheet zone with the locale date format', () => {
    const { app, model } = makeApp(WorkbookModel.empty({ timeZone: 'Europe/Paris', locale: 'fr_FR' }));
    const range = app.getActiveSheet().getRange('A1:B1');
    range.setValues([[new Date('2026-02-28T23:00:00Z'), new Date('2026-03-01T11:30:00Z')]]);
    expect(model.activeSheet().cell('A1')).toMatchObject({ value: 46082, numberFormat: 'dd/MM/yyyy' });
    expect(model.activeSheet().cell('B1')).toMatchObject({ value: 46082.520833333336, numberFormat: 'dd/MM/yyyy HH:mm:ss' });
    expect(range.getDisplayValues()).toEqual([['01/03/2026', '01/03/2026 12:30:00']]);
  });
  it('uses the realm Date constructor set on the context', () => {
    class RealmDate extends Date {}
    const { app, ctx } = appWith({ S: [[new Date(Date.UTC(2026, 0, 2))]] });
    ctx.DateCtor = RealmDate as DateConstructor;
    expect(app.getActiveSheet().getRange('A1').getValue()).toBeInstanceOf(RealmDate);
  });
  it(`'=' strings become formulas (getValues gives '' as placeholder), apostrophes keep text; formulas are observable`, () => {
    const { app, model } = makeApp();
    const sheet = app.getActiveSheet();
    sheet.getRange('A1:C1').setValues([['=SUM(B2:B3)', "'=HYPERLINK(\"x\")", 'plain']]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['', '=HYPERLINK("x")', 'plain']]);
    expect(sheet.getRange('A1:C1').getFormulas()).toEqual([['=SUM(B2:B3)', '', '']]);
    expect(model.formulaCells()).toEqual([{ sheet: 'Feuille 1', a1: 'A1', formula: '=SUM(B2:B3)' }]);
    sheet.getRange('D1').setNumberFormat('@').setValue('=1+1');
    expect(sheet.getRange('D1').getFormula()).toBe('');
    expect(sheet.getRange('D1').getValue()).toBe('=1+1');
  });
  it('getDisplayValues formats in the spreadsheet locale', () => {
    const { app } = appWith({ S: [[1234.5, 0.256]] }, { locale: 'fr_FR' });
    const range = app.getActiveSheet().getRange('A1:B1');
    range.setNumberFormats([['#,##0.00 "€"', '0.0%']]);
    expect(range.getDisplayValues()).toEqual([['1\u202f234,50 €', '25,6%']]);
    expect(app.getActiveSheet().getRange('C1').getNumberFormat()).toBe('0.###############');
  });
});

describe('formats and sheet properties', () => {
  it('sets and reads formats in batch', () => {
    const sheet = makeApp().app.getActiveSheet();
    const r = sheet.getRange('A1:B1');
    r.setBackgrounds([['RED', null]]).setFontWeights([['bold', 'normal']]).setFontColors([['#ABC', '#000000']]).setHorizontalAlignments([['center', null]]);
    r.setFontSize(12).setWrap(true).setNotes([['note', '']]);
    expect(r.getBackgrounds()).toEqual([['#ff0000', '#ffffff']]);
    expect(r.getFontWeights()).toEqual([['bold', 'normal']]);
    expect(r.getFontColors()).toEqual([['#aabbcc', '#000000']]);
    expect(r.getHorizontalAlignments()).toEqual([['center', 'general']]);
    expect(r.getFontSizes()).toEqual([[12, 12]]);
    expect(r.getWraps()).toEqual([[true, true]]);
    expect(r.getNotes()).toEqual([['note', '']]);
    r.clearFormat();
    expect(r.getBackgrounds()).toEqual([['#ffffff', '#ffffff']]);
    expect(r.getNotes()).toEqual([['note', '']]);
  });
  it('clear, clearContents and clearFormats on a sheet', () => {
    const { app } = appWith({ S: [[1, 2]] });
    const sheet = app.getActiveSheet();
    sheet.getRange('A1').setBackground('#ff0000');
    sheet.clearContents();
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getRange('A1').getBackground()).toBe('#ff0000');
    sheet.clearFormats();
    expect(sheet.getRange('A1').getBackground()).toBe('#ffffff');
  });
  it('freezes rows, sets widths, hides, colours and renames', () => {
    const { app } = appWith({ A: [['x']], B: [['y']] });
    const a = app.getActive().getSheetByName('A')!;
    a.setFrozenRows(1);
    a.setColumnWidth(2, 150).setTabColor('#00FF00');
    expect([a.getFrozenRows(), a.getColumnWidth(2), a.getColumnWidth(3), a.getTabColor()]).toEqual([1, 150, 100, '#00ff00']);
    a.hideSheet();
    expect(a.isSheetHidden()).toBe(true);
    expect(thrown(() => a.setName('b'))).toBe('A sheet with the name "b" already exists. Please enter another name.');
    a.setName('Leads');
    expect(app.getActive().getSheetByName('Leads')!.getSheetId()).toBe(a.getSheetId());
  });
  it('insertRows/deleteRows/insertColumns move cells and the sheet size', () => {
    const { app } = appWith({ S: [['a'], ['b'], ['c']] });
    const sheet = app.getActiveSheet();
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getRange('A1:A5').getValues().map((r) => r[0])).toEqual(['a', '', '', 'b', 'c']);
    expect(sheet.getMaxRows()).toBe(1002);
    sheet.deleteRows(2, 2);
    expect(sheet.getRange('A1:A3').getValues().map((r) => r[0])).toEqual(['a', 'b', 'c']);
    sheet.insertColumns(1);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['', 'a']]);
    expect(sheet.getMaxColumns()).toBe(27);
    expect(thrown(() => sheet.deleteRows(1, 2000))).toBe('Those rows are out of bounds.');
  });
  it('appendRow writes after the last row', () => {
    const { app } = appWith({ S: [['h1', 'h2']] });
    app.getActiveSheet().appendRow(['x', 2]);
    expect(app.getActiveSheet().getDataRange().getValues()).toEqual([['h1', 'h2'], ['x', 2]]);
  });
});

describe('spreadsheet and sheets', () => {
  it(`insertSheet refuses a taken name and deleteSheet the only sheet (${REF}/spreadsheet#insertSheet(String))`, () => {
    const { app } = appWith({ Leads: [] });
    const ss = app.getActive();
    expect(thrown(() => ss.insertSheet('Leads'))).toBe('A sheet with the name "Leads" already exists. Please enter another name.');
    expect(thrown(() => ss.deleteSheet(ss.getSheets()[0]))).toBe("You can't remove all the sheets in a document.");
  });
  it('insertSheet(name, index) places the sheet, activates it; getSheetByName is null when absent', () => {
    const { app } = appWith({ A: [], B: [] });
    const ss = app.getActive();
    const x = ss.insertSheet('X', 1);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['A', 'X', 'B']);
    expect(x.getIndex()).toBe(2);
    expect(app.getActiveSheet().getName()).toBe('X');
    expect(ss.getSheetByName('Nope')).toBeNull();
    ss.setActiveSheet(ss.getSheetByName('A')!);
    ss.moveActiveSheet(3);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['X', 'B', 'A']);
    ss.deleteSheet(x);
    expect(ss.getNumSheets()).toBe(2);
  });
  it('identity, time zone, locale and toast', () => {
    const { app, ctx } = makeApp(WorkbookModel.empty({ name: 'Pilote', id: 'abc', timeZone: 'Europe/Paris', locale: 'fr_FR' }));
    const ss = app.getActiveSpreadsheet();
    expect([ss.getName(), ss.getId(), ss.getUrl(), ss.getSpreadsheetTimeZone(), ss.getSpreadsheetLocale()]).toEqual(['Pilote', 'abc', 'https://docs.google.com/spreadsheets/d/abc/edit', 'Europe/Paris', 'fr_FR']);
    ss.toast('Done', 'Pilote', 3);
    ss.toast('Hi');
    expect(ctx.events).toEqual([{ type: 'toast', msg: 'Done', title: 'Pilote', timeout: 3, shown: true }, { type: 'toast', msg: 'Hi', title: '', timeout: 5, shown: true }]);
    expect(ss.getSheets()[0].getName()).toBe('Feuille 1');
  });
  it('refuses to read the document in AuthMode.NONE', () => {
    const { app, ctx } = makeApp();
    ctx.authMode = 'NONE';
    expect(thrown(() => app.getActiveSpreadsheet())).toBe('You do not have permission to call SpreadsheetApp.getActiveSpreadsheet in AuthMode.NONE');
  });
  it('an unknown member throws "not implemented" instead of returning undefined', () => {
    const sheet = makeApp().app.getActiveSheet();
    expect(thrown(() => (sheet as unknown as { insertSlicer: () => void }).insertSlicer())).toBe('SpreadsheetApp.Sheet.insertSlicer is not implemented by the local runtime');
  });
});

describe('call counting', () => {
  it('reading a 3-column, 1000-row sheet with getDataRange().getValues() is exactly 2 calls', () => {
    const rows = Array.from({ length: 1000 }, (_, i) => [i, `n${i}`, i % 2 === 0]);
    const { app, ctx } = appWith({ Data: rows });
    const sheet = app.getActiveSheet();
    ctx.calls.reset();
    const values = sheet.getDataRange().getValues();
    expect(values.length).toBe(1000);
    expect(ctx.calls.snapshot()).toEqual({ 'SpreadsheetApp.Sheet.getDataRange': 1, 'SpreadsheetApp.Range.getValues': 1 });
  });
  it('internal calls between classes are not counted (Spreadsheet.getRange counts once)', () => {
    const { app, ctx } = appWith({ S: [[1]] });
    const ss = app.getActive();
    ctx.calls.reset();
    ss.getRange('S!A1').setValue(2).setBackground('#ffffff');
    expect(ctx.calls.snapshot()).toEqual({ 'SpreadsheetApp.Spreadsheet.getRange': 1, 'SpreadsheetApp.Range.setValue': 1, 'SpreadsheetApp.Range.setBackground': 1 });
  });
  it('getValues of 100k×11 whole columns stays fast', () => {
    const model = WorkbookModel.empty();
    const sheet = model.activeSheet();
    sheet.maxRows = 100000;
    for (let r = 0; r < 100000; r++) for (let c = 0; c < 11; c++) sheet.values.set(r, c, r * c);
    const { app } = makeApp(model);
    const t0 = Date.now();
    const values = app.getActiveSheet().getRange('A:K').getValues();
    expect(values.length).toBe(100000);
    expect(values[99999][10]).toBe(999990);
    expect(Date.now() - t0).toBeLessThan(1500);
  });
});

describe('model', () => {
  it('a bare new WorkbookModel gets its first sheet (id 0, named for the locale) when the service starts', () => {
    const { app } = makeApp(new WorkbookModel({ locale: 'en_US' }));
    expect(app.getActiveSheet().getName()).toBe('Sheet1');
    expect(app.getActiveSheet().getSheetId()).toBe(0);
  });
});
