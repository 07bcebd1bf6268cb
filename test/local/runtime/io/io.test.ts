import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { WorkbookModel, createSpreadsheetApp } from '../../../../src/local/runtime/spreadsheet';
import { loadXlsx, saveXlsx } from '../../../../src/local/runtime/io/xlsx';
import { loadCsvFolder, detectDelimiter } from '../../../../src/local/runtime/io/csv';
import { RuntimeContext } from '../../../../src/local/runtime/context';

const tmp = () => mkdtempSync(join(tmpdir(), 'pilote-io-'));

describe('xlsx', () => {
  it('round-trips values, dates as date cells (UTC wall clock), formats, bold, background, frozen rows, widths; "=x" text stays text', async () => {
    const model = WorkbookModel.fromGrids({ Leads: [['Name', 'Signed', 'Amount', 'Raw'], ['Ada', new Date(Date.UTC(2026, 2, 1)), 1234.5, '=HYPERLINK("evil")']] }, { timeZone: 'America/New_York', locale: 'en_US' });
    const s = model.sheet('Leads');
    s.formats.fontWeight.set(0, 0, 'bold');
    s.formats.background.set(0, 0, '#ffcc00');
    s.formats.numberFormat.set(1, 2, '#,##0.00');
    s.formulas.set(2, 2, '=SUM(C2:C2)');
    s.frozenRows = 1;
    s.columnWidths.set(1, 140);
    const file = join(tmp(), 'out.xlsx');
    await saveXlsx(model, file);

    // What ExcelJS sees: a real date cell whose UTC wall clock is the sheet's wall clock, text, a real formula.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('Leads')!;
    expect((ws.getCell('B2').value as Date).toISOString()).toBe('2026-03-01T00:00:00.000Z');
    expect(ws.getCell('D2').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('C3').formula).toBe('SUM(C2:C2)');

    const back = await loadXlsx(file, { timeZone: 'America/New_York', locale: 'en_US' });
    const b = back.sheet('Leads');
    expect(b.cell('B2')).toMatchObject({ value: 46082, numberFormat: 'M/d/yyyy' });
    expect(b.cell('A1')).toMatchObject({ value: 'Name', fontWeight: 'bold', background: '#ffcc00' });
    expect(b.cell('C2')).toMatchObject({ value: 1234.5, numberFormat: '#,##0.00' });
    expect(b.cell('D2')).toMatchObject({ value: '=HYPERLINK("evil")', formula: undefined });
    expect(back.formulaCells()).toEqual([{ sheet: 'Leads', a1: 'C3', formula: '=SUM(C2:C2)' }]);
    expect([b.frozenRows, b.columnWidths.get(1)]).toEqual([1, 140]);
    const ctx = new RuntimeContext({ timeZone: 'America/New_York', locale: 'en_US', scriptTimeZone: 'UTC', userEmail: 'a@b.c', userLocale: 'en', now: () => 0, mailQuota: 1, scopes: [], htmlRoot: '.' });
    const app = createSpreadsheetApp(ctx, back);
    expect((app.getActiveSheet().getRange('B2').getValue() as Date).toISOString()).toBe('2026-03-01T05:00:00.000Z');
  });
});

describe('csv folder', () => {
  it('one sheet per file; only plainly numeric fields become numbers; ";" detected; BOM stripped', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'Leads.csv'), '\ufeffName;Amount;Price;Date;FrDate;Code;Neg\nAda;12;1 234,56 €;2026-03-01;01/03/2026;007;-3.5\n');
    writeFileSync(join(dir, 'Deals.csv'), 'Deal,Value,Flag\n"Big, one","$1,234.56",TRUE\n');
    writeFileSync(join(dir, 'notes.txt'), 'ignored');
    const model = loadCsvFolder(dir, { timeZone: 'Europe/Paris', locale: 'fr_FR' });
    expect(model.sheets.map((s) => s.name)).toEqual(['Deals', 'Leads']);
    expect(model.sheet('Leads').valuesAsHost()).toEqual([
      ['Name', 'Amount', 'Price', 'Date', 'FrDate', 'Code', 'Neg'],
      ['Ada', 12, '1 234,56 €', '2026-03-01', '01/03/2026', '007', -3.5],
    ]);
    expect(model.sheet('Deals').valuesAsHost()).toEqual([['Deal', 'Value', 'Flag'], ['Big, one', '$1,234.56', 'TRUE']]);
    expect([model.sheet('Leads').maxRows, model.sheet('Leads').maxColumns]).toEqual([1000, 26]);
  });
  it('detects the delimiter from the first line, ignoring quoted ones', () => {
    expect(detectDelimiter('a;b;"c,d,e"\n1,2')).toBe(';');
    expect(detectDelimiter('a,b;c,d')).toBe(',');
  });
});
