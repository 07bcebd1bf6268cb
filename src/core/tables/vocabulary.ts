import { normalizeKey } from '../cells/text';

/** Closed vocabularies, matched trimmed, case- and accent-insensitively, in English and French. */
export type DealStage = 'won' | 'lost' | 'open';
export type LeadStatus = 'new' | 'mql' | 'sql' | 'opportunity' | 'customer' | 'disqualified';
export type ActivityType = 'call' | 'meeting' | 'demo' | 'proposal' | 'email';
export type SurveyType = 'nps' | 'csat';
export type SpendCategory = 'marketing' | 'sales';

/** Looks a word up by its normalised key; remembers raw texts seen, since a column repeats a few words. */
class Vocabulary<T extends string> {
  private readonly byKey = new Map<string, T>();
  private readonly byRaw = new Map<string, T | null>();

  constructor(words: Record<T, string[]>) {
    for (const key of Object.keys(words) as T[]) for (const w of words[key]) this.byKey.set(normalizeKey(w), key);
  }

  get(text: string): T | undefined {
    let found = this.byRaw.get(text);
    if (found === undefined) {
      found = this.byKey.get(normalizeKey(text)) ?? null;
      if (this.byRaw.size < 10_000) this.byRaw.set(text, found);
    }
    return found ?? undefined;
  }
}

function vocabulary<T extends string>(words: Record<T, string[]>): Vocabulary<T> {
  return new Vocabulary(words);
}

/** Every other stage text is an open stage (Discovery, Proposal…). */
const STAGES = vocabulary<Exclude<DealStage, 'open'>>({
  won: ['Won', 'Closed won', 'Gagné', 'Gagnée', 'Signé', 'Signée'],
  lost: ['Lost', 'Closed lost', 'Perdu', 'Perdue'],
});

export const LEAD_STATUS_WORDS: Record<LeadStatus, string[]> = {
  new: ['New', 'Nouveau'],
  mql: ['MQL'],
  sql: ['SQL'],
  opportunity: ['Opportunity', 'Opportunité'],
  customer: ['Customer', 'Client', 'Converti'],
  disqualified: ['Disqualified', 'Disqualifié', 'Perdu'],
};
const LEAD_STATUSES = vocabulary(LEAD_STATUS_WORDS);

/** Funnel depth: a lead at or past MQL has rank ≥ 1. Disqualified leads never qualify. */
export const LEAD_RANK: Record<LeadStatus, number> = { disqualified: -1, new: 0, mql: 1, sql: 2, opportunity: 3, customer: 4 };

export const ACTIVITY_TYPE_WORDS: Record<ActivityType, string[]> = {
  call: ['Call', 'Appel'],
  meeting: ['Meeting', 'Rendez-vous', 'RDV'],
  demo: ['Demo', 'Démo'],
  proposal: ['Proposal', 'Proposition'],
  email: ['Email', 'E-mail', 'Mail'],
};
const ACTIVITY_TYPES = vocabulary(ACTIVITY_TYPE_WORDS);
const SURVEY_TYPES = vocabulary<SurveyType>({ nps: ['NPS'], csat: ['CSAT'] });
const CATEGORIES = vocabulary<SpendCategory>({ marketing: ['Marketing'], sales: ['Sales', 'Ventes', 'Vente', 'Commercial'] });

export function dealStageOf(text: string): DealStage {
  return STAGES.get(text) ?? 'open';
}
export function leadStatusOf(text: string): LeadStatus | undefined {
  return LEAD_STATUSES.get(text);
}
export function activityTypeOf(text: string): ActivityType | undefined {
  return ACTIVITY_TYPES.get(text);
}
export function surveyTypeOf(text: string): SurveyType | undefined {
  return SURVEY_TYPES.get(text);
}
export function spendCategoryOf(text: string): SpendCategory | undefined {
  return CATEGORIES.get(text);
}
