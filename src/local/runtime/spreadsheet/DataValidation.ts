import type { Env, Assert, OnlyApiMembers } from './internal';
import { wrap, check, unwrap } from './internal';
import type { GridRef, ValidationData } from './model';
import { DataValidationCriteria } from './enums';
import { RangeImpl, rangeOfRef } from './Range';
import { isDate } from '../infra/checkArgs';

type GRule = GoogleAppsScript.Spreadsheet.DataValidation;
type GBuilder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;
type GCriteria = GoogleAppsScript.Spreadsheet.DataValidationCriteria;

/** A range inside criteria values is kept as a reference and handed back as a Range. */
interface RefValue { __gridRef: GridRef }
function isRef(v: unknown): v is RefValue { return typeof v === 'object' && v !== null && '__gridRef' in v; }

function valuesOut(env: Env, values: readonly unknown[]): unknown[] {
  return values.map((v) => (isRef(v) ? rangeOfRef(env, v.__gridRef) : isDate(v) ? new env.ctx.DateCtor(v.getTime()) : Array.isArray(v) ? v.slice() : v));
}

function valuesIn(values: readonly unknown[]): unknown[] {
  return values.map((v) => { const r = unwrap(v, RangeImpl); return r ? { __gridRef: r._ref() } : isDate(v) ? new Date(v.getTime()) : Array.isArray(v) ? v.slice() : v; });
}

export function dataValidationOf(env: Env, data: ValidationData): GRule {
  return wrap<GRule>(env, 'DataValidation', new DataValidationImpl(env, data));
}

export function newDataValidationBuilder(env: Env, from?: ValidationData): GBuilder {
  return wrap<GBuilder>(env, 'DataValidationBuilder', new DataValidationBuilderImpl(env, from));
}

/** A built rule: immutable data shared by every cell it is set on. */
export class DataValidationImpl implements Partial<GRule> {
  constructor(readonly _env: Env, readonly _data: ValidationData) {}
  getCriteriaType(): GCriteria { return (DataValidationCriteria as unknown as Record<string, GCriteria>)[this._data.criteria]; }
  getCriteriaValues(): unknown[] { return valuesOut(this._env, this._data.values); }
  getAllowInvalid(): boolean { return this._data.allowInvalid; }
  getHelpText(): string { return this._data.helpText ?? ''; }
  copy(): GBuilder { return newDataValidationBuilder(this._env, this._data); }
}

export class DataValidationBuilderImpl implements Partial<GBuilder> {
  private _criteria: string | null = null;
  private _values: unknown[] = [];
  private _allowInvalid = true;
  private _helpText: string | null = null;

  constructor(readonly _env: Env, from?: ValidationData) {
    if (from) { this._criteria = from.criteria; this._values = from.values.slice(); this._allowInvalid = from.allowInvalid; this._helpText = from.helpText; }
  }
  private _self(): GBuilder { return wrap<GBuilder>(this._env, 'DataValidationBuilder', this); }
  private _set(method: string, args: unknown[], sigs: (readonly string[])[], criteria: string, values: unknown[]): GBuilder {
    check(this._env, `DataValidationBuilder.${method}`, args, ...sigs);
    this._criteria = criteria;
    this._values = valuesIn(values);
    return this._self();
  }

  build(): GRule {
    if (!this._criteria) throw this._env.ctx.error('You must specify a criteria for a data validation rule.');
    return dataValidationOf(this._env, Object.freeze({ criteria: this._criteria, values: this._values.slice(), allowInvalid: this._allowInvalid, helpText: this._helpText }) as ValidationData);
  }
  copy(): GBuilder { return newDataValidationBuilder(this._env, { criteria: this._criteria ?? '', values: this._values, allowInvalid: this._allowInvalid, helpText: this._helpText }); }
  getCriteriaType(): GCriteria { return (DataValidationCriteria as unknown as Record<string, GCriteria>)[this._criteria ?? '']; }
  getCriteriaValues(): unknown[] { return valuesOut(this._env, this._values); }
  getAllowInvalid(): boolean { return this._allowInvalid; }
  getHelpText(): string | null { return this._helpText; }
  setAllowInvalid(allowInvalidData: boolean): GBuilder { check(this._env, 'DataValidationBuilder.setAllowInvalid', [allowInvalidData], ['Boolean']); this._allowInvalid = allowInvalidData; return this._self(); }
  setHelpText(helpText: string): GBuilder { check(this._env, 'DataValidationBuilder.setHelpText', [helpText], ['String']); this._helpText = helpText; return this._self(); }
  withCriteria(criteria: GCriteria, args: unknown[]): GBuilder { return this._set('withCriteria', [criteria, args], [['Object', 'Object[]']], String(criteria), args); }

  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): GBuilder {
    const values = checkedValue === undefined ? [] : uncheckedValue === undefined ? [checkedValue] : [checkedValue, uncheckedValue];
    return this._set('requireCheckbox', [checkedValue, uncheckedValue], [['Any?', 'Any?']], 'CHECKBOX', values);
  }
  requireDate(): GBuilder { return this._set('requireDate', [], [[]], 'DATE_IS_VALID_DATE', []); }
  requireDateAfter(date: GoogleAppsScript.Base.Date): GBuilder { return this._set('requireDateAfter', [date], [['Date']], 'DATE_AFTER', [date]); }
  requireDateBefore(date: GoogleAppsScript.Base.Date): GBuilder { return this._set('requireDateBefore', [date], [['Date']], 'DATE_BEFORE', [date]); }
  requireDateBetween(start: GoogleAppsScript.Base.Date, end: GoogleAppsScript.Base.Date): GBuilder { return this._set('requireDateBetween', [start, end], [['Date', 'Date']], 'DATE_BETWEEN', [start, end]); }
  requireDateEqualTo(date: GoogleAppsScript.Base.Date): GBuilder { return this._set('requireDateEqualTo', [date], [['Date']], 'DATE_EQUAL_TO', [date]); }
  requireDateNotBetween(start: GoogleAppsScript.Base.Date, end: GoogleAppsScript.Base.Date): GBuilder { return this._set('requireDateNotBetween', [start, end], [['Date', 'Date']], 'DATE_NOT_BETWEEN', [start, end]); }
  requireDateOnOrAfter(date: GoogleAppsScript.Base.Date): GBuilder { return this._set('requireDateOnOrAfter', [date], [['Date']], 'DATE_ON_OR_AFTER', [date]); }
  requireDateOnOrBefore(date: GoogleAppsScript.Base.Date): GBuilder { return this._set('requireDateOnOrBefore', [date], [['Date']], 'DATE_ON_OR_BEFORE', [date]); }
  requireFormulaSatisfied(formula: string): GBuilder { return this._set('requireFormulaSatisfied', [formula], [['String']], 'CUSTOM_FORMULA', [formula]); }
  requireNumberBetween(start: number, end: number): GBuilder { return this._set('requireNumberBetween', [start, end], [['Number', 'Number']], 'NUMBER_BETWEEN', [start, end]); }
  requireNumberNotBetween(start: number, end: number): GBuilder { return this._set('requireNumberNotBetween', [start, end], [['Number', 'Number']], 'NUMBER_NOT_BETWEEN', [start, end]); }
  requireNumberEqualTo(number: number): GBuilder { return this._set('requireNumberEqualTo', [number], [['Number']], 'NUMBER_EQUAL_TO', [number]); }
  requireNumberNotEqualTo(number: number): GBuilder { return this._set('requireNumberNotEqualTo', [number], [['Number']], 'NUMBER_NOT_EQUAL_TO', [number]); }
  requireNumberGreaterThan(number: number): GBuilder { return this._set('requireNumberGreaterThan', [number], [['Number']], 'NUMBER_GREATER_THAN', [number]); }
  requireNumberGreaterThanOrEqualTo(number: number): GBuilder { return this._set('requireNumberGreaterThanOrEqualTo', [number], [['Number']], 'NUMBER_GREATER_THAN_OR_EQUAL_TO', [number]); }
  requireNumberLessThan(number: number): GBuilder { return this._set('requireNumberLessThan', [number], [['Number']], 'NUMBER_LESS_THAN', [number]); }
  requireNumberLessThanOrEqualTo(number: number): GBuilder { return this._set('requireNumberLessThanOrEqualTo', [number], [['Number']], 'NUMBER_LESS_THAN_OR_EQUAL_TO', [number]); }
  requireTextContains(text: string): GBuilder { return this._set('requireTextContains', [text], [['String']], 'TEXT_CONTAINS', [text]); }
  requireTextDoesNotContain(text: string): GBuilder { return this._set('requireTextDoesNotContain', [text], [['String']], 'TEXT_DOES_NOT_CONTAIN', [text]); }
  requireTextEqualTo(text: string): GBuilder { return this._set('requireTextEqualTo', [text], [['String']], 'TEXT_EQUAL_TO', [text]); }
  requireTextIsEmail(): GBuilder { return this._set('requireTextIsEmail', [], [[]], 'TEXT_IS_VALID_EMAIL', []); }
  requireTextIsUrl(): GBuilder { return this._set('requireTextIsUrl', [], [[]], 'TEXT_IS_VALID_URL', []); }
  /** Criteria values: [the list, showDropdown] (showDropdown defaults to true). */
  requireValueInList(values: string[], showDropdown?: boolean): GBuilder {
    return this._set('requireValueInList', [values, showDropdown], [['String[]', 'Boolean?']], 'VALUE_IN_LIST', [values.slice(), showDropdown ?? true]);
  }
  requireValueInRange(range: GoogleAppsScript.Spreadsheet.Range, showDropdown?: boolean): GBuilder {
    return this._set('requireValueInRange', [range, showDropdown], [['Object', 'Boolean?']], 'VALUE_IN_RANGE', [range, showDropdown ?? true]);
  }
}

export type DataValidationApiCheck = Assert<OnlyApiMembers<DataValidationImpl, GRule>>;
export type DataValidationBuilderApiCheck = Assert<OnlyApiMembers<DataValidationBuilderImpl, GBuilder>>;
