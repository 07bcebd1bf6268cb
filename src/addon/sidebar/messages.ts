import type { Language } from '../../core/settings/settings';

/** What the sidebar's server functions tell the user, in the settings' language: what happened and what to do. */
export const SIDEBAR_TEXT = {
  en: {
    unexpected: (detail: string) => `Pilote ran into a problem (${detail}). Try again; if it keeps happening, close and reopen the spreadsheet. Your sheets were not changed.`,
    targetsBusy: 'Someone else is saving objectives in this spreadsheet right now. Wait a few seconds, then save again.',
    targetsConflict: 'Nothing was saved: the Targets sheet changed since the sidebar read it. The list now shows the sheet as it is; make your change again.',
    rowChanged: (row: number) => `Row ${row} was changed in the sheet.`,
    rowGone: (row: number) => `Row ${row} is no longer there.`,
    sheetGone: (name: string) => `The sheet “${name}” was renamed or deleted.`,
    notTargets: (name: string) => `The sheet “${name}” no longer has the KPI and Target headers in row 1.`,
    nameTaken: (name: string) => `A sheet named “${name}” exists but holds no Targets table. Rename it, or write the headers KPI, Period, Target, Filter column, Filter value in its first row, then save again.`,
    noRows: 'Only rows 2 and below can be edited or removed (row 1 holds the headers).',
    sameRowTwice: (row: number) => `Row ${row} is changed twice in one save.`,
    selectSheetGone: (name: string) => `The sheet “${name}” no longer exists: it was renamed or deleted. Reopen the sidebar to see the data status again.`,
    selectRowGone: (name: string, row: number) => `The sheet “${name}” has no row ${row} any more. Reopen the sidebar to see the data status again.`,
    setUpCreated: (names: string[]) => `Sheets created: ${names.join(', ')}.`,
    setUpNone: 'Every input sheet is already there: nothing was created.',
    setUpKept: (names: string[]) => ` Already there, left as they are: ${names.join(', ')}.`,
    badRequest: (what: string) => `The sidebar sent something Pilote can't read (${what}). Reload the sidebar (close it, then Extensions › Pilote › Open Pilote).`,
  },
  fr: {
    unexpected: (detail: string) => `Pilote a rencontré un problème (${detail}). Réessayez ; si cela se reproduit, fermez puis rouvrez le classeur. Vos onglets n’ont pas été modifiés.`,
    targetsBusy: 'Quelqu’un enregistre des objectifs dans ce classeur en ce moment. Patientez quelques secondes, puis enregistrez à nouveau.',
    targetsConflict: 'Rien n’a été enregistré : l’onglet des objectifs a changé depuis que la barre latérale l’a lu. La liste montre maintenant l’onglet tel qu’il est ; refaites votre modification.',
    rowChanged: (row: number) => `La ligne ${row} a été modifiée dans l’onglet.`,
    rowGone: (row: number) => `La ligne ${row} n’existe plus.`,
    sheetGone: (name: string) => `L’onglet « ${name} » a été renommé ou supprimé.`,
    notTargets: (name: string) => `L’onglet « ${name} » n’a plus les en-têtes KPI et Objectif en ligne 1.`,
    nameTaken: (name: string) => `Un onglet « ${name} » existe mais ne contient pas de table d’objectifs. Renommez-le, ou écrivez les en-têtes KPI, Période, Objectif, Colonne filtre, Valeur filtre dans sa première ligne, puis enregistrez à nouveau.`,
    noRows: 'Seules les lignes 2 et suivantes peuvent être modifiées ou supprimées (la ligne 1 porte les en-têtes).',
    sameRowTwice: (row: number) => `La ligne ${row} est modifiée deux fois dans le même enregistrement.`,
    selectSheetGone: (name: string) => `L’onglet « ${name} » n’existe plus : il a été renommé ou supprimé. Rouvrez la barre latérale pour revoir l’état des données.`,
    selectRowGone: (name: string, row: number) => `L’onglet « ${name} » n’a plus de ligne ${row}. Rouvrez la barre latérale pour revoir l’état des données.`,
    setUpCreated: (names: string[]) => `Onglets créés : ${names.join(', ')}.`,
    setUpNone: 'Tous les onglets de données existent déjà : rien n’a été créé.',
    setUpKept: (names: string[]) => ` Déjà présents, laissés tels quels : ${names.join(', ')}.`,
    badRequest: (what: string) => `La barre latérale a envoyé une demande que Pilote ne sait pas lire (${what}). Rechargez-la (fermez-la, puis Extensions › Pilote › Ouvrir Pilote).`,
  },
} as const satisfies Record<Language, Record<string, unknown>>;

export type SidebarText = (typeof SIDEBAR_TEXT)[Language];

/** An error whose message is written for the user; the sidebar shows it as it is. */
export class SidebarError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SidebarError';
  }
}
