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
  /** Each word as written here, by its key: what "did you mean" suggests. */
  private readonly shown = new Map<string, string>();

  constructor(words: Record<T, string[]>) {
    for (const key of Object.keys(words) as T[]) {
      for (const w of words[key]) {
        this.byKey.set(normalizeKey(w), key);
        if (!this.shown.has(normalizeKey(w))) this.shown.set(normalizeKey(w), w);
      }
    }
  }

  /**
   * The known word one typo away from `text` (a letter added, dropped, changed or two swapped:
   * `Wonn`, `Lsot`, `Gagne`… are caught, `Won back` is not), for a "did you mean" in the data check.
   * Words of fewer than 3 letters are never suggested (`No` is not a typo of `Won`).
   */
  nearest(text: string): { word: string; value: T } | undefined {
    const k = normalizeKey(text);
    if (k.length < 3 || this.byKey.has(k)) return undefined;
    for (const [key, word] of this.shown) {
      if (key.length >= 3 && withinOneEdit(k, key)) return { word, value: this.byKey.get(key)! };
    }
    return undefined;
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

/** Optimal string alignment distance ≤ 1: one insertion, deletion, substitution or adjacent swap. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a.charAt(i) === b.charAt(i)) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a.charAt(i) === b.charAt(i + 1) && a.charAt(i + 1) === b.charAt(i) && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Every other stage text is an open stage (Discovery, Proposal…). */
const STAGES = vocabulary<Exclude<DealStage, 'open'>>({
  won: ['Won', 'Closed won', 'Closedwon', 'Gagné', 'Gagnée', 'Signé', 'Signée'],
  lost: ['Lost', 'Closed lost', 'Closedlost', 'Perdu', 'Perdue'],
});

/**
 * Open stages CRMs and founders commonly use (Salesforce's and HubSpot's defaults, EN and FR):
 * counted as open like any other stage, but the data check lists only the stages *not* here, so a
 * typo such as `Wonn` stands out instead of hiding among legitimate stages.
 */
const OPEN_STAGES = vocabulary<'open'>({
  open: [
    'Open', 'New', 'Lead', 'Prospect', 'Prospecting', 'Contacted', 'Qualification', 'Qualified', 'Qualifying', 'Discovery', 'Meeting',
    'Demo', 'Trial', 'Needs analysis', 'Value proposition', 'Id. decision makers', 'Perception analysis', 'Proposal', 'Proposal/Price quote',
    'Quote', 'Quote sent', 'Negotiation', 'Negotiation/Review', 'Commit', 'Closing', 'Contract sent', 'Verbal', 'Pending', 'On hold',
    'In progress', 'Appointment scheduled', 'Qualified to buy', 'Presentation scheduled', 'Decision maker bought-in',
    'Ouvert', 'Ouverte', 'Nouveau', 'Nouvelle', 'Prospection', 'Contacté', 'Découverte', 'Qualifié', 'Qualifiée', 'Rendez-vous', 'RDV',
    'Démo', 'Essai', 'Proposition', 'Devis', 'Devis envoyé', 'Négociation', 'En négociation', 'En cours', 'En attente', 'Contrat envoyé',
  ],
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
/** Is this stage text Won, Lost or one of the usual open stages (else the data check lists it)? */
export function isKnownStage(text: string): boolean {
  return STAGES.get(text) !== undefined || OPEN_STAGES.get(text) !== undefined;
}
/** The Won or Lost word a stage text is one typo away from (`Wonn` → Won). */
export function nearestClosedStage(text: string): string | undefined {
  return STAGES.nearest(text)?.word;
}
/** The known word of a closed vocabulary one typo away from a text, for "did you mean". */
export const SUGGEST = {
  leadStatus: (t: string) => LEAD_STATUSES.nearest(t)?.word,
  activityType: (t: string) => ACTIVITY_TYPES.nearest(t)?.word,
  surveyType: (t: string) => SURVEY_TYPES.nearest(t)?.word,
  category: (t: string) => CATEGORIES.nearest(t)?.word,
};
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

/**
 * Each closed vocabulary's values in code order: a parsed column keeps a value's index (an
 * Int8Array, -1 where the cell is blank or unreadable) rather than a string per row.
 */
export const DEAL_STAGE_CODES: readonly DealStage[] = ['won', 'lost', 'open'];
export const WON = 0;
export const LOST = 1;
export const OPEN = 2;
export const LEAD_STATUS_CODES: readonly LeadStatus[] = ['new', 'mql', 'sql', 'opportunity', 'customer', 'disqualified'];
export const ACTIVITY_TYPE_CODES: readonly ActivityType[] = ['call', 'meeting', 'demo', 'proposal', 'email'];
export const SURVEY_TYPE_CODES: readonly SurveyType[] = ['nps', 'csat'];
export const SPEND_CATEGORY_CODES: readonly SpendCategory[] = ['marketing', 'sales'];
