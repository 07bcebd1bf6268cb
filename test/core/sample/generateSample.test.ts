/**
 * The sample workbook's shape and inner consistency: sheets, headers, formats and vocabularies in
 * English and French, dates inside the window, IDs, deals ↔ customers ↔ surveys ↔ activities ↔
 * leads agreeing with each other, sizes and options.
 */
import { dayFromParts, generateSample, SampleWorkbook } from '../../../src/core/sample';
import { D, day, isClosed, month, Row, rows, sheetNamed } from './helpers';

const AS_OF = day(2026, 11, 25);

describe('generateSample', () => {
  const wb = generateSample({ asOf: AS_OF });
  const fr = generateSample({ asOf: AS_OF, language: 'fr' });
  const deals = rows(wb, 'deals');

  test('is deterministic, and the seed changes the data', () => {
    expect(generateSample({ asOf: AS_OF })).toEqual(wb);
    const other = generateSample({ asOf: AS_OF, seed: 2 });
    expect(other.sheets[0].rows).not.toEqual(wb.sheets[0].rows);
    expect(other.sheets[1].rows).not.toEqual(wb.sheets[1].rows);
  });

  test('covers the 18 full months before asOf and the month in progress up to asOf − 1', () => {
    expect(wb.asOf).toBe(AS_OF);
    expect(wb.firstMonth).toBe(day(2025, 5, 1));
    expect(wb.lastMonth).toBe(day(2026, 10, 1));
    for (const [sheet, c] of [['leads', 1], ['activities', 0], ['surveys', 0], ['spend', 0]] as const) {
      const days = rows(wb, sheet).map((r) => r[c] as number);
      expect(Math.min(...days)).toBeGreaterThanOrEqual(wb.firstMonth);
      expect(Math.min(...days)).toBeLessThan(wb.firstMonth + 7);
      expect(Math.max(...days)).toBeLessThan(AS_OF);
      expect(Math.max(...days)).toBeGreaterThanOrEqual(day(2026, 11, 1));
    }
    // Deals of the window: closed in it, or open; some were created in the months before it.
    for (const r of deals) {
      if (isClosed(r)) expect((r[D.close] as number) >= wb.firstMonth && (r[D.close] as number) < AS_OF).toBe(true);
      expect(r[D.created] as number).toBeGreaterThanOrEqual(day(2024, 11, 1));
      expect(r[D.created] as number).toBeLessThan(AS_OF);
      expect(r[D.close] as number).toBeGreaterThan(r[D.created] as number);
    }
    expect(deals.some((r) => (r[D.created] as number) < wb.firstMonth)).toBe(true);
    const short = generateSample({ asOf: day(2024, 3, 1), months: 2, leads: 300 });
    expect(short.firstMonth).toBe(day(2024, 1, 1));
    expect(short.lastMonth).toBe(day(2024, 2, 1));
  });

  test('sheets, headers and formats in English and French; same data, only labels differ', () => {
    expect(wb.sheets.map((s) => s.name)).toEqual(['Leads', 'Deals', 'Activities', 'Spend', 'Customers', 'Surveys', 'Targets']);
    expect(wb.sheets.map((s) => s.headers)).toEqual([
      ['Lead ID', 'Created', 'Channel', 'Status', 'Owner'],
      ['Deal ID', 'Customer', 'Created', 'Stage', 'Amount', 'Close date', 'Owner', 'Product', 'Region', 'Channel'],
      ['Date', 'Type', 'Owner', 'Deal ID'],
      ['Month', 'Channel', 'Category', 'Amount'],
      ['Customer', 'Start date', 'End date', 'Segment'],
      ['Date', 'Customer', 'Type', 'Score'],
      ['KPI', 'Period', 'Target', 'Filter column', 'Filter value'],
    ]);
    expect(fr.sheets.map((s) => s.name)).toEqual(['Leads', 'Opportunités', 'Activités', 'Dépenses', 'Clients', 'Enquêtes', 'Objectifs']);
    expect(fr.sheets.map((s) => s.headers)).toEqual([
      ['Lead ID', 'Date de création', 'Canal', 'Statut', 'Responsable'],
      ['ID Opportunité', 'Client', 'Date de création', 'Étape', 'Montant', 'Date de clôture', 'Responsable', 'Produit', 'Région', 'Canal'],
      ['Date', 'Type', 'Responsable', 'ID Opportunité'],
      ['Mois', 'Canal', 'Catégorie', 'Montant'],
      ['Client', 'Date de début', 'Date de fin', 'Segment'],
      ['Date', 'Client', 'Type', 'Note'],
      ['KPI', 'Période', 'Objectif', 'Colonne filtre', 'Valeur filtre'],
    ]);
    expect(wb.sheets.map((s) => s.formats)).toEqual([
      ['text', 'date', 'text', 'text', 'text'],
      ['text', 'text', 'date', 'text', 'currency', 'date', 'text', 'text', 'text', 'text'],
      ['date', 'text', 'text', 'text'],
      ['month', 'text', 'text', 'currency'],
      ['text', 'date', 'date', 'text'],
      ['date', 'text', 'text', 'integer'],
      ['text', 'text', 'number', 'text', 'text'],
    ]);
    for (const s of [...wb.sheets, ...fr.sheets]) for (const r of s.rows) expect(r).toHaveLength(s.headers.length);
    // Numbers (dates, amounts, scores, objectives), IDs and company names are the same in both languages.
    const numbers = (r: Row): Row => r.filter((v) => typeof v === 'number');
    wb.sheets.forEach((s, i) => expect(fr.sheets[i].rows.map(numbers)).toEqual(s.rows.map(numbers)));
    expect(fr.sheets[1].rows.map((r) => [r[0], r[1]])).toEqual(deals.map((r) => [r[0], r[1]]));
    expect(fr.sheets[0].rows.map((r) => r[0])).toEqual(rows(wb, 'leads').map((r) => r[0]));
  });

  test('vocabularies (English and French)', () => {
    const values = (w: SampleWorkbook, sheet: number, c: number): string[] => [...new Set(w.sheets[sheet].rows.map((r) => r[c] as string))].sort();
    const owners = ['Alice Martin', 'Bruno Lefèvre', 'Chloé Dubois', 'David Moreau'];
    expect(values(wb, 0, 2)).toEqual(['Emailing', 'Events', 'Google Ads', 'LinkedIn', 'Referral', 'Website']);
    expect(values(wb, 0, 3)).toEqual(['Customer', 'Disqualified', 'MQL', 'New', 'Opportunity', 'SQL']);
    expect(values(wb, 0, 4)).toEqual(owners);
    expect(values(wb, 1, 3)).toEqual(['Discovery', 'Lost', 'Negotiation', 'Proposal', 'Qualification', 'Won']);
    expect(values(wb, 1, 6)).toEqual(owners);
    expect(values(wb, 1, 7)).toEqual(['Enterprise', 'Onboarding', 'Pro', 'Starter']);
    expect(values(wb, 1, 8)).toEqual(['Auvergne-Rhône-Alpes', 'Export', 'Hauts-de-France', 'Nouvelle-Aquitaine', 'Île-de-France']);
    expect(values(wb, 2, 1)).toEqual(['Call', 'Demo', 'Email', 'Meeting', 'Proposal']);
    expect(values(wb, 3, 2)).toEqual(['Marketing', 'Sales']);
    expect(values(wb, 4, 3)).toEqual(['Enterprise', 'Mid-market', 'SMB']);
    expect(values(wb, 5, 2)).toEqual(['CSAT', 'NPS']);
    expect(values(fr, 0, 2)).toEqual(['Emailing', 'Google Ads', 'LinkedIn', 'Recommandation', 'Salons', 'Site web']);
    expect(values(fr, 0, 3)).toEqual(['Client', 'Disqualifié', 'MQL', 'Nouveau', 'Opportunité', 'SQL']);
    expect(values(fr, 1, 3)).toEqual(['Découverte', 'Gagné', 'Négociation', 'Perdu', 'Proposition', 'Qualification']);
    expect(values(fr, 2, 1)).toEqual(['Appel', 'Démo', 'Email', 'Proposition', 'Rendez-vous']);
    expect(values(fr, 3, 2)).toEqual(['Marketing', 'Ventes']);
    expect(values(fr, 4, 3)).toEqual(['ETI', 'Grand compte', 'TPE/PME']);
    expect(new Set(fr.sheets[6].rows.filter((r) => r[3] !== null).map((r) => r[3]))).toEqual(new Set(['Canal', 'Catégorie', 'Région']));
  });

  test('IDs: L-YYMM-NNNN and D-YYMM-NNN, numbered within their creation month, unique', () => {
    const check = (list: Row[], prefix: string, digits: number, dateCol: number): void => {
      const ids = list.map((r) => r[0] as string);
      expect(new Set(ids).size).toBe(ids.length);
      const pattern = new RegExp(`^${prefix}-(\\d\\d)(\\d\\d)-(\\d{${digits},})$`);
      const wrong = list.filter((r) => {
        const m = pattern.exec(r[0] as string);
        const d = new Date((r[dateCol] as number) * 86400000);
        return !m || +m[1] !== d.getUTCFullYear() % 100 || +m[2] !== d.getUTCMonth() + 1;
      });
      expect(wrong).toEqual([]);
    };
    check(rows(wb, 'leads'), 'L', 4, 1);
    check(deals, 'D', 3, D.created);
    // Leads are numbered in creation order within each month.
    const leads = rows(wb, 'leads');
    for (let i = 1; i < leads.length; i++) {
      const [a, b] = [leads[i - 1], leads[i]];
      if ((a[0] as string).slice(0, 6) === (b[0] as string).slice(0, 6)) expect(b[1] as number).toBeGreaterThanOrEqual(a[1] as number);
    }
  });

  test('deals: closed ones show their close date, open ones their expected one; created dates ascending', () => {
    for (let i = 1; i < deals.length; i++) expect(deals[i][D.created] as number).toBeGreaterThanOrEqual(deals[i - 1][D.created] as number);
    for (const r of deals) {
      expect(typeof r[D.amount]).toBe('number');
      expect((r[D.amount] as number) % 10).toBe(0);
      expect(r[D.amount] as number).toBeGreaterThan(0);
      expect(typeof r[D.close]).toBe('number');
      if (!isClosed(r)) expect(r[D.created] as number).toBeLessThan(AS_OF);
    }
    // Onboarding packs go with a subscription of the same customer, won the same month.
    const wonBy = new Map<string, Row[]>();
    for (const r of deals) if (r[D.stage] === 'Won') wonBy.set(r[D.customer] as string, [...(wonBy.get(r[D.customer] as string) ?? []), r]);
    for (const r of deals) {
      if (r[D.product] !== 'Onboarding' || r[D.stage] !== 'Won') continue;
      const main = wonBy.get(r[D.customer] as string)!.find((o) => o[D.product] !== 'Onboarding')!;
      expect(main).toBeDefined();
      expect(new Date((main[D.close] as number) * 86400000).getUTCMonth()).toBe(new Date((r[D.close] as number) * 86400000).getUTCMonth());
    }
  });

  test('customers: every company with a Won deal, from its first win; earlier customers started before the window', () => {
    const firstWon = new Map<string, number>();
    for (const r of deals) {
      if (r[D.stage] !== 'Won') continue;
      const name = r[D.customer] as string;
      if (!firstWon.has(name) || (r[D.close] as number) < firstWon.get(name)!) firstWon.set(name, r[D.close] as number);
    }
    const customers = rows(wb, 'customers');
    const names = new Set(customers.map((r) => r[0]));
    expect(names.size).toBe(customers.length);
    for (const r of customers) {
      const start = r[1] as number;
      if (start >= wb.firstMonth) expect(firstWon.get(r[0] as string)).toBe(start);
      else expect(firstWon.has(r[0] as string)).toBe(false); // won before the window: no deal in it
      if (r[2] !== null) {
        expect(r[2] as number).toBeGreaterThan(start);
        expect(r[2] as number).toBeGreaterThanOrEqual(wb.firstMonth);
        expect(r[2] as number).toBeLessThan(AS_OF);
      }
    }
    for (const name of firstWon.keys()) expect(names.has(name)).toBe(true);
    expect(customers.filter((r) => (r[1] as number) < wb.firstMonth).length).toBeGreaterThan(50);
    // Survey answers come from customers, while they are customers.
    const span = new Map(customers.map((r) => [r[0], r]));
    for (const r of rows(wb, 'surveys')) {
      const c = span.get(r[1])!;
      expect(c).toBeDefined();
      expect(r[0] as number).toBeGreaterThanOrEqual(c[1] as number);
      if (c[2] !== null) expect(r[0] as number).toBeLessThan(c[2] as number);
      expect(Number.isInteger(r[3])).toBe(true);
      expect(r[3] as number).toBeGreaterThanOrEqual(r[2] === 'NPS' ? 0 : 1);
      expect(r[3] as number).toBeLessThanOrEqual(r[2] === 'NPS' ? 10 : 5);
    }
  });

  test('leads agree with deals: Customer leads are first wins of the window, by channel', () => {
    const leads = rows(wb, 'leads');
    // A lead becomes Customer when its first deal is won: per channel, no more Customer leads than
    // new customers of the window, and most new customers of the window came from one of its leads
    // (the others from leads created before the window).
    const first = new Map<string, Row>();
    for (const r of deals) if (r[D.stage] === 'Won' && (!first.has(r[D.customer] as string) || (r[D.close] as number) < (first.get(r[D.customer] as string)![D.close] as number))) first.set(r[D.customer] as string, r);
    for (const channel of ['LinkedIn', 'Website', 'Google Ads', 'Emailing', 'Referral', 'Events']) {
      const customerLeads = leads.filter((r) => r[2] === channel && r[3] === 'Customer').length;
      const newCustomers = [...first.values()].filter((r) => r[D.channel] === channel).length;
      expect(customerLeads).toBeLessThanOrEqual(newCustomers);
      expect(customerLeads).toBeGreaterThanOrEqual(0.6 * newCustomers);
    }
    // Recent leads are still early in the funnel.
    const recent = leads.filter((r) => (r[1] as number) >= AS_OF - 7);
    expect(recent.filter((r) => r[3] === 'New').length).toBeGreaterThan(0.5 * recent.length);
  });

  test('activities: of the deals, by their owner, within their life, a proposal before every win', () => {
    const byId = new Map(deals.map((r) => [r[D.id], r]));
    const acts = rows(wb, 'activities');
    expect(acts.length).toBeGreaterThan(deals.length * 3);
    const wrong = acts.filter((a, i) => {
      const d = byId.get(a[3]);
      return !d || a[2] !== d[D.owner] || (a[0] as number) < (d[D.created] as number) || (isClosed(d) && (a[0] as number) > (d[D.close] as number))
        || (i > 0 && (a[0] as number) < (acts[i - 1][0] as number));
    });
    expect(wrong).toEqual([]);
    const withProposal = new Set(acts.filter((a) => a[1] === 'Proposal').map((a) => a[3]));
    for (const d of deals) if (d[D.stage] === 'Won' && (d[D.created] as number) >= wb.firstMonth) expect(withProposal.has(d[D.id])).toBe(true);
  });

  test('spend: every channel every month (Marketing), LinkedIn Sales Navigator and tools (Sales)', () => {
    const spend = rows(wb, 'spend');
    for (let m = month(2025, 5); m.start < month(2026, 11).start; m = month(m.year, m.month + 1)) {
      const of = spend.filter((r) => r[0] === m.start);
      expect(of.filter((r) => r[2] === 'Marketing').map((r) => r[1]).sort()).toEqual(['Emailing', 'Events', 'Google Ads', 'LinkedIn', 'Referral', 'Website']);
      expect(of.filter((r) => r[2] === 'Sales').map((r) => r[1])).toEqual(['LinkedIn', null]);
      for (const r of of) expect(r[3] as number).toBeGreaterThan(0);
    }
    for (const r of spend) expect(new Date((r[0] as number) * 86400000).getUTCDate()).toBe(1);
  });

  test('no text looks like a formula', () => {
    const suspicious: string[] = [];
    for (const w of [wb, fr]) for (const s of w.sheets) for (const r of s.rows) for (const v of r) if (typeof v === 'string' && /^[=+\-@]/.test(v)) suspicious.push(v);
    expect(suspicious).toEqual([]);
  });

  test('size: `leads` is the expected number of leads of the 18 full months when asOf is in November 2026', () => {
    const fullMonths = (w: SampleWorkbook): number => rows(w, 'leads').filter((r) => (r[1] as number) < day(2026, 11, 1)).length;
    for (const leads of [1000, 20000]) {
      const n = fullMonths(generateSample({ asOf: AS_OF, leads, seed: 7 }));
      expect(n / leads).toBeGreaterThan(0.95);
      expect(n / leads).toBeLessThan(1.05);
    }
    expect(fullMonths(wb) / 4000).toBeGreaterThan(0.97);
    expect(fullMonths(wb) / 4000).toBeLessThan(1.03);
    const none = generateSample({ asOf: AS_OF, leads: 0 });
    expect(none.sheets.slice(0, 6).map((s) => s.rows.length)).toEqual([0, 0, 0, 0, 0, 0]);
    // The company grows: a window a year later holds about 1.6 × more leads.
    const later = generateSample({ asOf: day(2027, 11, 25) }).sheets[0].rows.length;
    expect(later / rows(wb, 'leads').length).toBeGreaterThan(1.4);
    expect(later / rows(wb, 'leads').length).toBeLessThan(1.8);
  });

  test('asOf on the first of a month: no data that month, yet its objectives are there', () => {
    const asOf = day(2026, 12, 1);
    const w = generateSample({ asOf });
    for (const [s, c] of [[0, 1], [2, 0], [5, 0]] as const) for (const r of w.sheets[s].rows) expect(r[c] as number).toBeLessThan(asOf);
    expect(rows(w, 'spend').some((r) => r[0] === asOf)).toBe(false);
    expect(rows(w, 'targets').filter((r) => r[1] === '2026-12').map((r) => r[0]).sort()).toEqual(['CAC', 'CHURN', 'CPL', 'LEADS', 'LEADS', 'NEW_CUSTOMERS', 'PIPELINE', 'REVENUE', 'WIN_RATE']);
  });

  test('company names are unique and look like companies, also at 50k leads', () => {
    const big = generateSample({ asOf: AS_OF, leads: 50000, seed: 3 });
    for (const w of [wb, big]) {
      const dealCompanies = new Map<string, number>();
      for (const r of w.sheets[1].rows) if (r[D.product] !== 'Onboarding') dealCompanies.set(r[D.customer] as string, (dealCompanies.get(r[D.customer] as string) ?? 0) + 1);
      // One first deal per company: a name never stands for two companies.
      for (const n of dealCompanies.values()) expect(n).toBe(1);
      for (const name of dealCompanies.keys()) expect(name).toMatch(/^\S.*\S$/);
    }
    expect(rows(wb, 'deals').filter((r) => r[D.region] === 'Export').every((r) => /(GmbH|AG|KG|BV|NV|SRL|SpA|SL|SA|Lda|Ltd|plc|AB|ApS|AS|Oy|& Partners|Labs|Analytics|Engineering|Consulting|Logistics|Systems|Digital|Foods|Supplies)$/.test(r[D.customer] as string))).toBe(true);
  });

  test('rejects invalid options', () => {
    expect(() => generateSample({ asOf: 1.5 })).toThrow(RangeError);
    expect(() => generateSample({ asOf: AS_OF, months: 0 })).toThrow(RangeError);
    expect(() => generateSample({ asOf: AS_OF, leads: -1 })).toThrow(RangeError);
    expect(() => generateSample({ asOf: AS_OF, seed: NaN })).toThrow(RangeError);
    expect(dayFromParts(2026, 11, 25)).toBe(AS_OF);
    expect(sheetNamed(wb, 'Targets').rows.length).toBeGreaterThan(200);
  });
});
