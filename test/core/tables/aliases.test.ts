import { matchHeaders } from '../../../src/core/tables/readTable';
import { TABLES, TableKind } from '../../../src/core/tables/schema';

/** The field each header is recognised as, for one kind of table. */
function fieldsOf(kind: TableKind, headers: string[]): Record<string, string> {
  const { columns } = matchHeaders(TABLES[kind].fields, headers);
  const out: Record<string, string> = {};
  for (const [key, i] of Object.entries(columns)) out[headers[i!]] = key;
  return out;
}

/** Each alias of the spec, alone in a table, names its field. */
const SPEC: [TableKind, string, string[]][] = [
  ['leads', 'id', ['Lead ID', 'ID Lead', 'ID']],
  ['leads', 'created', ['Created', 'Created date', 'Date de création', 'Date']],
  ['leads', 'status', ['Status', 'Statut', 'Lifecycle stage']],
  ['leads', 'channel', ['Channel', 'Source', 'Lead source', 'Canal', 'Origine']],
  ['leads', 'owner', ['Owner', 'Rep', 'Responsable', 'Commercial']],
  ['deals', 'id', ['Deal', 'Deal ID', 'Opportunité']],
  ['deals', 'customer', ['Customer', 'Client', 'Company', 'Entreprise']],
  ['deals', 'created', ['Created', 'Date de création']],
  ['deals', 'stage', ['Stage', 'Étape', 'Statut']],
  ['deals', 'amount', ['Amount', 'Montant', 'Value', 'Valeur']],
  ['deals', 'closed', ['Close date', 'Date de clôture', 'Date de signature']],
  ['deals', 'owner', ['Owner', 'Rep', 'Responsable', 'Commercial']],
  ['deals', 'product', ['Product', 'Produit']],
  ['deals', 'region', ['Region', 'Région']],
  ['deals', 'channel', ['Channel', 'Source', 'Lead source', 'Canal', 'Origine']],
  ['activities', 'date', ['Date']],
  ['activities', 'type', ['Type']],
  ['activities', 'owner', ['Owner', 'Rep', 'Responsable', 'Commercial']],
  ['activities', 'dealId', ['Deal ID', 'Deal', 'Opportunité']],
  ['spend', 'date', ['Date', 'Month', 'Mois', 'Période']],
  ['spend', 'channel', ['Channel', 'Source', 'Lead source', 'Canal', 'Origine']],
  ['spend', 'amount', ['Amount', 'Montant']],
  ['spend', 'category', ['Category', 'Catégorie']],
  ['customers', 'customer', ['Customer', 'Client', 'Company', 'Entreprise']],
  ['customers', 'start', ['Start date', 'Since', 'Date de début']],
  ['customers', 'end', ['End date', 'Churn date', 'Date de fin', 'Date de résiliation']],
  ['customers', 'segment', ['Segment']],
  ['surveys', 'date', ['Date']],
  ['surveys', 'customer', ['Customer', 'Client']],
  ['surveys', 'score', ['Score', 'Note']],
  ['surveys', 'type', ['Type']],
  ['targets', 'kpi', ['KPI']],
  ['targets', 'period', ['Period', 'Période']],
  ['targets', 'target', ['Target', 'Objectif']],
];

describe('every alias of the spec is recognised', () => {
  for (const [kind, field, aliases] of SPEC) {
    it.each(aliases)(`${kind}.${field} ← %j`, (alias) => {
      expect(fieldsOf(kind, [alias])).toEqual({ [alias]: field });
    });
  }
});

describe('header variations: case, accents, punctuation, spaces, unit suffix', () => {
  it.each([
    ['deals', 'DATE DE CLOTURE', 'closed'],
    ['deals', 'date-de-clôture', 'closed'],
    ['deals', '  Close   date ', 'closed'],
    ['deals', 'close_date', 'closed'],
    ['deals', 'Amount (€)', 'amount'],
    ['deals', 'Montant (k€)', 'amount'],
    ['deals', 'Valeur ($)', 'amount'],
    ['deals', 'etape', 'stage'],
    ['deals', 'REGION', 'region'],
    ['customers', 'date de resiliation', 'end'],
    ['spend', 'periode', 'date'],
    ['spend', 'Montant (€ HT)', 'amount'],
    ['leads', 'lead-source', 'channel'],
    ['leads', 'Date de Création', 'created'],
  ] as [TableKind, string, string][])('%s: %j', (kind, header, field) => {
    expect(fieldsOf(kind, [header])).toEqual({ [header]: field });
  });
});

describe('full tables', () => {
  it('a French deals table maps every column', () => {
    const headers = ['Opportunité', 'Client', 'Date de création', 'Étape', 'Montant (€)', 'Date de clôture', 'Commercial', 'Produit', 'Région', 'Canal'];
    expect(Object.values(fieldsOf('deals', headers))).toEqual(['id', 'customer', 'created', 'stage', 'amount', 'closed', 'owner', 'product', 'region', 'channel']);
  });
  it('unknown extra columns are left unmatched (kept for filters)', () => {
    const { columns, unmatched } = matchHeaders(TABLES.deals.fields, ['Deal ID', 'Notes', 'Stage', 'Segment', '']);
    expect(columns).toEqual({ id: 0, stage: 2 });
    expect(unmatched).toEqual(['Notes', 'Segment']);
  });
  it('a header serves one field only', () => {
    // Leads "ID" and "Lead ID": id takes the most specific alias first, "ID" stays unmatched.
    const { columns, unmatched } = matchHeaders(TABLES.leads.fields, ['ID', 'Lead ID', 'Date']);
    expect(columns).toEqual({ id: 1, created: 2 });
    expect(unmatched).toEqual(['ID']);
  });
});
