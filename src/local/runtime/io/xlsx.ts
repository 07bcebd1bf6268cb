import ExcelJS from 'exceljs';
import { WorkbookModel, type SheetModel, type WorkbookOptions } from '../spreadsheet/model';
import { isDateFormat, defaultDateFormat, defaultDateTimeFormat } from '../spreadsheet/numberFormat';
import { serialOfUtcWallClock, utcWallClockDateOfSerial } from '../spreadsheet/serial';
import { parseA1, quoteSheetName, toA1 } from '../spreadsheet/a1';

/**
 * Workbook files <-> the runtime's model, through ExcelJS (Node side only).
 * ExcelJS stores a Date as its UTC wall clock, and Sheets serials are wall clocks: dates go
 * through UTC wall clocks here, never the host's local time. A string starting with '=' stays
 * text; only real formulas ({ formula }) become formulas, and back.
 * Kept: values, formulas (with cached results), dates as date cells, number formats, bold,
 * italic, font colour/size/family, background, alignment, wrap, notes, frozen panes, column
 * widths, hidden sheets, tab colours, named ranges. Not kept: conditional formats, data
 * validations, charts, protections, developer metadata (ExcelJS cannot round-trip them faithfully).
 */

/** Pixels per Excel width unit (character), as Sheets converts column widths on export. */
const PX_PER_CHAR = 7;

export interface LoadXlsxOptions extends WorkbookOptions {}

export async function loadXlsx(source: string | Buffer | ArrayBuffer, opts: LoadXlsxOptions = {}): Promise<WorkbookModel> {
  const wb = new ExcelJS.Workbook();
  if (typeof source === 'string') await wb.xlsx.readFile(source);
  else await wb.xlsx.load(source as ArrayBuffer);
  const model = new WorkbookModel({ name: wb.title || undefined, ...opts });
  wb.eachSheet((ws) => readSheet(model, ws));
  if (model.sheets.length === 0) model.addSheet('Sheet1');
  for (const dn of wb.definedNames.model) {
    const loc = dn.ranges[0];
    if (!loc) continue;
    const ref = parseA1(loc);
    const sheet = ref?.sheetName ? model.sheets.find((s) => s.name === ref.sheetName) : undefined;
    if (!ref || !sheet || ref.startRow === undefined || ref.startColumn === undefined) continue;
    model.namedRanges.push({ name: dn.name, ref: { sheetId: sheet.id, row: ref.startRow, column: ref.startColumn, numRows: (ref.endRow ?? ref.startRow) - ref.startRow + 1, numColumns: (ref.endColumn ?? ref.startColumn) - ref.startColumn + 1 } });
  }
  return model;
}

function argbToHex(argb: string | undefined): string | undefined {
  if (!argb || !/^[0-9a-f]{6,8}$/i.test(argb)) return undefined;
  return `#${argb.slice(-6).toLowerCase()}`;
}

function readSheet(model: WorkbookModel, ws: ExcelJS.Worksheet): void {
  const sheet = model.addSheet(ws.name);
  sheet.hidden = ws.state === 'hidden' || ws.state === 'veryHidden';
  sheet.tabColor = argbToHex((ws.properties.tabColor as { argb?: string } | undefined)?.argb) ?? null;
  const view = ws.views?.[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
  if (view?.state === 'frozen') { sheet.frozenRows = view.ySplit ?? 0; sheet.frozenColumns = view.xSplit ?? 0; }
  sheet.maxRows = Math.max(1000, ws.rowCount);
  sheet.maxColumns = Math.max(26, ws.columnCount);
  for (let c = 1; c <= ws.columnCount; c++) {
    const w = ws.getColumn(c).width;
    if (w) sheet.columnWidths.set(c, Math.round(w * PX_PER_CHAR));
  }
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => readCell(model, sheet, rowNumber - 1, colNumber - 1, cell));
  });
}

function readCell(model: WorkbookModel, sheet: SheetModel, r: number, c: number, cell: ExcelJS.Cell): void {
  const fmt = cell.numFmt && cell.numFmt !== 'General' ? cell.numFmt : undefined;
  if (fmt) sheet.formats.numberFormat.set(r, c, fmt);
  const v = cell.value;
  if (cell.type === ExcelJS.ValueType.Formula) {
    const f = cell.formula;
    if (f) sheet.formulas.set(r, c, `=${f}`);
    const result = (v as { result?: unknown }).result;
    setPlain(model, sheet, r, c, result, fmt);
  } else if (cell.type === ExcelJS.ValueType.RichText) {
    sheet.values.set(r, c, (v as ExcelJS.CellRichTextValue).richText.map((t) => t.text).join(''));
  } else if (cell.type === ExcelJS.ValueType.Hyperlink) {
    sheet.values.set(r, c, String((v as ExcelJS.CellHyperlinkValue).text));
  } else if (cell.type === ExcelJS.ValueType.Error) {
    sheet.values.set(r, c, (v as ExcelJS.CellErrorValue).error);
  } else {
    setPlain(model, sheet, r, c, v, fmt);
  }
  const font = cell.font ?? {};
  if (font.bold) sheet.formats.fontWeight.set(r, c, 'bold');
  if (font.italic) sheet.formats.fontStyle.set(r, c, 'italic');
  const color = argbToHex(font.color?.argb);
  if (color && color !== '#000000') sheet.formats.fontColor.set(r, c, color);
  if (font.size && font.size !== 10) sheet.formats.fontSize.set(r, c, font.size);
  if (font.name && font.name !== 'Arial' && font.name !== 'Calibri') sheet.formats.fontFamily.set(r, c, font.name);
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  if (fill?.type === 'pattern' && fill.pattern === 'solid') {
    const bg = argbToHex(fill.fgColor?.argb);
    if (bg && bg !== '#ffffff') sheet.formats.background.set(r, c, bg);
  }
  const al = cell.alignment ?? {};
  if (al.horizontal && ['left', 'center', 'right'].includes(al.horizontal)) sheet.formats.horizontalAlignment.set(r, c, al.horizontal);
  if (al.vertical) sheet.formats.verticalAlignment.set(r, c, al.vertical === 'middle' ? 'middle' : al.vertical);
  if (al.wrapText) sheet.formats.wrap.set(r, c, true);
  const note = cell.note;
  if (note) sheet.formats.note.set(r, c, typeof note === 'string' ? note : (note.texts ?? []).map((t) => t.text).join(''));
}

function setPlain(model: WorkbookModel, sheet: SheetModel, r: number, c: number, v: unknown, fmt: string | undefined): void {
  if (v === null || v === undefined || v === '') return;
  if (v instanceof Date) {
    const serial = serialOfUtcWallClock(v);
    sheet.values.set(r, c, serial);
    if (!isDateFormat(fmt)) sheet.formats.numberFormat.set(r, c, Number.isInteger(serial) ? defaultDateFormat(model.locale) : defaultDateTimeFormat(model.locale));
    return;
  }
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') { sheet.values.set(r, c, v); return; }
  if (typeof v === 'object' && v && 'error' in v) { sheet.values.set(r, c, String((v as { error: unknown }).error)); return; }
  sheet.values.set(r, c, String(v));
}

/** Writes the model to an .xlsx file. */
export async function saveXlsx(model: WorkbookModel, path: string): Promise<void> {
  await toWorkbook(model).xlsx.writeFile(path);
}

/** The model as an .xlsx file in memory. */
export async function xlsxBuffer(model: WorkbookModel): Promise<Buffer> {
  return Buffer.from(await toWorkbook(model).xlsx.writeBuffer());
}

function toWorkbook(model: WorkbookModel): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.title = model.name;
  for (const sheet of model.sheets) writeSheet(wb, sheet);
  for (const nr of model.namedRanges) {
    const s = model.sheetById(nr.ref.sheetId);
    if (!s) continue;
    const a1 = toA1(nr.ref.row, nr.ref.column, nr.ref.numRows, nr.ref.numColumns).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
    wb.definedNames.add(`${quoteSheetName(s.name)}!${a1}`, nr.name);
  }
  return wb;
}

function writeSheet(wb: ExcelJS.Workbook, sheet: SheetModel): void {
  const ws = wb.addWorksheet(sheet.name, {
    state: sheet.hidden ? 'hidden' : 'visible',
    ...(sheet.tabColor ? { properties: { tabColor: { argb: `FF${sheet.tabColor.slice(1).toUpperCase()}` } } } : {}),
    ...(sheet.frozenRows || sheet.frozenColumns ? { views: [{ state: 'frozen' as const, xSplit: sheet.frozenColumns, ySplit: sheet.frozenRows }] } : {}),
  });
  for (const [c, px] of sheet.columnWidths) ws.getColumn(c).width = px / PX_PER_CHAR;
  const touched = new Set<string>();
  for (const g of sheet.grids()) for (const [r, c] of g.entries()) touched.add(`${r},${c}`);
  for (const key of touched) {
    const [r, c] = key.split(',').map(Number);
    const cell = ws.getCell(r + 1, c + 1);
    const v = sheet.values.get(r, c);
    const f = sheet.formulas.get(r, c);
    const fmt = sheet.formats.numberFormat.get(r, c);
    const date = typeof v === 'number' && isDateFormat(fmt);
    if (f !== undefined) {
      cell.value = { formula: f.replace(/^=/, ''), ...(v !== undefined ? { result: date ? utcWallClockDateOfSerial(v as number) : v } : {}) } as ExcelJS.CellFormulaValue;
    } else if (v !== undefined) {
      // A string starting with '=' is assigned as a plain string: ExcelJS stores it as text.
      cell.value = date ? utcWallClockDateOfSerial(v as number) : v;
    }
    if (fmt) cell.numFmt = fmt;
    const font: Partial<ExcelJS.Font> = {};
    if (sheet.formats.fontWeight.get(r, c) === 'bold') font.bold = true;
    if (sheet.formats.fontStyle.get(r, c) === 'italic') font.italic = true;
    const color = sheet.formats.fontColor.get(r, c);
    if (color) font.color = { argb: `FF${color.slice(1).toUpperCase()}` };
    const size = sheet.formats.fontSize.get(r, c);
    if (size) font.size = size;
    const family = sheet.formats.fontFamily.get(r, c);
    if (family) font.name = family;
    if (Object.keys(font).length) cell.font = font;
    const bg = sheet.formats.background.get(r, c);
    if (bg) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${bg.slice(1).toUpperCase()}` } };
    const h = sheet.formats.horizontalAlignment.get(r, c), va = sheet.formats.verticalAlignment.get(r, c), wrap = sheet.formats.wrap.get(r, c);
    if (h || va || wrap) cell.alignment = { ...(h ? { horizontal: h as ExcelJS.Alignment['horizontal'] } : {}), ...(va ? { vertical: va as ExcelJS.Alignment['vertical'] } : {}), ...(wrap ? { wrapText: true } : {}) };
    const note = sheet.formats.note.get(r, c);
    if (note) cell.note = note;
  }
}
