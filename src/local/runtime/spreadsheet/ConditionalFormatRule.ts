import type { Env, Assert, OnlyApiMembers } from './internal';
import { wrap, check, unwrap } from './internal';
import type { ConditionalFormatData } from './model';
import { BooleanCriteria, InterpolationType } from './enums';
import { RangeImpl, rangeOfRef } from './Range';
import { normalizeColor } from './color';
import { isDate } from '../infra/checkArgs';

type GRule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
type GBuilder = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
type GBool = GoogleAppsScript.Spreadsheet.BooleanCondition;
type GGradient = GoogleAppsScript.Spreadsheet.GradientCondition;
type GRange = GoogleAppsScript.Spreadsheet.Range;
type Criteria = GoogleAppsScript.Spreadsheet.BooleanCriteria;

function blank(): ConditionalFormatData {
  return { condition: null, gradient: null, format: {}, ranges: [] };
}

function clone(d: ConditionalFormatData): ConditionalFormatData {
  return {
    condition: d.condition ? { criteria: d.condition.criteria, values: d.condition.values.slice() } : null,
    gradient: d.gradient ? { ...d.gradient } : null,
    format: { ...d.format },
    ranges: d.ranges.map((r) => ({ ...r })),
  };
}

const enumOf = (name: string): Criteria => (BooleanCriteria as unknown as Record<string, Criteria>)[name];

export function conditionalFormatRuleOf(env: Env, data: ConditionalFormatData): GRule {
  return wrap<GRule>(env, 'ConditionalFormatRule', new ConditionalFormatRuleImpl(env, data));
}

export function newConditionalFormatRuleBuilder(env: Env, from?: ConditionalFormatData): GBuilder {
  return wrap<GBuilder>(env, 'ConditionalFormatRuleBuilder', new ConditionalFormatRuleBuilderImpl(env, from ? clone(from) : blank()));
}

function rangesOut(env: Env, d: ConditionalFormatData): GRange[] {
  return d.ranges.flatMap((r) => { const g = rangeOfRef(env, r); return g ? [g] : []; });
}

function booleanConditionOf(env: Env, d: ConditionalFormatData): GBool | null {
  if (!d.condition) return null;
  const c = d.condition, f = d.format;
  return wrap<GBool>(env, 'BooleanCondition', {
    getCriteriaType: () => enumOf(c.criteria),
    getCriteriaValues: () => c.values.map((v) => (isDate(v) ? new env.ctx.DateCtor(v.getTime()) : v)),
    getBackground: () => f.background ?? null,
    getFontColor: () => f.fontColor ?? null,
    getBold: () => f.bold ?? null,
    getItalic: () => f.italic ?? null,
    getStrikethrough: () => f.strikethrough ?? null,
    getUnderline: () => f.underline ?? null,
  } satisfies Partial<GBool>);
}

function gradientConditionOf(env: Env, d: ConditionalFormatData): GGradient | null {
  if (!d.gradient) return null;
  const g = d.gradient;
  const type = (p?: [string, string, string]) => (p ? (InterpolationType as unknown as Record<string, GoogleAppsScript.Spreadsheet.InterpolationType>)[p[1]] : null);
  return wrap<GGradient>(env, 'GradientCondition', {
    getMinColor: () => g.min?.[0] ?? '', getMinType: () => type(g.min), getMinValue: () => g.min?.[2] ?? '',
    getMidColor: () => g.mid?.[0] ?? '', getMidType: () => type(g.mid), getMidValue: () => g.mid?.[2] ?? '',
    getMaxColor: () => g.max?.[0] ?? '', getMaxType: () => type(g.max), getMaxValue: () => g.max?.[2] ?? '',
  } satisfies Partial<GGradient>);
}

export class ConditionalFormatRuleImpl implements Partial<GRule> {
  constructor(readonly _env: Env, readonly _data: ConditionalFormatData) {}
  getBooleanCondition(): GBool | null { return booleanConditionOf(this._env, this._data); }
  getGradientCondition(): GGradient | null { return gradientConditionOf(this._env, this._data); }
  getRanges(): GRange[] { return rangesOut(this._env, this._data); }
  copy(): GBuilder { return newConditionalFormatRuleBuilder(this._env, this._data); }
}

export class ConditionalFormatRuleBuilderImpl implements Partial<GBuilder> {
  constructor(readonly _env: Env, private readonly _d: ConditionalFormatData) {}
  private _self(): GBuilder { return wrap<GBuilder>(this._env, 'ConditionalFormatRuleBuilder', this); }
  private _when(method: string, args: unknown[], sig: readonly string[], criteria: string): GBuilder {
    check(this._env, `ConditionalFormatRuleBuilder.${method}`, args, sig);
    this._d.condition = { criteria, values: args.map((v) => (isDate(v) ? new Date(v.getTime()) : v)) };
    this._d.gradient = null;
    return this._self();
  }
  private _fmt<K extends keyof ConditionalFormatData['format']>(method: string, key: K, v: ConditionalFormatData['format'][K], type: string): GBuilder {
    check(this._env, `ConditionalFormatRuleBuilder.${method}`, [v], [type], ['Any']);
    this._d.format[key] = (typeof v === 'string' && (key === 'background' || key === 'fontColor') ? normalizeColor(v) : v) as ConditionalFormatData['format'][K];
    return this._self();
  }

  build(): GRule {
    if (!this._d.condition && !this._d.gradient) throw this._env.ctx.error('Conditional format rule must have a condition.');
    return conditionalFormatRuleOf(this._env, clone(this._d));
  }
  copy(): GBuilder { return newConditionalFormatRuleBuilder(this._env, this._d); }
  getBooleanCondition(): GBool | null { return booleanConditionOf(this._env, this._d); }
  getGradientCondition(): GGradient | null { return gradientConditionOf(this._env, this._d); }
  getRanges(): GRange[] { return rangesOut(this._env, this._d); }
  setRanges(ranges: GRange[]): GBuilder {
    check(this._env, 'ConditionalFormatRuleBuilder.setRanges', [ranges], ['Object[]']);
    this._d.ranges = ranges.map((r) => { const impl = unwrap(r, RangeImpl); if (!impl) throw this._env.ctx.error("The parameters (Object[]) don't match the method signature for SpreadsheetApp.ConditionalFormatRuleBuilder.setRanges."); return impl._ref(); });
    return this._self();
  }

  setBackground(color: string | null): GBuilder { return this._fmt('setBackground', 'background', color, 'String'); }
  setFontColor(color: string | null): GBuilder { return this._fmt('setFontColor', 'fontColor', color, 'String'); }
  setBold(bold: boolean | null): GBuilder { return this._fmt('setBold', 'bold', bold, 'Boolean'); }
  setItalic(italic: boolean | null): GBuilder { return this._fmt('setItalic', 'italic', italic, 'Boolean'); }
  setStrikethrough(strikethrough: boolean | null): GBuilder { return this._fmt('setStrikethrough', 'strikethrough', strikethrough, 'Boolean'); }
  setUnderline(underline: boolean | null): GBuilder { return this._fmt('setUnderline', 'underline', underline, 'Boolean'); }

  whenCellEmpty(): GBuilder { return this._when('whenCellEmpty', [], [], 'CELL_EMPTY'); }
  whenCellNotEmpty(): GBuilder { return this._when('whenCellNotEmpty', [], [], 'CELL_NOT_EMPTY'); }
  whenDateAfter(date: unknown): GBuilder { return this._when('whenDateAfter', [date], ['Object'], isDate(date) ? 'DATE_AFTER' : 'DATE_AFTER_RELATIVE'); }
  whenDateBefore(date: unknown): GBuilder { return this._when('whenDateBefore', [date], ['Object'], isDate(date) ? 'DATE_BEFORE' : 'DATE_BEFORE_RELATIVE'); }
  whenDateEqualTo(date: unknown): GBuilder { return this._when('whenDateEqualTo', [date], ['Object'], isDate(date) ? 'DATE_EQUAL_TO' : 'DATE_EQUAL_TO_RELATIVE'); }
  /** Kept as text; Sheets adds the leading '=' if missing. */
  whenFormulaSatisfied(formula: string): GBuilder {
    const r = this._when('whenFormulaSatisfied', [formula], ['String'], 'CUSTOM_FORMULA');
    this._d.condition!.values = [formula.startsWith('=') ? formula : `=${formula}`];
    return r;
  }
  whenNumberBetween(start: number, end: number): GBuilder { return this._when('whenNumberBetween', [start, end], ['Number', 'Number'], 'NUMBER_BETWEEN'); }
  whenNumberNotBetween(start: number, end: number): GBuilder { return this._when('whenNumberNotBetween', [start, end], ['Number', 'Number'], 'NUMBER_NOT_BETWEEN'); }
  whenNumberEqualTo(number: number): GBuilder { return this._when('whenNumberEqualTo', [number], ['Number'], 'NUMBER_EQUAL_TO'); }
  whenNumberNotEqualTo(number: number): GBuilder { return this._when('whenNumberNotEqualTo', [number], ['Number'], 'NUMBER_NOT_EQUAL_TO'); }
  whenNumberGreaterThan(number: number): GBuilder { return this._when('whenNumberGreaterThan', [number], ['Number'], 'NUMBER_GREATER_THAN'); }
  whenNumberGreaterThanOrEqualTo(number: number): GBuilder { return this._when('whenNumberGreaterThanOrEqualTo', [number], ['Number'], 'NUMBER_GREATER_THAN_OR_EQUAL_TO'); }
  whenNumberLessThan(number: number): GBuilder { return this._when('whenNumberLessThan', [number], ['Number'], 'NUMBER_LESS_THAN'); }
  whenNumberLessThanOrEqualTo(number: number): GBuilder { return this._when('whenNumberLessThanOrEqualTo', [number], ['Number'], 'NUMBER_LESS_THAN_OR_EQUAL_TO'); }
  whenTextContains(text: string): GBuilder { return this._when('whenTextContains', [text], ['String'], 'TEXT_CONTAINS'); }
  whenTextDoesNotContain(text: string): GBuilder { return this._when('whenTextDoesNotContain', [text], ['String'], 'TEXT_DOES_NOT_CONTAIN'); }
  whenTextEqualTo(text: string): GBuilder { return this._when('whenTextEqualTo', [text], ['String'], 'TEXT_EQUAL_TO'); }
  whenTextStartsWith(text: string): GBuilder { return this._when('whenTextStartsWith', [text], ['String'], 'TEXT_STARTS_WITH'); }
  whenTextEndsWith(text: string): GBuilder { return this._when('whenTextEndsWith', [text], ['String'], 'TEXT_ENDS_WITH'); }
  withCriteria(criteria: Criteria, args: unknown[]): GBuilder {
    check(this._env, 'ConditionalFormatRuleBuilder.withCriteria', [criteria, args], ['Object', 'Object[]']);
    this._d.condition = { criteria: String(criteria), values: args.slice() };
    this._d.gradient = null;
    return this._self();
  }

  setGradientMinpoint(color: string): GBuilder { return this._grad('setGradientMinpoint', 'min', color, 'MIN', ''); }
  setGradientMaxpoint(color: string): GBuilder { return this._grad('setGradientMaxpoint', 'max', color, 'MAX', ''); }
  setGradientMinpointWithValue(color: string, type: GoogleAppsScript.Spreadsheet.InterpolationType, value: string): GBuilder { return this._grad('setGradientMinpointWithValue', 'min', color, type, value); }
  setGradientMidpointWithValue(color: string, type: GoogleAppsScript.Spreadsheet.InterpolationType, value: string): GBuilder { return this._grad('setGradientMidpointWithValue', 'mid', color, type, value); }
  setGradientMaxpointWithValue(color: string, type: GoogleAppsScript.Spreadsheet.InterpolationType, value: string): GBuilder { return this._grad('setGradientMaxpointWithValue', 'max', color, type, value); }
  private _grad(method: string, point: 'min' | 'mid' | 'max', color: string, type: unknown, value: string): GBuilder {
    check(this._env, `ConditionalFormatRuleBuilder.${method}`, [color], ['String']);
    this._d.condition = null;
    this._d.gradient = { ...(this._d.gradient ?? {}), [point]: [normalizeColor(color), String(type), value] };
    return this._self();
  }
}

export type ConditionalFormatRuleApiCheck = Assert<OnlyApiMembers<ConditionalFormatRuleImpl, GRule>>;
export type ConditionalFormatRuleBuilderApiCheck = Assert<OnlyApiMembers<ConditionalFormatRuleBuilderImpl, GBuilder>>;
