/**
 * Vocabularies of the sample workbook and the company-name generator.
 * Company names come from a bijection between a company's number and the combinations of the
 * word lists below, so two companies never share a name and a company keeps its name whatever
 * window the workbook covers; past the ~80,000 combinations a number suffix keeps them apart.
 */

export type Language = 'en' | 'fr';

/** A label per language: [en, fr]. */
export type Label = readonly [string, string];

export const OWNERS: readonly string[] = ['Alice Martin', 'Bruno Lefèvre', 'Chloé Dubois', 'David Moreau'];

export const CHANNEL_LABELS: readonly Label[] = [
  ['LinkedIn', 'LinkedIn'],
  ['Website', 'Site web'],
  ['Google Ads', 'Google Ads'],
  ['Emailing', 'Emailing'],
  ['Referral', 'Recommandation'],
  ['Events', 'Salons'],
];

export const LEAD_STATUS_LABELS: readonly Label[] = [
  ['New', 'Nouveau'],
  ['MQL', 'MQL'],
  ['SQL', 'SQL'],
  ['Opportunity', 'Opportunité'],
  ['Customer', 'Client'],
  ['Disqualified', 'Disqualifié'],
];

export const STAGE_LABELS: readonly Label[] = [
  ['Discovery', 'Découverte'],
  ['Qualification', 'Qualification'],
  ['Proposal', 'Proposition'],
  ['Negotiation', 'Négociation'],
  ['Won', 'Gagné'],
  ['Lost', 'Perdu'],
];

export const ACTIVITY_LABELS: readonly Label[] = [
  ['Call', 'Appel'],
  ['Meeting', 'Rendez-vous'],
  ['Demo', 'Démo'],
  ['Proposal', 'Proposition'],
  ['Email', 'Email'],
];

export const PRODUCT_LABELS: readonly Label[] = [
  ['Starter', 'Starter'],
  ['Pro', 'Pro'],
  ['Enterprise', 'Enterprise'],
  ['Onboarding', 'Onboarding'],
];

export const REGION_LABELS: readonly Label[] = [
  ['Île-de-France', 'Île-de-France'],
  ['Auvergne-Rhône-Alpes', 'Auvergne-Rhône-Alpes'],
  ['Nouvelle-Aquitaine', 'Nouvelle-Aquitaine'],
  ['Hauts-de-France', 'Hauts-de-France'],
  ['Export', 'Export'],
];

export const SEGMENT_LABELS: readonly Label[] = [
  ['SMB', 'TPE/PME'],
  ['Mid-market', 'ETI'],
  ['Enterprise', 'Grand compte'],
];

export const CATEGORY_LABELS: readonly Label[] = [
  ['Marketing', 'Marketing'],
  ['Sales', 'Ventes'],
];

export const SURVEY_LABELS: readonly Label[] = [
  ['NPS', 'NPS'],
  ['CSAT', 'CSAT'],
];

export interface SheetSpec {
  name: Label;
  headers: readonly Label[];
}

export const SHEETS = {
  leads: {
    name: ['Leads', 'Leads'],
    headers: [['Lead ID', 'Lead ID'], ['Created', 'Date de création'], ['Channel', 'Canal'], ['Status', 'Statut'], ['Owner', 'Responsable']],
  },
  deals: {
    name: ['Deals', 'Opportunités'],
    headers: [
      ['Deal ID', 'ID Opportunité'], ['Customer', 'Client'], ['Created', 'Date de création'], ['Stage', 'Étape'],
      ['Amount', 'Montant'], ['Close date', 'Date de clôture'], ['Owner', 'Responsable'], ['Product', 'Produit'],
      ['Region', 'Région'], ['Channel', 'Canal'],
    ],
  },
  activities: {
    name: ['Activities', 'Activités'],
    headers: [['Date', 'Date'], ['Type', 'Type'], ['Owner', 'Responsable'], ['Deal ID', 'ID Opportunité']],
  },
  spend: {
    name: ['Spend', 'Dépenses'],
    headers: [['Month', 'Mois'], ['Channel', 'Canal'], ['Category', 'Catégorie'], ['Amount', 'Montant']],
  },
  customers: {
    name: ['Customers', 'Clients'],
    headers: [['Customer', 'Client'], ['Start date', 'Date de début'], ['End date', 'Date de fin'], ['Segment', 'Segment']],
  },
  surveys: {
    name: ['Surveys', 'Enquêtes'],
    headers: [['Date', 'Date'], ['Customer', 'Client'], ['Type', 'Type'], ['Score', 'Note']],
  },
  targets: {
    name: ['Targets', 'Objectifs'],
    headers: [['KPI', 'KPI'], ['Period', 'Période'], ['Target', 'Objectif'], ['Filter column', 'Colonne filtre'], ['Filter value', 'Valeur filtre']],
  },
} as const satisfies Record<string, SheetSpec>;

export function label(l: Label, language: Language): string {
  return language === 'fr' ? l[1] : l[0];
}

// ---------------------------------------------------------------------------------------------
// Company names

const FR_SURNAMES = [
  'Martin', 'Bernard', 'Thomas', 'Petit', 'Robert', 'Richard', 'Durand', 'Dubois', 'Moreau', 'Laurent',
  'Simon', 'Michel', 'Lefebvre', 'Leroy', 'Roux', 'Bertrand', 'Morel', 'Fournier', 'Girard', 'Bonnet',
  'Dupont', 'Lambert', 'Fontaine', 'Rousseau', 'Vincent', 'Muller', 'Faure', 'André', 'Mercier', 'Blanc',
  'Guérin', 'Boyer', 'Garnier', 'Chevalier', 'François', 'Legrand', 'Gauthier', 'Garcia', 'Perrin', 'Robin',
  'Clément', 'Morin', 'Nicolas', 'Henry', 'Roussel', 'Mathieu', 'Masson', 'Marchand', 'Duval', 'Denis',
  'Dumont', 'Lemaire', 'Noël', 'Meyer', 'Dufour', 'Meunier', 'Brun', 'Blanchard', 'Giraud', 'Joly',
  'Rivière', 'Lucas', 'Brunet', 'Gaillard', 'Barbier', 'Arnaud', 'Gérard', 'Roche', 'Renard', 'Schmitt',
  'Leroux', 'Colin', 'Vidal', 'Caron', 'Picard', 'Roger', 'Fabre', 'Aubert', 'Lemoine', 'Renaud',
  'Dumas', 'Lacroix', 'Olivier', 'Bourgeois', 'Benoît', 'Rey', 'Leclerc', 'Payet', 'Rolland', 'Guillaume',
  'Lecomte', 'Dupuy', 'Guillot', 'Hubert', 'Berger', 'Carpentier', 'Dupuis', 'Moulin', 'Deschamps', 'Huet',
  'Vasseur', 'Boucher', 'Fleury', 'Royer', 'Klein', 'Jacquet', 'Adam', 'Poirier', 'Marty', 'Aubry',
  'Guyot', 'Carré', 'Renault', 'Charpentier', 'Ménard', 'Maillard', 'Baron', 'Bertin', 'Bailly', 'Hervé',
  'Schneider', 'Le Gall', 'Collet', 'Léger', 'Bouvier', 'Julien', 'Prévost', 'Millet', 'Perrot', 'Cousin',
  'Germain', 'Breton', 'Besson', 'Langlois', 'Rémy', 'Le Goff', 'Pelletier', 'Lévêque', 'Perrier', 'Leblanc',
  'Barré', 'Lebrun', 'Marchal', 'Weber', 'Mallet', 'Hamon', 'Jacob', 'Monnier', 'Michaud', 'Guichard',
  'Gillet', 'Étienne', 'Poulain', 'Tessier', 'Chauvin', 'Bouchet', 'Lemaître', 'Bénard', 'Maréchal', 'Humbert',
  'Reynaud', 'Antoine', 'Perret', 'Barthélemy', 'Cordier', 'Pichon', 'Lejeune', 'Gilbert', 'Lamy', 'Delaunay',
  'Pasquier', 'Carlier', 'Laporte', 'Vallée', 'Chauvet', 'Texier', 'Bazin', 'Le Corre', 'Ollivier', 'Delmas',
];

const FR_TRADES = [
  'Boulangerie', 'Atelier', 'Cabinet', 'Transports', 'Maison', 'Garage', 'Menuiserie', 'Pharmacie', 'Imprimerie',
  'Brasserie', 'Fromagerie', 'Agence', 'Studio', 'Laboratoire', 'Domaine', 'Charpente', 'Plomberie', 'Électricité',
  'Couverture', 'Librairie', 'Boucherie', 'Épicerie fine', 'Hôtel', 'Cave', 'Institut', 'Pépinières', 'Chocolaterie',
  'Distillerie', 'Ferronnerie', 'Ébénisterie', 'Serrurerie', 'Fonderie', 'Métallerie', 'Optique', 'Auto-école',
  'Architectes', 'Expertise comptable', 'Conseil', 'Ingénierie', 'Logistique', 'Établissements', 'Groupe',
  'Manufacture', 'Verrerie', 'Ambulances', 'Paysages', 'Traiteur', 'Clinique', 'Vignobles', 'Cartonnages',
];

const FR_FORMS = ['', ' SAS', ' SARL', ' SA', ' & Fils', ' et Associés', ' SASU', ' Frères'];

/** Trades that read well with an evocative noun ("Atelier Lumière", "Studio Horizon"). */
const FR_NOUN_TRADES = [
  'Atelier', 'Studio', 'Agence', 'Maison', 'Cabinet', 'Groupe', 'Domaine', 'Conseil', 'Laboratoire', 'Institut',
  'Hôtel', 'Cave', 'Imprimerie', 'Éditions', 'Brasserie', 'Collectif', 'Comptoir', 'Villa', 'Galerie', 'Fabrique',
];

const FR_NOUN_FORMS = ['', ' SAS', ' SARL'];

const FR_NOUNS = [
  'Lumière', 'Horizon', 'Azur', 'Boréal', 'Cèdre', 'Éole', 'Alizé', 'Atlas', 'Orion', 'Calanque', 'Garrigue',
  'Ardoise', 'Granit', 'Opale', 'Ivoire', 'Safran', 'Mistral', 'Tramontane', 'Séquoia', 'Colibri', 'Hermine',
  'Loire', 'Vercors', 'Belledonne', 'Armor', 'Iroise', 'Gascogne', 'Provence', 'Lutèce', 'Confluence',
  'Presqu’île', 'Canopée', 'Archipel', 'Boussole', 'Sillage', 'Estuaire', 'Rivage', 'Clairière', 'Galet', 'Prisme',
  'Étoile', 'Zénith', 'Aurore', 'Solstice', 'Équinoxe', 'Cobalt', 'Vermeil', 'Argile', 'Bruyère', 'Sirocco',
];

const BRAND_HEADS = [
  'Nova', 'Opti', 'Data', 'Logi', 'Agri', 'Eco', 'Flux', 'Neo', 'Vita', 'Hexa', 'Quanti', 'Inno', 'Alti',
  'Medi', 'Terra', 'Axi', 'Syn', 'Ondi', 'Clari', 'Kapi', 'Energi', 'Hydro', 'Solu', 'Maxi', 'Trans',
];

const BRAND_TAILS = [
  'tech', 'lab', 'soft', 'sys', 'ware', 'log', 'via', 'gen', 'sense', 'flow', 'link', 'mind', 'wave', 'nov',
  'lis', 'tis', 'ya', 'max', 'dis', 'line', 'com', 'pro',
];

const BRAND_FORMS = ['', ' Solutions', ' Technologies', ' Conseil', ' Services', ' France', ' Industries', ' SAS'];

interface Country {
  surnames: readonly string[];
  sectors: readonly string[];
  forms: readonly string[];
}

const EXPORT_COUNTRIES: readonly Country[] = [
  {
    surnames: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Wagner', 'Becker', 'Hoffmann', 'Koch', 'Richter', 'Wolf', 'Krüger', 'Hartmann', 'Lange', 'Zimmermann', 'Braun', 'Keller', 'Vogel', 'Schulz', 'Neumann'],
    sectors: ['Logistik', 'Maschinenbau', 'Technik', 'Software', 'Elektro', 'Bau', 'Handel', 'Medizintechnik', 'Beratung', 'Automation', 'Werkzeuge', 'Systeme'],
    forms: [' GmbH', ' AG', ' GmbH & Co. KG'],
  },
  {
    surnames: ['Van Dijk', 'De Vries', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'De Boer', 'Mulder', 'Peeters', 'Janssens', 'Maes', 'Claes', 'Willems', 'Hendriks', 'Dekker', 'Wouters', 'Vermeulen'],
    sectors: ['Solutions', 'Logistics', 'Bouw', 'Techniek', 'Advies', 'Digital', 'Energie', 'Trading', 'Software', 'Foods'],
    forms: [' BV', ' NV'],
  },
  {
    surnames: ['Rossi', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Bruno', 'Gallo', 'Conti', 'Esposito', 'Ferrari', 'Moretti', 'Lombardi', 'Fontana', 'Barbieri', 'Rinaldi', 'Caruso'],
    sectors: ['Meccanica', 'Consulting', 'Arredamenti', 'Alimentari', 'Impianti', 'Logistica', 'Informatica', 'Tessuti', 'Costruzioni', 'Design'],
    forms: [' SRL', ' SpA'],
  },
  {
    surnames: ['García', 'Fernández', 'González', 'Rodríguez', 'López', 'Martínez', 'Sánchez', 'Pérez', 'Gómez', 'Ruiz', 'Silva', 'Santos', 'Ferreira', 'Costa', 'Navarro', 'Moreno', 'Oliveira', 'Pereira'],
    sectors: ['Ingeniería', 'Servicios', 'Tecnología', 'Logística', 'Consultores', 'Distribución', 'Energía', 'Alimentación', 'Digital', 'Construcciones'],
    forms: [' SL', ' SA', ' Lda'],
  },
  {
    surnames: ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Evans', 'Thompson', 'Walsh', "O'Brien", 'Murphy', 'Campbell', 'Stewart', 'Hughes', 'Kelly', 'Bennett', 'Clarke', 'Fraser'],
    sectors: ['Analytics', 'Engineering', 'Consulting', 'Logistics', 'Systems', '& Partners', 'Digital', 'Foods', 'Supplies', 'Labs'],
    forms: [' Ltd', ' plc', ''],
  },
  {
    surnames: ['Lindqvist', 'Johansson', 'Andersson', 'Nilsson', 'Eriksson', 'Larsen', 'Jensen', 'Hansen', 'Nielsen', 'Berg', 'Virtanen', 'Korhonen', 'Dahl', 'Holm', 'Lund', 'Strand', 'Nyberg', 'Sandberg'],
    sectors: ['Design', 'Software', 'Flow', 'Industri', 'Logistik', 'Energi', 'Teknik', 'Data', 'Marine', 'Consult'],
    forms: [' AB', ' ApS', ' AS', ' Oy'],
  },
];

/** Bijection of [0, n): an affine map with a multiplier coprime to n, so neighbours get unrelated names. */
function scatter(i: number, n: number, multiplier: number): number {
  return (((i % n) * multiplier) % n + 7919 % n) % n;
}

function coprimeMultiplier(n: number): number {
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  for (const p of [48271, 40009, 30011, 20011, 10007, 7919, 7901, 6007, 5003, 4001, 3001, 1009, 101, 7, 1]) if (gcd(p, n) === 1) return p;
  return 1;
}

/** One name space: the number of names and the i-th one. */
interface NameSpace {
  size: number;
  multiplier: number;
  at(j: number): string;
}

/** The product of word lists, decoded in mixed radix. */
function product(lists: readonly (readonly string[])[], join: (parts: string[]) => string): { size: number; at(j: number): string } {
  const size = lists.reduce((n, l) => n * l.length, 1);
  return {
    size,
    at(j: number): string {
      const parts: string[] = [];
      for (const l of lists) {
        parts.push(l[j % l.length]);
        j = Math.floor(j / l.length);
      }
      return join(parts);
    },
  };
}

function union(spaces: { size: number; at(j: number): string }[]): NameSpace {
  const size = spaces.reduce((n, s) => n + s.size, 0);
  return {
    size,
    multiplier: coprimeMultiplier(size),
    at(j: number): string {
      for (const s of spaces) {
        if (j < s.size) return s.at(j);
        j -= s.size;
      }
      throw new RangeError('name index out of range');
    },
  };
}

const FRENCH_NAMES: NameSpace = union([
  product([FR_TRADES, FR_SURNAMES, FR_FORMS], ([t, s, f]) => t + ' ' + s + f),
  product([FR_NOUN_TRADES, FR_NOUNS, FR_NOUN_FORMS], ([t, n, f]) => t + ' ' + n + f),
  product([BRAND_HEADS, BRAND_TAILS, BRAND_FORMS], ([h, t, f]) => h + t + f),
]);

const EXPORT_NAMES: NameSpace = union(EXPORT_COUNTRIES.map((c) => product([c.surnames, c.sectors, c.forms], ([s, t, f]) => s + ' ' + t + f)));

/** How many names exist before a number suffix is needed. */
export const NAME_SPACE = { french: FRENCH_NAMES.size, export: EXPORT_NAMES.size };

/**
 * The name of company number `i` (any integer): distinct numbers give distinct names. French
 * companies and foreign (Export) ones come from disjoint word lists.
 */
export function companyName(i: number, exportCompany: boolean): string {
  const space = exportCompany ? EXPORT_NAMES : FRENCH_NAMES;
  const n = space.size;
  const k = Math.floor(i);
  const round = Math.floor(k / n);
  const base = space.at(scatter(k - round * n, n, space.multiplier));
  return round === 0 ? base : base + ' ' + (round < 0 ? 'n' + -round : String(round + 1));
}
