/**
 * The tables Pilote reads, their fields and the headers (English and French) each field is
 * recognised by. The single source of truth for aliases: the reader, the data check, error
 * messages and the README all come from here.
 */
export type TableKind = 'leads' | 'deals' | 'activities' | 'spend' | 'customers' | 'surveys' | 'targets';

export type FieldType =
  | 'text' | 'day' | 'span' | 'amount' | 'number'
  | 'stage' | 'leadStatus' | 'activityType' | 'surveyType' | 'category' | 'period';

export interface FieldSpec {
  key: string;
  label: { en: string; fr: string };
  type: FieldType;
  /** Headers this field is recognised by, most specific first. */
  aliases: readonly string[];
}

export interface TableSpec {
  kind: TableKind;
  label: { en: string; fr: string };
  fields: readonly FieldSpec[];
  /** Fields without which the table is not this kind (used to recognise a table). */
  identifying: readonly string[];
}

/**
 * Sheet names that say which table a sheet is, EN and FR (with the labels): when two sheets look
 * like the same table, the one named like it is read (see chooseTables).
 */
export const SHEET_NAMES: Record<TableKind, readonly string[]> = {
  leads: ['Leads', 'Prospects', 'Pistes', 'Contacts'],
  deals: ['Deals', 'Opportunités', 'Opportunities', 'Opportunity', 'Opportunité', 'Affaires', 'Pipeline', 'Pipe'],
  activities: ['Activities', 'Activités', 'Activity', 'Actions'],
  spend: ['Spend', 'Dépenses', 'Marketing spend', 'Costs', 'Coûts', 'Budget'],
  customers: ['Customers', 'Clients', 'Accounts', 'Comptes'],
  surveys: ['Surveys', 'Enquêtes', 'NPS', 'CSAT', 'Satisfaction', 'Feedback'],
  targets: ['Targets', 'Objectifs', 'Goals', 'Objectives'],
};

const CHANNEL = ['Channel', 'Source', 'Lead source', 'Canal', 'Origine'];
const OWNER = ['Owner', 'Rep', 'Sales rep', 'Responsable', 'Commercial'];
const CUSTOMER = ['Customer', 'Client', 'Company', 'Entreprise', 'Société'];

function f(key: string, en: string, fr: string, type: FieldType, aliases: readonly string[]): FieldSpec {
  return { key, label: { en, fr }, type, aliases };
}

export const TABLES: Record<TableKind, TableSpec> = {
  leads: {
    kind: 'leads', label: { en: 'Leads', fr: 'Leads' }, identifying: ['created'],
    fields: [
      f('id', 'Lead ID', 'ID Lead', 'text', ['Lead ID', 'ID Lead', 'ID']),
      f('created', 'Created', 'Date de création', 'day', ['Created', 'Created date', 'Date de création', 'Date']),
      f('channel', 'Channel', 'Canal', 'text', CHANNEL),
      f('status', 'Status', 'Statut', 'leadStatus', ['Status', 'Statut', 'Lifecycle stage']),
      f('owner', 'Owner', 'Responsable', 'text', OWNER),
    ],
  },
  deals: {
    kind: 'deals', label: { en: 'Deals', fr: 'Opportunités' }, identifying: ['stage'],
    fields: [
      f('id', 'Deal ID', 'ID Opportunité', 'text', ['Deal ID', 'Deal', 'ID Opportunité', 'Opportunité']),
      f('customer', 'Customer', 'Client', 'text', CUSTOMER),
      f('created', 'Created', 'Date de création', 'day', ['Created', 'Created date', 'Date de création']),
      f('stage', 'Stage', 'Étape', 'stage', ['Stage', 'Étape', 'Statut', 'Status']),
      f('amount', 'Amount', 'Montant', 'amount', ['Amount', 'Montant', 'Value', 'Valeur']),
      f('closed', 'Close date', 'Date de clôture', 'day', ['Close date', 'Closed date', 'Date de clôture', 'Date de signature']),
      f('owner', 'Owner', 'Responsable', 'text', OWNER),
      f('product', 'Product', 'Produit', 'text', ['Product', 'Produit']),
      f('region', 'Region', 'Région', 'text', ['Region', 'Région']),
      f('channel', 'Channel', 'Canal', 'text', CHANNEL),
    ],
  },
  activities: {
    kind: 'activities', label: { en: 'Activities', fr: 'Activités' }, identifying: ['date', 'type'],
    fields: [
      f('date', 'Date', 'Date', 'day', ['Date']),
      f('type', 'Type', 'Type', 'activityType', ['Type', 'Activity', 'Activité']),
      f('owner', 'Owner', 'Responsable', 'text', OWNER),
      f('dealId', 'Deal ID', 'ID Opportunité', 'text', ['Deal ID', 'Deal', 'ID Opportunité', 'Opportunité']),
    ],
  },
  spend: {
    kind: 'spend', label: { en: 'Spend', fr: 'Dépenses' }, identifying: ['date', 'amount'],
    fields: [
      f('date', 'Month', 'Mois', 'span', ['Date', 'Month', 'Mois', 'Période', 'Period']),
      f('channel', 'Channel', 'Canal', 'text', CHANNEL),
      f('amount', 'Amount', 'Montant', 'amount', ['Amount', 'Montant', 'Cost', 'Coût', 'Spend', 'Dépense']),
      f('category', 'Category', 'Catégorie', 'category', ['Category', 'Catégorie']),
    ],
  },
  customers: {
    kind: 'customers', label: { en: 'Customers', fr: 'Clients' }, identifying: ['customer', 'start'],
    fields: [
      f('customer', 'Customer', 'Client', 'text', CUSTOMER),
      f('start', 'Start date', 'Date de début', 'day', ['Start date', 'Since', 'Date de début', 'Client depuis']),
      f('end', 'End date', 'Date de fin', 'day', ['End date', 'Churn date', 'Date de fin', 'Date de résiliation']),
      f('segment', 'Segment', 'Segment', 'text', ['Segment']),
    ],
  },
  surveys: {
    kind: 'surveys', label: { en: 'Surveys', fr: 'Enquêtes' }, identifying: ['score', 'type'],
    fields: [
      f('date', 'Date', 'Date', 'day', ['Date']),
      f('customer', 'Customer', 'Client', 'text', CUSTOMER),
      f('score', 'Score', 'Note', 'number', ['Score', 'Note']),
      f('type', 'Type', 'Type', 'surveyType', ['Type', 'Survey', 'Enquête']),
    ],
  },
  targets: {
    kind: 'targets', label: { en: 'Targets', fr: 'Objectifs' }, identifying: ['kpi', 'target'],
    fields: [
      f('kpi', 'KPI', 'KPI', 'text', ['KPI', 'Indicateur', 'Metric']),
      f('period', 'Period', 'Période', 'period', ['Period', 'Période', 'Month', 'Mois']),
      f('target', 'Target', 'Objectif', 'number', ['Target', 'Objectif', 'Goal']),
      f('filterColumn', 'Filter column', 'Colonne filtre', 'text', ['Filter column', 'Colonne filtre', 'Filter', 'Filtre']),
      f('filterValue', 'Filter value', 'Valeur filtre', 'text', ['Filter value', 'Valeur filtre']),
    ],
  },
};

/** Spend dated by these headers is dated by month: a Date cell there stands for its month. */
export const MONTH_HEADERS = ['Month', 'Mois', 'Période', 'Period'];

export const TABLE_KINDS = Object.keys(TABLES) as TableKind[];
