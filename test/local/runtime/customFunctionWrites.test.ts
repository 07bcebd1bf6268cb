/**
 * Custom functions may read the spreadsheet but not change it:
 * developers.google.com/apps-script/guides/sheets/functions#using_apps_script_services —
 * "Spreadsheet: Read only (can use most get*() methods, but not set*())". Sheets then throws
 * "You do not have permission to call setValue" (the bare method name, as users report it).
 */
import { LocalRuntime } from '../../../src/local/runtime/LocalRuntime';
import { WorkbookModel } from '../../../src/local/runtime/spreadsheet';
import { loadBundle } from './services/fixture';
import { makeApp, thrown } from './spreadsheet/setup';

const CODE = `
function DEAL_TOTAL() {
  var values = SpreadsheetApp.getActive().getSheetByName('Deals').getRange('B2:B3').getValues();
  return values[0][0] + values[1][0];
}
function WRITE_CELL() { SpreadsheetApp.getActive().getSheetByName('Deals').getRange('C1').setValue('x'); return 'wrote'; }
function ADD_SHEET() { SpreadsheetApp.getActive().insertSheet('Dashboard'); return 'added'; }
function COLOUR() { SpreadsheetApp.getActiveSheet().getRange('A1').setBackground('#ff0000'); return 'coloured'; }
function DROP_ROWS() { SpreadsheetApp.getActiveSheet().deleteRows(2, 1); return 'dropped'; }
function CHART() {
  var sheet = SpreadsheetApp.getActiveSheet();
  var chart = sheet.newChart().asColumnChart().addRange(sheet.getRange('A1:B3')).setTitle('Deals').build();
  sheet.insertChart(chart);
  return 'inserted';
}
function writeFromMenu() { return WRITE_CELL(); }
`;

function setup() {
  const model = WorkbookModel.fromGrids({ Deals: [['Deal', 'Amount'], ['D1', 10], ['D2', 32]] }, { timeZone: 'UTC', locale: 'en_US' });
  const rt = new LocalRuntime({ now: () => 0, timeZone: 'UTC', locale: 'en_US' }, model);
  return { rt, model, addon: loadBundle(CODE, rt) };
}

describe('custom functions are read-only (developers.google.com/apps-script/guides/sheets/functions)', () => {
  it('reads work: 10 + 32 = 42', () => {
    expect(setup().addon.customFunction('DEAL_TOTAL')).toBe(42);
  });

  it('each write shows #ERROR! "You do not have permission to call <method>" and changes nothing', () => {
    const { addon, model } = setup();
    expect(addon.customFunction('WRITE_CELL')).toEqual({ error: '#ERROR!', message: 'You do not have permission to call setValue' });
    expect(addon.customFunction('ADD_SHEET')).toEqual({ error: '#ERROR!', message: 'You do not have permission to call insertSheet' });
    expect(addon.customFunction('COLOUR')).toEqual({ error: '#ERROR!', message: 'You do not have permission to call setBackground' });
    expect(addon.customFunction('DROP_ROWS')).toEqual({ error: '#ERROR!', message: 'You do not have permission to call deleteRows' });
    // Building a chart only builds data in the script; inserting it is the write.
    expect(addon.customFunction('CHART')).toEqual({ error: '#ERROR!', message: 'You do not have permission to call insertChart' });
    const deals = model.sheet('Deals');
    expect(deals.valuesAsHost()).toEqual([['Deal', 'Amount'], ['D1', 10], ['D2', 32]]);
    expect(model.sheets.map((s) => s.name)).toEqual(['Deals']);
    expect(deals.cell('A1').background).toBeUndefined();
    expect(deals.charts).toEqual([]);
  });

  it('the same write from a menu item (AuthMode.FULL) goes through', () => {
    const { addon, model } = setup();
    addon.onOpen();
    expect(addon.call('writeFromMenu')).toBe('wrote');
    expect(model.sheet('Deals').cell('C1').value).toBe('x');
  });
});

describe('the write guard sits at the object boundary: every mutating member, no read', () => {
  it('refuses set*, insert*, add*, delete*, clear*, remove*, append*, protect, sort, hide*, activate, toast; allows get*, is*, offset, builders', () => {
    const { app, ctx } = makeApp(WorkbookModel.fromGrids({ S: [['h', 1], ['a', 2]] }));
    const ss = app.getActive();
    const sheet = ss.getSheetByName('S')!;
    const range = sheet.getRange('A1:B2');
    ctx.authMode = 'CUSTOM_FUNCTION';
    const refused: [string, () => unknown][] = [
      ['setValues', () => range.setValues([[1, 2], [3, 4]])],
      ['setNumberFormat', () => range.setNumberFormat('0.00')],
      ['insertRowsAfter', () => sheet.insertRowsAfter(1, 1)],
      ['addDeveloperMetadata', () => ss.addDeveloperMetadata('k', 'v')],
      ['deleteSheet', () => ss.deleteSheet(sheet)],
      ['clear', () => sheet.clear()],
      ['clearContent', () => range.clearContent()],
      ['removeNamedRange', () => ss.removeNamedRange('x')],
      ['appendRow', () => sheet.appendRow(['z'])],
      ['protect', () => range.protect()],
      ['sort', () => range.sort(1)],
      ['hideColumns', () => sheet.hideColumns(1)],
      ['activate', () => sheet.activate()],
      ['setActiveSheet', () => app.setActiveSheet(sheet)],
      ['toast', () => ss.toast('hi')],
      ['setConditionalFormatRules', () => sheet.setConditionalFormatRules([])],
    ];
    for (const [method, call] of refused) expect([method, thrown(call)]).toEqual([method, `You do not have permission to call ${method}`]);
    // Reads and pure builders still work.
    expect(range.getValues()).toEqual([['h', 1], ['a', 2]]);
    expect(range.offset(1, 0, 1, 1).getValue()).toBe('a');
    expect(sheet.getMaxRows()).toBe(1000);
    expect(range.isBlank()).toBe(false);
    const rule = app.newConditionalFormatRule().whenNumberLessThan(1).setBackground('#ff0000').setRanges([range]).build();
    expect(rule.getRanges().length).toBe(1);
    expect(ss.createDeveloperMetadataFinder().withKey('k').find()).toEqual([]);
    // Nothing changed.
    ctx.authMode = 'FULL';
    expect(sheet.getRange('A1:B2').getValues()).toEqual([['h', 1], ['a', 2]]);
    expect(ss.getNumSheets()).toBe(1);
  });
});
