/**
 * The empty input sheets "Set up sheets" creates: for each table, its name and headers in the
 * spreadsheet's language (the sample workbook's, so both read the same), each column's number
 * format and its data validation as plain data. Pure: the add-on turns the validations into
 * DataValidationBuilder calls.
 */
import { KPIS } from '../kpi/registry';
import type { ColumnFormat } from '../render/sheetFormats';
import { ACTIVITY_LABELS, CATEGORY_LABELS, CHANNEL_LABELS, LEAD_STATUS_LABELS, Label, SEGMENT_LABELS, SHEETS, SURVEY_LABELS, label } from '../sample/names';
import type { Language } from '../settings/settings';
import type { TableKind } from '../tables/schema';

/**
 * A column's validation. `strict`: Sheets rejects other input ("Reject input"); otherwise it
 * accepts it and marks the cell ("Show a warning"), for lists where other words are meaningful
 * (any stage other than Won and Lost is an open stage; channels are the founder's own).
 */
export type ColumnValidation =
  | { kind: 'list'; values: string[]; strict: boolean; help: string }
  | { kind: 'date'; help: string }
  | { kind: 'number'; min: number; max?: number; help: string };

export interface InputColumn {
  header: string;
  format: ColumnFormat;
  validation?: ColumnValidation;
  /** Width in pixels (Sheets' default is 100). */
  width: number;
}

export interface InputSheetSpec {
  kind: TableKind;
  name: string;
  columns: InputColumn[];
}

/** Tables in the order "Set up sheets" creates them (the order of the sample workbook). */
export const INPUT_KINDS: readonly TableKind[] = ['leads', 'deals', 'activities', 'spend', 'customers', 'surveys', 'targets'];

/**
 * Deal stages offered in the Stage list: the sample's open stages plus Demo (which the default
 * stage probabilities know), then Won and Lost.
 */
const STAGE_LIST: readonly Label[] = [
  ['Discovery', 'Découverte'], ['Qualification', 'Qualification'], ['Demo', 'Démo'], ['Proposal', 'Proposition'],
  ['Negotiation', 'Négociation'], ['Won', 'Gagné'], ['Lost', 'Perdu'],
];

const HELP = {
  en: {
    date: 'A date, e.g. 2026-03-31.',
    month: 'The month, as a date (its 1st), e.g. 2026-03-01.',
    amount: 'An amount, 0 or more.',
    stage: 'Won and Lost close a deal; any other stage is open.',
    status: 'New, MQL, SQL, Opportunity, Customer or Disqualified.',
    channel: 'Where the lead came from: pick one or type your own.',
    activity: 'Call, Meeting, Demo, Proposal or Email.',
    survey: 'NPS (score 0–10) or CSAT (score 1–5).',
    score: 'A whole number from 0 to 10 (NPS) or 1 to 5 (CSAT).',
    category: 'Marketing or Sales.',
    segment: 'Pick one or type your own.',
    kpi: 'A KPI id, e.g. REVENUE.',
    filter: 'The column the objective is about, e.g. Channel (optional).',
  },
  fr: {
    date: 'Une date, par ex. 31/03/2026.',
    month: 'Le mois, en date (son 1er jour), par ex. 01/03/2026.',
    amount: 'Un montant, 0 ou plus.',
    stage: 'Gagné et Perdu clôturent une opportunité ; toute autre étape est ouverte.',
    status: 'Nouveau, MQL, SQL, Opportunité, Client ou Disqualifié.',
    channel: 'D’où vient le lead : choisissez ou tapez le vôtre.',
    activity: 'Appel, Rendez-vous, Démo, Proposition ou Email.',
    survey: 'NPS (note de 0 à 10) ou CSAT (note de 1 à 5).',
    score: 'Un nombre entier de 0 à 10 (NPS) ou de 1 à 5 (CSAT).',
    category: 'Marketing ou Ventes.',
    segment: 'Choisissez ou tapez le vôtre.',
    kpi: 'L’identifiant d’un indicateur, par ex. REVENUE.',
    filter: 'La colonne visée par l’objectif, par ex. Canal (facultatif).',
  },
} as const;

/** The spec of each input sheet in `language`. */
export function inputSheetSpecs(language: Language): InputSheetSpec[] {
  const h = HELP[language];
  const labels = (list: readonly Label[]) => list.map((l) => label(l, language));
  const list = (values: readonly Label[], strict: boolean, help: string): ColumnValidation => ({ kind: 'list', values: labels(values), strict, help });
  const date: ColumnValidation = { kind: 'date', help: h.date };
  const amount: ColumnValidation = { kind: 'number', min: 0, help: h.amount };
  const headers = (kind: keyof typeof SHEETS) => SHEETS[kind].headers.map((x) => label(x, language));
  const columns = (kind: keyof typeof SHEETS, rest: Omit<InputColumn, 'header'>[]): InputColumn[] => headers(kind).map((header, i) => ({ header, ...rest[i] }));
  const text = (width = 120, validation?: ColumnValidation): Omit<InputColumn, 'header'> => ({ format: 'text', width, ...(validation ? { validation } : {}) });
  const filterColumns: Label[] = [['Channel', 'Canal'], ['Owner', 'Responsable'], ['Product', 'Produit'], ['Region', 'Région'], ['Segment', 'Segment'], ['Category', 'Catégorie']];

  const specs: Record<TableKind, InputColumn[]> = {
    leads: columns('leads', [text(100), { format: 'date', width: 110, validation: date }, text(120, list(CHANNEL_LABELS, false, h.channel)), text(110, list(LEAD_STATUS_LABELS, true, h.status)), text(130)]),
    deals: columns('deals', [
      text(100), text(180), { format: 'date', width: 110, validation: date }, text(120, list(STAGE_LIST, false, h.stage)),
      { format: 'currency', width: 110, validation: amount }, { format: 'date', width: 110, validation: date }, text(130), text(110), text(130), text(120, list(CHANNEL_LABELS, false, h.channel)),
    ]),
    activities: columns('activities', [{ format: 'date', width: 110, validation: date }, text(110, list(ACTIVITY_LABELS, true, h.activity)), text(130), text(110)]),
    spend: columns('spend', [{ format: 'month', width: 110, validation: { kind: 'date', help: h.month } }, text(120, list(CHANNEL_LABELS, false, h.channel)), text(110, list(CATEGORY_LABELS, true, h.category)), { format: 'currency', width: 110, validation: amount }]),
    customers: columns('customers', [text(180), { format: 'date', width: 110, validation: date }, { format: 'date', width: 110, validation: date }, text(120, list(SEGMENT_LABELS, false, h.segment))]),
    surveys: columns('surveys', [{ format: 'date', width: 110, validation: date }, text(180), text(90, list(SURVEY_LABELS, true, h.survey)), { format: 'integer', width: 80, validation: { kind: 'number', min: 0, max: 10, help: h.score } }]),
    targets: columns('targets', [
      text(150, { kind: 'list', values: KPIS.map((k) => k.id), strict: false, help: h.kpi }), text(100), { format: 'number', width: 110 },
      text(130, list(filterColumns, false, h.filter)), text(130),
    ]),
  };
  return INPUT_KINDS.map((kind) => ({ kind, name: label(SHEETS[kind].name, language), columns: specs[kind] }));
}
