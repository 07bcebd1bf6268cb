/**
 * "Set up sheets" (menu and sidebar) on the built bundle: the missing input sheets, each with
 * headers, a frozen header row, number formats and data validation, read back through Google's
 * API (Range.getDataValidation, DataValidation.getCriteriaType/getCriteriaValues/getAllowInvalid:
 * developers.google.com/apps-script/reference/spreadsheet/data-validation) — and never a change
 * to a sheet that exists.
 */
import type { SetUpResult } from '../../src/addon/sidebar/api';
import { harness, type HostGrid } from './harness';

const NOW = Date.UTC(2026, 10, 25, 9, 0);

function run(grids: Record<string, HostGrid>, locale: string) {
  const h = harness(grids, { timeZone: 'Europe/Paris', locale, now: () => NOW });
  const snapshot = (name: string) => { const s = h.rt.workbook.sheet(name); return JSON.stringify([s.values.rows, s.formats.numberFormat.rows, s.validations.rows, s.frozenRows, s.maxRows]); };
  const ss = () => h.rt.globals().SpreadsheetApp.getActive();
  /** A cell's validation as Google's API reports it. */
  const rule = (a1: string) => {
    const v = ss().getRange(a1).getDataValidation();
    return v && { type: String(v.getCriteriaType()), values: v.getCriteriaValues(), allowInvalid: v.getAllowInvalid(), help: v.getHelpText() };
  };
  return { ...h, snapshot, ss, rule, setUp: () => h.addon.scriptRun('setUpSheets') as SetUpResult };
}

describe('a new French spreadsheet', () => {
  const h = run({ 'Feuille 1': [] }, 'fr_FR');
  const result = h.setUp();
  const names = ['Leads', 'Opportunités', 'Activités', 'Dépenses', 'Clients', 'Enquêtes', 'Objectifs'];

  it('creates the seven input sheets with French names, after the existing one, and says so', () => {
    expect(result.sheets.map((s) => [s.kind, s.name, s.status])).toEqual([
      ['leads', 'Leads', 'created'], ['deals', 'Opportunités', 'created'], ['activities', 'Activités', 'created'], ['spend', 'Dépenses', 'created'],
      ['customers', 'Clients', 'created'], ['surveys', 'Enquêtes', 'created'], ['targets', 'Objectifs', 'created'],
    ]);
    expect(h.rt.workbook.sheets.map((s) => s.name)).toEqual(['Feuille 1', ...names]);
    expect(result.message).toBe('Onglets créés : Leads, Opportunités, Activités, Dépenses, Clients, Enquêtes, Objectifs.');
    expect(h.rt.eventsOf('toast').map((e) => e.msg)).toEqual([result.message]);
  });

  it('writes French headers, bold, in a frozen first row', () => {
    const ss = h.ss();
    expect(ss.getSheetByName('Opportunités')!.getRange('A1:J1').getValues()).toEqual([['ID Opportunité', 'Client', 'Date de création', 'Étape', 'Montant', 'Date de clôture', 'Responsable', 'Produit', 'Région', 'Canal']]);
    expect(ss.getSheetByName('Dépenses')!.getRange('A1:D1').getValues()).toEqual([['Mois', 'Canal', 'Catégorie', 'Montant']]);
    expect(ss.getSheetByName('Objectifs')!.getRange('A1:E1').getValues()).toEqual([['KPI', 'Période', 'Objectif', 'Colonne filtre', 'Valeur filtre']]);
    for (const name of names) {
      const sheet = ss.getSheetByName(name)!;
      expect([name, sheet.getFrozenRows(), sheet.getRange('A1').getFontWeight()]).toEqual([name, 1, 'bold']);
    }
  });

  it('formats each column down to the last row: dates dd/mm/yyyy, amounts in euros, text as text', () => {
    const deals = h.ss().getSheetByName('Opportunités')!;
    expect(deals.getRange('A2:F2').getNumberFormats()).toEqual([['@', '@', 'dd/mm/yyyy', '@', '#,##0 "€"', 'dd/mm/yyyy']]);
    expect(deals.getRange('E1000').getNumberFormat()).toBe('#,##0 "€"');
    expect(h.ss().getSheetByName('Dépenses')!.getRange('A2').getNumberFormat()).toBe('mmm yyyy');
  });

  it('validates: stage from a list (other stages allowed, marked), status strictly, dates, amounts ≥ 0, scores 0–10', () => {
    expect(h.rule('Opportunités!D2')).toEqual({ type: 'VALUE_IN_LIST', values: [['Découverte', 'Qualification', 'Démo', 'Proposition', 'Négociation', 'Gagné', 'Perdu'], true], allowInvalid: true, help: 'Gagné et Perdu clôturent une opportunité ; toute autre étape est ouverte.' });
    expect(h.rule('Leads!D2')).toMatchObject({ type: 'VALUE_IN_LIST', values: [['Nouveau', 'MQL', 'SQL', 'Opportunité', 'Client', 'Disqualifié'], true], allowInvalid: false });
    expect(h.rule('Leads!B1000')).toMatchObject({ type: 'DATE_IS_VALID_DATE', values: [], allowInvalid: false });
    expect(h.rule('Opportunités!E2')).toMatchObject({ type: 'NUMBER_GREATER_THAN_OR_EQUAL_TO', values: [0], allowInvalid: false });
    expect(h.rule('Activités!B2')).toMatchObject({ type: 'VALUE_IN_LIST', values: [['Appel', 'Rendez-vous', 'Démo', 'Proposition', 'Email'], true], allowInvalid: false });
    expect(h.rule('Dépenses!C2')).toMatchObject({ type: 'VALUE_IN_LIST', values: [['Marketing', 'Ventes'], true], allowInvalid: false });
    expect(h.rule('Enquêtes!C2')).toMatchObject({ type: 'VALUE_IN_LIST', values: [['NPS', 'CSAT'], true], allowInvalid: false });
    expect(h.rule('Enquêtes!D2')).toMatchObject({ type: 'NUMBER_BETWEEN', values: [0, 10], allowInvalid: false });
    expect(h.rule('Opportunités!J2')).toMatchObject({ type: 'VALUE_IN_LIST', allowInvalid: true });
    // Headers are not validated, nor free-text columns.
    expect([h.rule('Opportunités!D1'), h.rule('Opportunités!B2'), h.rule('Objectifs!B2')]).toEqual([null, null, null]);
  });

  it('the sheets it makes are read as the tables they are for, and a second run creates nothing', () => {
    const again = h.setUp();
    expect(again.sheets.map((s) => s.status)).toEqual(['found', 'found', 'found', 'found', 'found', 'found', 'found']);
    expect(again.message).toBe('Tous les onglets de données existent déjà : rien n’a été créé.');
    expect(h.rt.workbook.sheets).toHaveLength(8);
  });

  it('makes a fixed number of calls per sheet, none per row', () => {
    const fresh = run({ 'Feuille 1': [] }, 'fr_FR');
    fresh.rt.calls.reset();
    fresh.setUp();
    // One setNumberFormats for each sheet's 999 × n body; one setDataValidation per validated column:
    // Leads 3 (created, channel, status), Deals 5 (created, stage, amount, close date, channel),
    // Activities 2, Spend 4, Customers 3 (start, end, segment), Surveys 3, Targets 2 (KPI, filter column).
    expect(fresh.rt.calls.get('SpreadsheetApp.Range.setNumberFormats')).toBe(7);
    expect(fresh.rt.calls.get('SpreadsheetApp.Range.setDataValidation')).toBe(3 + 5 + 2 + 4 + 3 + 3 + 2);
  });
});

describe('a spreadsheet with the user’s own sheets', () => {
  const deals: HostGrid = [['Deal', 'Stage', 'Amount'], ['D1', 'Won', 100]];
  const h = run({ Pipeline: deals, Targets: [['My own notes'], ['call the bank']] }, 'en_US');
  const before = { Pipeline: h.snapshot('Pipeline'), Targets: h.snapshot('Targets') };
  const result = h.setUp();

  it('leaves a table it already reads where it is, and a sheet that holds the name as it is', () => {
    expect(result.sheets.map((s) => [s.kind, s.name, s.status])).toEqual([
      ['leads', 'Leads', 'created'], ['deals', 'Pipeline', 'found'], ['activities', 'Activities', 'created'], ['spend', 'Spend', 'created'],
      ['customers', 'Customers', 'created'], ['surveys', 'Surveys', 'created'], ['targets', 'Targets', 'exists'],
    ]);
    expect(result.message).toBe('Sheets created: Leads, Activities, Spend, Customers, Surveys. Already there, left as they are: Pipeline, Targets.');
    expect({ Pipeline: h.snapshot('Pipeline'), Targets: h.snapshot('Targets') }).toEqual(before);
    expect(h.rt.workbook.sheets.map((s) => s.name)).toEqual(['Pipeline', 'Targets', 'Leads', 'Activities', 'Spend', 'Customers', 'Surveys']);
  });

  it('English headers and formats in an English spreadsheet (amounts in dollars)', () => {
    const spend = h.ss().getSheetByName('Spend')!;
    expect(spend.getRange('A1:D1').getValues()).toEqual([['Month', 'Channel', 'Category', 'Amount']]);
    expect(spend.getRange('D2').getNumberFormat()).toBe('"$"#,##0');
    expect(h.ss().getSheetByName('Leads')!.getRange('B2').getNumberFormat()).toBe('yyyy-mm-dd');
  });
});
