/**
 * What the founder chooses for the dashboard and the digest. Stored as JSON in the document's
 * properties (so every editor of the spreadsheet sees the same dashboard); the sidebar edits it.
 * Pure: validation happens here, so the server refuses a bad value whatever the client sent.
 */
import type { KpiId } from '../kpi/types';
import { byId, KPIS } from '../kpi/registry';
import { parseStoredJson } from '../format/storedJson';
import type { Language } from '../format/formatValue';

export type { Language };
/** The document property holding the settings as JSON, read by the add-on and by `npm start`. */
export const SETTINGS_PROPERTY = 'pilote.settings';

export type Grain = 'month' | 'quarter';
export type SegmentDimension = 'channel' | 'product' | 'owner' | 'region';

export const SEGMENT_DIMENSIONS: readonly SegmentDimension[] = ['channel', 'product', 'owner', 'region'];
export const CURRENCIES = ['EUR', 'USD', 'GBP', 'CHF', 'CAD', 'AUD', 'JPY', 'MXN', 'BRL', 'INR', 'SEK', 'NOK', 'DKK', 'PLN'] as const;

/** The guide's advice: 5 to 10 headline KPIs. */
export const MIN_KPIS = 5;
export const MAX_KPIS = 10;
export const DEFAULT_KPIS: readonly KpiId[] = ['REVENUE', 'NEW_CUSTOMERS', 'WIN_RATE', 'PIPELINE', 'LEADS', 'CPL', 'CAC', 'CHURN'];

/**
 * Probability that an open deal at each stage is won, for the weighted pipeline. Keys are stage
 * names as written in the Deals sheet (matched case- and accent-insensitively); a stage not
 * listed counts at DEFAULT_STAGE_PROBABILITY.
 */
export const DEFAULT_STAGE_PROBABILITIES: Readonly<Record<string, number>> = {
  Discovery: 0.1, 'Découverte': 0.1,
  Qualification: 0.2,
  Demo: 0.3, 'Démo': 0.3,
  Proposal: 0.5, Proposition: 0.5,
  Negotiation: 0.7, 'Négociation': 0.7,
};
export const DEFAULT_STAGE_PROBABILITY = 0.25;

export interface Settings {
  /** Months or quarters on the dashboard. */
  grain: Grain;
  /**
   * The full period shown beside the one in progress, as a key (`2026-10`, `2026-Q3`); absent:
   * the last full one.
   */
  period?: string;
  kpis: KpiId[];
  currency: string;
  language: Language;
  dimensions: SegmentDimension[];
  stageProbabilities: Record<string, number>;
  /** Gross margin used for LTV, a fraction (1 = revenue is margin). */
  grossMargin: number;
  /** Which sheet holds which table, when the founder overrides Pilote's choice. */
  tables?: Partial<Record<string, string>>;
}

export interface SettingsError {
  field: keyof Settings | string;
  message: string;
}

/** The spreadsheet locale decides the defaults: fr_FR → French and EUR, en_US → USD, en_GB → GBP. */
export function defaultSettings(locale: { currency: string; language: Language }): Settings {
  return {
    grain: 'month',
    kpis: DEFAULT_KPIS.slice(),
    currency: locale.currency,
    language: locale.language,
    dimensions: SEGMENT_DIMENSIONS.slice(),
    stageProbabilities: { ...DEFAULT_STAGE_PROBABILITIES },
    grossMargin: 1,
  };
}

/** The settings accepted, or every error with its field (nothing is partially accepted). */
export type SettingsCheck = { ok: true; settings: Settings } | { ok: false; errors: SettingsError[] };

const PERIOD_KEY = { month: /^\d{4}-(0[1-9]|1[0-2])$/, quarter: /^\d{4}-Q[1-4]$/ };

/**
 * Checks settings sent by the sidebar (any JSON), field by field. Returns the clean settings, or
 * every error with the field it concerns; nothing is partially accepted.
 */
export function validateSettings(input: unknown, base: Settings): SettingsCheck {
  const errors: SettingsError[] = [];
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, errors: [{ field: 'settings', message: 'settings must be an object' }] };
  }
  const o = input as Record<string, unknown>;
  const out: Settings = { ...base, kpis: base.kpis.slice(), dimensions: base.dimensions.slice(), stageProbabilities: { ...base.stageProbabilities } };

  if (o.grain !== undefined) {
    if (o.grain === 'month' || o.grain === 'quarter') out.grain = o.grain;
    else errors.push({ field: 'grain', message: 'grain must be "month" or "quarter"' });
  }
  if (o.period !== undefined && o.period !== null && o.period !== '') {
    if (typeof o.period === 'string' && PERIOD_KEY[out.grain].test(o.period)) out.period = o.period;
    else errors.push({ field: 'period', message: out.grain === 'month' ? 'period must be a month written 2026-03, or blank for the last full month' : 'period must be a quarter written 2026-Q1, or blank for the last full quarter' });
  } else if (o.period === null || o.period === '') delete out.period;
  if (out.period && o.grain !== undefined && o.period === undefined && !PERIOD_KEY[out.grain].test(out.period)) delete out.period; // grain changed: the old period no longer fits

  if (o.kpis !== undefined) {
    const ids = Array.isArray(o.kpis) ? o.kpis : null;
    const known = new Set(KPIS.map((k) => k.id as string));
    if (!ids || !ids.every((k) => typeof k === 'string' && known.has(k.toUpperCase()))) {
      errors.push({ field: 'kpis', message: `kpis must be a list of KPI ids (${KPIS.map((k) => k.id).join(', ')})` });
    } else {
      const unique = [...new Set(ids.map((k) => (k as string).toUpperCase()))] as KpiId[];
      if (unique.length < MIN_KPIS || unique.length > MAX_KPIS) errors.push({ field: 'kpis', message: `choose ${MIN_KPIS} to ${MAX_KPIS} KPIs (got ${unique.length})` });
      else out.kpis = unique.map((id) => byId(id).id);
    }
  }
  if (o.currency !== undefined) {
    if (typeof o.currency === 'string' && /^[A-Z]{3}$/.test(o.currency.trim().toUpperCase())) out.currency = o.currency.trim().toUpperCase();
    else errors.push({ field: 'currency', message: 'currency must be a 3-letter ISO code such as EUR, USD or GBP' });
  }
  if (o.language !== undefined) {
    if (o.language === 'en' || o.language === 'fr') out.language = o.language;
    else errors.push({ field: 'language', message: 'language must be "en" or "fr"' });
  }
  if (o.dimensions !== undefined) {
    const dims = Array.isArray(o.dimensions) ? o.dimensions : null;
    if (!dims || !dims.every((d) => SEGMENT_DIMENSIONS.includes(d as SegmentDimension))) {
      errors.push({ field: 'dimensions', message: `dimensions must be a list among ${SEGMENT_DIMENSIONS.join(', ')}` });
    } else out.dimensions = [...new Set(dims as SegmentDimension[])];
  }
  if (o.stageProbabilities !== undefined) {
    const p = o.stageProbabilities;
    if (typeof p !== 'object' || p === null || Array.isArray(p)) errors.push({ field: 'stageProbabilities', message: 'stageProbabilities must map stage names to probabilities' });
    else {
      const clean: Record<string, number> = {};
      for (const [stage, v] of Object.entries(p as Record<string, unknown>)) {
        const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
        if (stage.trim() === '' || typeof n !== 'number' || !Number.isFinite(n) || n < 0 || n > 1) {
          errors.push({ field: 'stageProbabilities', message: `the probability of stage "${stage}" must be between 0 and 1 (e.g. 0.3 for 30 %)` });
        } else clean[stage.trim()] = n;
      }
      out.stageProbabilities = clean;
    }
  }
  if (o.grossMargin !== undefined) {
    const n = typeof o.grossMargin === 'string' ? Number(o.grossMargin) : o.grossMargin;
    if (typeof n === 'number' && Number.isFinite(n) && n > 0 && n <= 1) out.grossMargin = n;
    else errors.push({ field: 'grossMargin', message: 'grossMargin must be a fraction between 0 and 1 (0.7 for 70 %)' });
  }
  if (o.tables !== undefined) {
    const t = o.tables;
    if (typeof t !== 'object' || t === null || Array.isArray(t) || !Object.values(t).every((v) => typeof v === 'string')) {
      errors.push({ field: 'tables', message: 'tables must map table kinds to sheet names' });
    } else out.tables = { ...(t as Record<string, string>) };
  }
  return errors.length ? { ok: false, errors } : { ok: true, settings: out };
}

/** Settings as stored: JSON text (a property value holds 9 KB; this is well under 1 KB). */
export function serializeSettings(s: Settings): string {
  return JSON.stringify(s);
}

/** Stored settings, falling back to the defaults field by field (an older or hand-edited value never breaks a refresh). */
export function parseStoredSettings(text: string | null | undefined, defaults: Settings): Settings {
  const raw = parseStoredJson(text);
  if (raw === undefined) return defaults;
  const checked = validateSettings(raw, defaults);
  if (checked.ok) return checked.settings;
  // Keep what is valid: drop the fields in error and validate again.
  const bad = new Set(checked.errors.map((e) => e.field));
  const kept = Object.fromEntries(Object.entries(raw as Record<string, unknown>).filter(([k]) => !bad.has(k)));
  const again = validateSettings(kept, defaults);
  return again.ok ? again.settings : defaults;
}
