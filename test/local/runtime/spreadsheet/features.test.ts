import { makeApp, appWith, thrown } from './setup';

const REF = 'developers.google.com/apps-script/reference/spreadsheet';

describe('developer metadata', () => {
  it(`is added on the spreadsheet, a sheet and whole rows, found by key, and removable (${REF}/developer-metadata-finder)`, () => {
    const { app } = appWith({ Leads: [['h']] });
    const ss = app.getActive();
    const sheet = ss.getSheetByName('Leads')!;
    ss.addDeveloperMetadata('pilote.version', '1', app.DeveloperMetadataVisibility.PROJECT);
    sheet.addDeveloperMetadata('pilote.role', 'leads');
    sheet.getRange('2:2').addDeveloperMetadata('pilote.row', 'r-1');
    expect(thrown(() => sheet.getRange('A1:B2').addDeveloperMetadata('x'))).toBe('Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.');
    const found = ss.createDeveloperMetadataFinder().withKey('pilote.role').find();
    expect(found.map((m) => [m.getKey(), m.getValue(), String(m.getVisibility())])).toEqual([['pilote.role', 'leads', 'DOCUMENT']]);
    expect(found[0].getLocation().getSheet()!.getName()).toBe('Leads');
    expect(String(found[0].getLocation().getLocationType())).toBe('SHEET');
    const row = sheet.createDeveloperMetadataFinder().withKey('pilote.row').find()[0];
    expect(row.getLocation().getRow()!.getA1Notation()).toBe('2:2');
    expect(ss.getDeveloperMetadata().map((m) => m.getValue())).toEqual(['1']);
    sheet.insertRowsBefore(1, 3);
    expect(row.getLocation().getRow()!.getRow()).toBe(5);
    found[0].remove();
    expect(ss.createDeveloperMetadataFinder().withKey('pilote.role').find()).toEqual([]);
  });
});

describe('conditional format rules', () => {
  it(`are built, set on a sheet and read back (${REF}/conditional-format-rule-builder)`, () => {
    const { app } = makeApp();
    const sheet = app.getActiveSheet();
    const rule = app.newConditionalFormatRule().whenNumberLessThan(0.8).setBackground('#F4CCCC').setFontColor('red').setRanges([sheet.getRange('C2:C10')]).build();
    const rule2 = app.newConditionalFormatRule().whenFormulaSatisfied('$D2>1').setBackground('#d9ead3').setRanges([sheet.getRange('D2:D10')]).build();
    sheet.setConditionalFormatRules([rule, rule2]);
    const rules = sheet.getConditionalFormatRules();
    expect(rules).toHaveLength(2);
    const c = rules[0].getBooleanCondition()!;
    expect([String(c.getCriteriaType()), c.getCriteriaValues(), c.getBackground(), c.getFontColor()]).toEqual(['NUMBER_LESS_THAN', [0.8], '#f4cccc', '#ff0000']);
    expect(rules[0].getRanges().map((r) => r.getA1Notation())).toEqual(['C2:C10']);
    expect(rules[1].getBooleanCondition()!.getCriteriaValues()).toEqual(['=$D2>1']);
    expect(c.getCriteriaType()).toBe(app.BooleanCriteria.NUMBER_LESS_THAN);
  });
});

describe('data validation', () => {
  it(`requireValueInList, requireNumberBetween, checkboxes (${REF}/data-validation-builder)`, () => {
    const { app } = makeApp();
    const sheet = app.getActiveSheet();
    const list = app.newDataValidation().requireValueInList(['Won', 'Lost']).setAllowInvalid(false).setHelpText('Pick one').build();
    sheet.getRange('A2:A3').setDataValidation(list);
    const v = sheet.getRange('A3').getDataValidation()!;
    expect([String(v.getCriteriaType()), v.getCriteriaValues(), v.getAllowInvalid(), v.getHelpText()]).toEqual(['VALUE_IN_LIST', [['Won', 'Lost'], true], false, 'Pick one']);
    expect(sheet.getRange('B2').getDataValidation()).toBeNull();
    sheet.getRange('B2').setDataValidation(app.newDataValidation().requireNumberBetween(0, 100).build());
    expect(sheet.getRange('A2:B2').getDataValidations().map((row) => row.map((d) => d && String(d.getCriteriaType())))).toEqual([['VALUE_IN_LIST', 'NUMBER_BETWEEN']]);
    sheet.getRange('C2').insertCheckboxes();
    expect([sheet.getRange('C2').getValue(), sheet.getRange('C2').isChecked()]).toEqual([false, false]);
    sheet.getRange('A2').clearDataValidations();
    expect(sheet.getRange('A2').getDataValidation()).toBeNull();
  });
});

describe('protections and named ranges', () => {
  it(`protect a range, describe it, list by type, remove (${REF}/protection)`, () => {
    const { app } = makeApp();
    const ss = app.getActive();
    const sheet = ss.getActiveSheet();
    sheet.getRange('A1:B2').protect().setDescription('Pilote headers').setWarningOnly(true);
    sheet.protect().setDescription('whole sheet');
    const ranges = ss.getProtections(app.ProtectionType.RANGE);
    expect(ranges.map((p) => [p.getDescription(), p.isWarningOnly(), p.getRange().getA1Notation()])).toEqual([['Pilote headers', true, 'A1:B2']]);
    expect(sheet.getProtections(app.ProtectionType.SHEET).map((p) => p.getDescription())).toEqual(['whole sheet']);
    ranges[0].remove();
    expect(ss.getProtections(app.ProtectionType.RANGE)).toEqual([]);
  });
  it('setNamedRange, getRangeByName, getNamedRanges, removeNamedRange', () => {
    const { app } = appWith({ KPI: [['x']] });
    const ss = app.getActive();
    ss.setNamedRange('PiloteKpis', ss.getRange('KPI!A1:C5'));
    expect(ss.getRangeByName('PiloteKpis')!.getA1Notation()).toBe('A1:C5');
    expect(ss.getNamedRanges().map((n) => n.getName())).toEqual(['PiloteKpis']);
    expect(ss.getRangeByName('Nope')).toBeNull();
    ss.removeNamedRange('PiloteKpis');
    expect(ss.getNamedRanges()).toEqual([]);
  });
});

describe('charts', () => {
  it(`are plain data read through getCharts/getOptions/getRanges/getContainerInfo (${REF}/embedded-chart-builder)`, () => {
    const { app, Charts } = appWith({ Dash: [['Month', 'Won'], ['Jan', 3]] });
    const sheet = app.getActiveSheet();
    const chart = sheet.newChart().asColumnChart().addRange(sheet.getRange('A1:B2')).setPosition(5, 4, 10, 0)
      .setOption('title', 'Won per month').setOption('legend.position', 'none').build();
    expect(chart.getChartId()).toBeNull();
    sheet.insertChart(chart);
    const [c] = sheet.getCharts();
    expect(c.getChartId()).toEqual(expect.any(Number));
    expect(c.getOptions().get('title')).toBe('Won per month');
    expect(c.getOptions().get('hAxis.title')).toBeNull();
    expect(c.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:B2']);
    const info = c.getContainerInfo();
    expect([info.getAnchorRow(), info.getAnchorColumn(), info.getOffsetX(), info.getOffsetY()]).toEqual([5, 4, 10, 0]);
    expect(c.modify().getChartType()).toBe(Charts.ChartType.COLUMN);
    sheet.updateChart(c.modify().asLineChart().setTitle('Trend').setLegendPosition(Charts.Position.BOTTOM).build());
    expect(sheet.getCharts()[0].getOptions().get('title')).toBe('Trend');
    expect(sheet.getCharts()[0].getOptions().get('legend.position')).toBe('bottom');
    expect(String(sheet.getCharts()[0].modify().getChartType())).toBe('LINE');
    sheet.removeChart(sheet.getCharts()[0]);
    expect(sheet.getCharts()).toEqual([]);
  });
});
