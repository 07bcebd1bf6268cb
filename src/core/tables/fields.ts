import type { FieldType, TableKind } from './schema';

/**
 * The type of each field of each table, as the compiler sees it (schema.ts's TABLES is the
 * source of truth for labels and aliases; a test checks the two agree). A parsed table hands
 * out one typed column per field: `table.day('closed')` compiles, `table.day('stage')` does not.
 */
export const FIELD_TYPES = {
  leads: { id: 'text', created: 'day', channel: 'text', status: 'leadStatus', owner: 'text' },
  deals: { id: 'text', customer: 'text', created: 'day', stage: 'stage', amount: 'amount', closed: 'day', owner: 'text', product: 'text', region: 'text', channel: 'text' },
  activities: { date: 'day', type: 'activityType', owner: 'text', dealId: 'text' },
  spend: { date: 'span', channel: 'text', amount: 'amount', category: 'category' },
  customers: { customer: 'text', start: 'day', end: 'day', segment: 'text' },
  surveys: { date: 'day', customer: 'text', score: 'number', type: 'surveyType' },
  targets: { kpi: 'text', period: 'period', target: 'number', filterColumn: 'text', filterValue: 'text' },
} as const satisfies Record<TableKind, Record<string, FieldType>>;

type Types = typeof FIELD_TYPES;

/** Any field of a kind of table (of any kind, for `TableKind`). */
export type FieldKey<K extends TableKind> = K extends TableKind ? keyof Types[K] & string : never;

/** The fields of a kind whose type is one of `T`. */
export type FieldOf<K extends TableKind, T extends FieldType> = K extends TableKind
  ? { [F in keyof Types[K]]: Types[K][F] extends T ? F : never }[keyof Types[K]] & string
  : never;

/** Closed vocabularies: parsed as small integer codes. */
export type VocabularyType = 'stage' | 'leadStatus' | 'activityType' | 'surveyType' | 'category';
