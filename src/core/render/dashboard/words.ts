import type { Language } from '../../format/formatValue';
import type { Advice, Status } from '../../dashboard/model';

/** Every word the dashboard writes, in English and French (the guide's vocabulary for French). */
export const WORDS = {
  en: {
    title: 'Pilote — Dashboard', asOf: 'as of', workbook: 'Workbook', headline: 'Headline KPIs', full: 'full month', fullQuarter: 'full quarter',
    inProgress: 'in progress', daysOf: (d: number, t: number) => `${d} of ${t} days`,
    kpi: 'KPI', value: 'Value', objective: 'Objective', gap: 'Gap', status: 'Status', toDate: 'To date', projected: 'Projected', trend: '12-month trend',
    vs: 'vs', alerts: 'Alerts', noAlert: 'No alert: every objective is met or on track, nothing unusual, no data problem.',
    missed: 'Missed', atRisk: 'At risk', unusual: 'Unusual', data: 'Data',
    dataSection: 'Data used', table: 'Table', sheet: 'Sheet', rows: 'Rows', why: 'Why this sheet', notFound: 'not found',
    addSheet: (table: string, headers: string) => `Add a sheet named "${table}" with the headers ${headers}.`,
    checkSummary: (n: number) => (n === 0 ? 'Data check: no problem found.' : `Data check: ${n} problem${n > 1 ? 's' : ''} found (see the Data alerts above, or =PILOTE_CHECK on a table).`),
    month: 'Month', revenueChart: 'Revenue by month vs objective', revenue: 'Revenue', blank: '(blank)',
  },
  fr: {
    title: 'Pilote — Tableau de bord', asOf: 'au', workbook: 'Classeur', headline: 'Indicateurs clés', full: 'mois complet', fullQuarter: 'trimestre complet',
    inProgress: 'en cours', daysOf: (d: number, t: number) => `${d} jours sur ${t}`,
    kpi: 'Indicateur', value: 'Valeur', objective: 'Objectif', gap: 'Écart', status: 'Statut', toDate: 'À date', projected: 'Projection', trend: 'Tendance 12 mois',
    vs: 'vs', alerts: 'Alertes', noAlert: 'Aucune alerte : objectifs atteints ou en bonne voie, rien d’inhabituel, aucun problème de données.',
    missed: 'Manqué', atRisk: 'À risque', unusual: 'Inhabituel', data: 'Données',
    dataSection: 'Données utilisées', table: 'Tableau', sheet: 'Onglet', rows: 'Lignes', why: 'Pourquoi cet onglet', notFound: 'introuvable',
    addSheet: (table: string, headers: string) => `Ajoutez un onglet « ${table} » avec les en-têtes ${headers}.`,
    checkSummary: (n: number) => (n === 0 ? 'Contrôle des données : aucun problème.' : `Contrôle des données : ${n} problème${n > 1 ? 's' : ''} (voir les alertes Données ci-dessus, ou =PILOTE_CHECK sur un tableau).`),
    month: 'Mois', revenueChart: 'Chiffre d’affaires mensuel vs objectif', revenue: 'Chiffre d’affaires', blank: '(vide)',
  },
};

export type Words = (typeof WORDS)['en'];

export interface StatusLook { label: string; background: string; color: string }

/** Status in words and colour (never colour alone). */
export function statusLook(status: Status, language: Language): StatusLook {
  const fr = language === 'fr';
  switch (status) {
    case 'met': return { label: fr ? '✓ Atteint' : '✓ Met', background: '#d9ead3', color: '#274e13' };
    case 'missed': return { label: fr ? '✗ Manqué' : '✗ Missed', background: '#f4cccc', color: '#990000' };
    case 'on_track': return { label: fr ? '✓ En bonne voie' : '✓ On track', background: '#e6f4ea', color: '#137333' };
    case 'at_risk': return { label: fr ? '⚠ À risque' : '⚠ At risk', background: '#fce8b2', color: '#7f6000' };
    case 'no_value': return { label: fr ? 'Pas de valeur' : 'No value', background: '#f3f3f3', color: '#666666' };
    case 'no_objective': return { label: '—', background: '#ffffff', color: '#999999' };
  }
}

export function adviceLook(advice: Advice, language: Language): StatusLook {
  const fr = language === 'fr';
  switch (advice) {
    case 'capitalise': return { label: fr ? '▲ Capitaliser' : '▲ Capitalise', background: '#d9ead3', color: '#274e13' };
    case 'keep': return { label: fr ? '● Maintenir' : '● Keep', background: '#ffffff', color: '#444444' };
    case 'fix': return { label: fr ? '◆ Corriger' : '◆ Fix', background: '#fce8b2', color: '#7f6000' };
    case 'stop': return { label: fr ? '■ Arrêter' : '■ Stop', background: '#f4cccc', color: '#990000' };
    case 'no_spend': return { label: fr ? 'Sans budget' : 'No spend', background: '#ffffff', color: '#999999' };
  }
}

export const DIMENSION_NAMES: Record<string, { en: string; fr: string }> = {
  channel: { en: 'Channel', fr: 'Canal' }, product: { en: 'Product', fr: 'Produit' }, owner: { en: 'Owner', fr: 'Commercial' },
  region: { en: 'Region', fr: 'Région' }, segment: { en: 'Segment', fr: 'Segment' },
};

const MONTHS = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
};
const SHORT = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  fr: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
};

export function monthName(month: number, language: Language, short = false): string {
  return (short ? SHORT : MONTHS)[language][month - 1];
}
