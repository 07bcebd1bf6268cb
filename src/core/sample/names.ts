/**
 * Vocabularies of the sample workbook and the company-name generator.
 * Names are built combinatorially (hundreds of thousands of combinations); a number suffix is
 * appended only when every retry collided, so 500k leads never run out of unique names.
 */
import { Rng } from './random';

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

const FR_NOUN_FORMS = ['', '', ' SAS', ' SARL'];

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
    surnames: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Wagner', 'Becker', 'Hoffmann', 'Koch', 'Richter', 'Wolf', 'Krüger', 'Hartmann', 'Lange', 'Zimmermann', 'Braun'],
    sectors: ['Logistik', 'Maschinenbau', 'Technik', 'Software', 'Elektro', 'Bau', 'Handel', 'Medizintechnik', 'Beratung', 'Automation'],
    forms: [' GmbH', ' AG', ' GmbH & Co. KG'],
  },
  {
    surnames: ['Van Dijk', 'De Vries', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'De Boer', 'Mulder', 'Peeters', 'Janssens', 'Maes', 'Claes', 'Willems'],
    sectors: ['Solutions', 'Logistics', 'Bouw', 'Techniek', 'Advies', 'Digital', 'Energie', 'Trading', 'Software', 'Foods'],
    forms: [' BV', ' NV'],
  },
  {
    surnames: ['Rossi', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Bruno', 'Gallo', 'Conti', 'Esposito', 'Ferrari', 'Moretti', 'Lombardi'],
    sectors: ['Meccanica', 'Consulting', 'Arredamenti', 'Alimentari', 'Impianti', 'Logistica', 'Informatica', 'Tessuti', 'Costruzioni', 'Design'],
    forms: [' SRL', ' SpA'],
  },
  {
    surnames: ['García', 'Fernández', 'González', 'Rodríguez', 'López', 'Martínez', 'Sánchez', 'Pérez', 'Gómez', 'Ruiz', 'Silva', 'Santos', 'Ferreira', 'Costa'],
    sectors: ['Ingeniería', 'Servicios', 'Tecnología', 'Logística', 'Consultores', 'Distribución', 'Energía', 'Alimentación', 'Digital', 'Construcciones'],
    forms: [' SL', ' SA', ' Lda'],
  },
  {
    surnames: ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Evans', 'Thompson', 'Walsh', "O'Brien", 'Murphy', 'Campbell', 'Stewart', 'Hughes'],
    sectors: ['Analytics', 'Engineering', 'Consulting', 'Logistics', 'Systems', '& Partners', 'Digital', 'Foods', 'Supplies', 'Labs'],
    forms: [' Ltd', ' plc', ''],
  },
  {
    surnames: ['Lindqvist', 'Johansson', 'Andersson', 'Nilsson', 'Eriksson', 'Larsen', 'Jensen', 'Hansen', 'Nielsen', 'Berg', 'Virtanen', 'Korhonen', 'Dahl', 'Holm'],
    sectors: ['Design', 'Software', 'Flow', 'Industri', 'Logistik', 'Energi', 'Teknik', 'Data', 'Marine', 'Consult'],
    forms: [' AB', ' ApS', ' AS', ' Oy'],
  },
];

function pickOf<T>(rng: Rng, list: readonly T[]): T {
  return list[rng.int(list.length)];
}

/** One candidate name (not necessarily unique). */
function candidateName(rng: Rng, exportCompany: boolean): string {
  if (exportCompany) {
    const c = pickOf(rng, EXPORT_COUNTRIES);
    return pickOf(rng, c.surnames) + ' ' + pickOf(rng, c.sectors) + pickOf(rng, c.forms);
  }
  const x = rng.next();
  if (x < 0.55) return pickOf(rng, FR_TRADES) + ' ' + pickOf(rng, FR_SURNAMES) + pickOf(rng, FR_FORMS);
  if (x < 0.8) return pickOf(rng, FR_NOUN_TRADES) + ' ' + pickOf(rng, FR_NOUNS) + pickOf(rng, FR_NOUN_FORMS);
  return pickOf(rng, BRAND_HEADS) + pickOf(rng, BRAND_TAILS) + pickOf(rng, BRAND_FORMS);
}

/** Hands out unique company names. */
export class CompanyNamer {
  private readonly used = new Set<string>();
  private readonly suffix = new Map<string, number>();

  constructor(private readonly rng: Rng) {}

  next(exportCompany: boolean): string {
    let base = '';
    for (let attempt = 0; attempt < 6; attempt++) {
      base = candidateName(this.rng, exportCompany);
      if (!this.used.has(base)) {
        this.used.add(base);
        return base;
      }
    }
    // Every retry collided: number the last candidate ("Atelier Lumière 2", "… 3").
    let n = this.suffix.get(base) || 1;
    let name = base;
    do {
      n++;
      name = base + ' ' + n;
    } while (this.used.has(name));
    this.suffix.set(base, n);
    this.used.add(name);
    return name;
  }
}
