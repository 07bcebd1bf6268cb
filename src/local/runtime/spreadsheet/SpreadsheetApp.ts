import type { RuntimeContext } from '../context';
import type { Env, Assert, OnlyApiMembers } from './internal';
import { customFunctionGuard } from './internal';
import { defaultSheetName, type WorkbookModel } from './model';
import { spreadsheetOf, SpreadsheetImpl } from './Spreadsheet';
import { sheetOf, SheetImpl } from './Sheet';
import { newConditionalFormatRuleBuilder } from './ConditionalFormatRule';
import { newDataValidationBuilder } from './DataValidation';
import { expose } from '../infra/expose';
import * as E from './enums';

type GApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

/**
 * The SpreadsheetApp service over one workbook model (the add-on's container spreadsheet).
 * Calls are counted as 'SpreadsheetApp.<method>', and on returned objects as
 * 'SpreadsheetApp.<Class>.<method>' (e.g. 'SpreadsheetApp.Range.getValues').
 */
export function createSpreadsheetApp(ctx: RuntimeContext, model: WorkbookModel): GApp {
  // A spreadsheet always has a sheet: `new WorkbookModel()` has none until one is added.
  if (model.sheets.length === 0) model.addSheet(defaultSheetName(model.locale, 1));
  const env: Env = { ctx, model };
  return expose(ctx.calls, 'SpreadsheetApp', new SpreadsheetAppImpl(env), { beforeCall: customFunctionGuard(ctx) }) as unknown as GApp;
}

/** The Charts service's enums (ChartType, Position…) for `Charts.*` in the add-on; counted as 'Charts.*'. */
export function createCharts(ctx: RuntimeContext): GoogleAppsScript.Charts.Charts {
  return expose(ctx.calls, 'Charts', {
    ChartType: E.ChartType, Position: E.Position, CurveStyle: E.CurveStyle, PointStyle: E.PointStyle,
    ChartHiddenDimensionStrategy: E.ChartHiddenDimensionStrategy, ChartMergeStrategy: E.ChartMergeStrategy,
  }) as unknown as GoogleAppsScript.Charts.Charts;
}

const READ_MODES = ['LIMITED', 'FULL', 'CUSTOM_FUNCTION'] as const;

export class SpreadsheetAppImpl implements Partial<GApp> {
  readonly AutoFillSeries = E.AutoFillSeries;
  readonly BooleanCriteria = E.BooleanCriteria;
  readonly BorderStyle = E.BorderStyle;
  readonly CopyPasteType = E.CopyPasteType;
  readonly DataValidationCriteria = E.DataValidationCriteria;
  readonly DeveloperMetadataLocationType = E.DeveloperMetadataLocationType;
  readonly DeveloperMetadataVisibility = E.DeveloperMetadataVisibility;
  readonly Dimension = E.Dimension;
  readonly Direction = E.Direction;
  readonly InterpolationType = E.InterpolationType;
  readonly ProtectionType = E.ProtectionType;
  readonly RecalculationInterval = E.RecalculationInterval;
  readonly RelativeDate = E.RelativeDate;
  readonly SheetType = E.SheetType;
  readonly TextDirection = E.TextDirection;
  readonly ValueType = E.ValueType;
  readonly WrapStrategy = E.WrapStrategy;

  constructor(readonly _env: Env) {}

  /**
   * In AuthMode.NONE (onOpen of an add-on not yet used in this document) the document cannot be
   * read: Google throws there. The container spreadsheet is readable in LIMITED, FULL and custom
   * functions.
   */
  private _doc(method: string): void {
    this._env.ctx.requireAuthMode(`SpreadsheetApp.${method}`, READ_MODES);
  }

  /** null once the file is gone or out of reach (WorkbookModel.unavailable), as the reference says. */
  getActive(): GoogleAppsScript.Spreadsheet.Spreadsheet { this._doc('getActive'); return this._env.model.unavailable ? (null as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet) : spreadsheetOf(this._env); }
  getActiveSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet { this._doc('getActiveSpreadsheet'); return this._env.model.unavailable ? (null as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet) : spreadsheetOf(this._env); }
  getActiveSheet(): GoogleAppsScript.Spreadsheet.Sheet { this._doc('getActiveSheet'); return sheetOf(this._env, this._env.model.activeSheet()); }
  getActiveRange(): GoogleAppsScript.Spreadsheet.Range {
    this._doc('getActiveRange');
    return new SheetImpl(this._env, this._env.model.activeSheet()).getActiveRange()!;
  }
  getCurrentCell(): GoogleAppsScript.Spreadsheet.Range {
    this._doc('getCurrentCell');
    return new SheetImpl(this._env, this._env.model.activeSheet()).getActiveCell();
  }
  setActiveSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet, restoreSelection?: boolean): GoogleAppsScript.Spreadsheet.Sheet {
    this._doc('setActiveSheet');
    return new SpreadsheetImpl(this._env).setActiveSheet(sheet, restoreSelection);
  }
  setActiveRange(range: GoogleAppsScript.Spreadsheet.Range): GoogleAppsScript.Spreadsheet.Range {
    this._doc('setActiveRange');
    return new SpreadsheetImpl(this._env).setActiveRange(range);
  }
  /** Apps Script pushes pending writes; the local runtime writes immediately, so this only counts. */
  flush(): void {}
  /**
   * Only an execution a user is looking at has a UI: a time-driven trigger (and a custom
   * function) gets "Cannot call SpreadsheetApp.getUi() from this context.", the message users of
   * time-driven triggers report.
   */
  getUi(): GoogleAppsScript.Base.Ui {
    if (!this._env.ctx.execution.hasUi) throw this._env.ctx.error('Cannot call SpreadsheetApp.getUi() from this context.');
    return this._env.ctx.getUi();
  }
  newConditionalFormatRule(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder { return newConditionalFormatRuleBuilder(this._env); }
  newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder { return newDataValidationBuilder(this._env); }
}

export type SpreadsheetAppApiCheck = Assert<OnlyApiMembers<SpreadsheetAppImpl, GApp>>;
