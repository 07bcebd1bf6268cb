import { dayFromParts, generateSample, SampleSheet, SampleWorkbook } from '../../../src/core/sample';
import { checkTargets } from './realised';

const AS_OF = dayFromParts(2025, 6, 15); // mid-month: June 2025 is the partial month
const byName = (wb: SampleWorkbook, name: string): SampleSheet => {
  const s = wb.sheets.find((x) => x.name === name);
  if (!s) throw new Error('no sheet ' + name);
  return s;
};

describe('generateSample', () => {
  const wb = generateSample({ asOf: AS_OF });
  const fr = generateSample({ asOf: AS_OF, language: 'fr' });

  test('is deterministic, and the seed changes the data', () => {
    expect(generateSample({ asOf: AS_OF })).toEqual(wb);
    const other = generateSample({ asOf: AS_OF, seed: 2 });
    expect(other.sheets[0].rows).not.toEqual(wb.sheets[0].rows);
    expect(other.sheets[1].rows).not.toEqual(wb.sheets[1].rows);
  });

  test('covers 18 full months before asOf plus the partial current month', () => {
    expect(wb.asOf).toBe(AS_OF);
    expect(wb.firstMonth).toBe(dayFromParts(2023, 12, 1));
    expect(wb.lastMonth).toBe(dayFromParts(2025, 5, 1));
    const leads = byName(wb, 'Leads').rows;
    expect(Math.min(...leads.map((r) => r[1] as number))).toBeLessThan(dayFromParts(2023, 12, 8));
    expect(Math.max(...leads.map((r) => r[1] as number))).toBeGreaterThanOrEqual(dayFromParts(2025, 6, 1));
    const short = generateSample({ asOf: dayFromParts(2024, 3, 1), months: 2, leads: 300 });
    expect(short.firstMonth).toBe(dayFromParts(2024, 1, 1));
    expect(short.lastMonth).toBe(dayFromParts(2024, 2, 1));
  });

  test('sheets, headers and formats in English and French', () => {
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
    for (const s of [...wb.sheets, ...fr.sheets]) {
      expect(s.formats).toHaveLength(s.headers.length);
      for (const r of s.rows) expect(r).toHaveLength(s.headers.length);
    }
    // Same data, only labels differ.
    expect(fr.sheets.map((s) => s.rows.length)).toEqual(wb.sheets.map((s) => s.rows.length));
  });

  test('every date lies in [firstMonth, asOf - 1]; close ≥ created; end > start', () => {
    for (const s of wb.sheets) {
      s.formats.forEach((f, c) => {
        if (f !== 'date' && f !== 'month') return;
        for (const r of s.rows) {
          const v = r[c];
          if (v === null) continue;
          expect(Number.isInteger(v)).toBe(true);
          expect(v as number).toBeGreaterThanOrEqual(wb.firstMonth);
          expect(v as number).toBeLessThanOrEqual(AS_OF - 1);
        }
      });
    }
    for (const r of byName(wb, 'Deals').rows) if (r[5] !== null) expect(r[5] as number).toBeGreaterThanOrEqual(r[2] as number);
    for (const r of byName(wb, 'Customers').rows) if (r[2] !== null) expect(r[2] as number).toBeGreaterThan(r[1] as number);
    for (const r of byName(wb, 'Spend').rows) expect(new Date((r[0] as number) * 86400000).getUTCDate()).toBe(1);
  });

  test('vocabularies (English and French)', () => {
    const values = (w: SampleWorkbook, sheet: number, c: number): Set<unknown> => new Set(w.sheets[sheet].rows.map((r) => r[c]));
    const subset = (s: Set<unknown>, allowed: unknown[]): void => {
      s.forEach((v) => expect(allowed).toContain(v));
    };
    const owners = ['Alice Martin', 'Bruno Lefèvre', 'Chloé Dubois', 'David Moreau'];
    const regions = ['Île-de-France', 'Auvergne-Rhône-Alpes', 'Nouvelle-Aquitaine', 'Hauts-de-France', 'Export'];
    const products = ['Starter', 'Pro', 'Enterprise', 'Onboarding'];
    subset(values(wb, 0, 2), ['LinkedIn', 'Website', 'Google Ads', 'Emailing', 'Referral', 'Events']);
    expect([...values(wb, 0, 3)].sort()).toEqual(['Customer', 'Disqualified', 'MQL', 'New', 'Opportunity', 'SQL']);
    subset(values(wb, 0, 4), owners);
    expect([...values(wb, 1, 3)].sort()).toEqual(['Discovery', 'Lost', 'Negotiation', 'Proposal', 'Qualification', 'Won']);
    subset(values(wb, 1, 6), owners);
    expect([...values(wb, 1, 7)].sort()).toEqual([...products].sort());
    expect([...values(wb, 1, 8)].sort()).toEqual([...regions].sort());
    expect([...values(wb, 2, 1)].sort()).toEqual(['Call', 'Demo', 'Email', 'Meeting', 'Proposal']);
    expect([...values(wb, 3, 2)].sort()).toEqual(['Marketing', 'Sales']);
    expect([...values(wb, 4, 3)].sort()).toEqual(['Enterprise', 'Mid-market', 'SMB']);
    expect([...values(wb, 5, 2)].sort()).toEqual(['CSAT', 'NPS']);

    subset(values(fr, 0, 2), ['LinkedIn', 'Site web', 'Google Ads', 'Emailing', 'Recommandation', 'Salons']);
    expect([...values(fr, 0, 3)].sort()).toEqual(['Client', 'Disqualifié', 'MQL', 'Nouveau', 'Opportunité', 'SQL']);
    expect([...values(fr, 1, 3)].sort()).toEqual(['Découverte', 'Gagné', 'Négociation', 'Perdu', 'Proposition', 'Qualification']);
    expect([...values(fr, 2, 1)].sort()).toEqual(['Appel', 'Démo', 'Email', 'Proposition', 'Rendez-vous']);
    expect([...values(fr, 3, 2)].sort()).toEqual(['Marketing', 'Ventes']);
    expect([...values(fr, 4, 3)].sort()).toEqual(['ETI', 'Grand compte', 'TPE/PME']);
    const frTargets = fr.sheets[6].rows.filter((r) => r[3] !== null);
    expect(new Set(frTargets.map((r) => r[3]))).toEqual(new Set(['Canal', 'Catégorie', 'Région']));
  });

  test('scores, amounts and IDs', () => {
    for (const r of byName(wb, 'Surveys').rows) {
      const score = r[3] as number;
      expect(Number.isInteger(score)).toBe(true);
      if (r[2] === 'NPS') expect(score >= 0 && score <= 10).toBe(true);
      else expect(score >= 1 && score <= 5).toBe(true);
    }
    for (const r of byName(wb, 'Deals').rows) {
      expect(typeof r[4]).toBe('number');
      expect((r[4] as number) % 10).toBe(0);
      expect(r[4] as number).toBeGreaterThan(0);
      expect(r[0]).toMatch(/^D-\d{6}$/);
    }
    for (const r of byName(wb, 'Spend').rows) expect(typeof r[3]).toBe('number');
    const leads = byName(wb, 'Leads').rows;
    expect(leads[0][0]).toBe('L-000001');
    expect(leads[leads.length - 1][0]).toBe('L-002400');
    const ids = byName(wb, 'Deals').rows.map((r) => r[0]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('deals: close date blank exactly for open stages; created dates ascending', () => {
    const deals = byName(wb, 'Deals').rows;
    for (const r of deals) expect(r[5] === null).toBe(r[3] !== 'Won' && r[3] !== 'Lost');
    for (let i = 1; i < deals.length; i++) expect(deals[i][2] as number).toBeGreaterThanOrEqual(deals[i - 1][2] as number);
    // Recent deals are still open, old ones are closed.
    const open = deals.filter((r) => r[5] === null);
    expect(open.length).toBeGreaterThan(0);
    for (const r of open) expect(r[2] as number).toBeGreaterThan(AS_OF - 400);
  });

  test('customers: exactly the companies with a won deal; start = first won close date', () => {
    const deals = byName(wb, 'Deals').rows;
    const firstWon = new Map<string, number>();
    for (const r of deals) {
      if (r[3] !== 'Won') continue;
      const name = r[1] as string;
      const close = r[5] as number;
      if (!firstWon.has(name) || close < (firstWon.get(name) as number)) firstWon.set(name, close);
    }
    const customers = byName(wb, 'Customers').rows;
    expect(customers.length).toBe(firstWon.size);
    const names = new Set(customers.map((r) => r[0]));
    expect(names.size).toBe(customers.length);
    for (const r of customers) expect(r[1]).toBe(firstWon.get(r[0] as string));
    for (const r of deals) expect(names.has(r[1] as string)).toBe(firstWon.has(r[1] as string));
    // Some churn, some repurchase (a second won deal).
    expect(customers.some((r) => r[2] !== null)).toBe(true);
    const wonCount = new Map<string, number>();
    for (const r of deals) if (r[3] === 'Won') wonCount.set(r[1] as string, (wonCount.get(r[1] as string) || 0) + 1);
    const repeat = [...wonCount.values()].filter((n) => n > 1).length;
    expect(repeat / customers.length).toBeGreaterThan(0.03);
    // Survey customers are customers, answering while they are customers.
    const span = new Map(customers.map((r) => [r[0], r]));
    for (const r of byName(wb, 'Surveys').rows) {
      const c = span.get(r[1] as string);
      expect(c).toBeDefined();
      expect(r[0] as number).toBeGreaterThanOrEqual(c![1] as number);
      if (c![2] !== null) expect(r[0] as number).toBeLessThan(c![2] as number);
    }
  });

  test('lead statuses agree with deals: one Customer lead per first won deal', () => {
    const leads = byName(wb, 'Leads').rows;
    const count = (s: string): number => leads.filter((r) => r[3] === s).length;
    const customers = byName(wb, 'Customers').rows.length;
    expect(count('Customer')).toBe(customers);
    const deals = byName(wb, 'Deals').rows;
    const companies = new Set(deals.map((r) => r[1])).size; // one company per opportunity lead
    expect(count('Opportunity') + count('Customer')).toBe(companies);
  });

  test('activities reference existing deals, by the deal owner, within the deal life', () => {
    const deals = new Map(byName(wb, 'Deals').rows.map((r) => [r[0], r]));
    const acts = byName(wb, 'Activities').rows;
    expect(acts.length).toBeGreaterThan(deals.size * 3);
    for (let i = 0; i < acts.length; i++) {
      const a = acts[i];
      const d = deals.get(a[3]);
      expect(d).toBeDefined();
      expect(a[2]).toBe(d![6]);
      expect(a[0] as number).toBeGreaterThanOrEqual(d![2] as number);
      if (d![5] !== null) expect(a[0] as number).toBeLessThanOrEqual(d![5] as number);
      if (i > 0) expect(a[0] as number).toBeGreaterThanOrEqual(acts[i - 1][0] as number);
    }
    // Every won deal had a proposal.
    const withProposal = new Set(acts.filter((a) => a[1] === 'Proposal').map((a) => a[3]));
    for (const d of deals.values()) if (d[3] === 'Won') expect(withProposal.has(d[0])).toBe(true);
  });

  test('targets: every month for the monthly KPIs, every quarter for the others, filtered ones', () => {
    const rows = byName(wb, 'Targets').rows;
    const months: string[] = [];
    for (let y = 2023, m = 12; y < 2025 || m <= 6; m === 12 ? ((m = 1), y++) : m++) months.push(y + '-' + String(m).padStart(2, '0'));
    expect(months).toHaveLength(19);
    const quarters = ['2023-Q4', '2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4', '2025-Q1', '2025-Q2'];
    const periods = (kpi: string): string[] => rows.filter((r) => r[0] === kpi && r[3] === null).map((r) => r[1] as string);
    for (const kpi of ['REVENUE', 'LEADS', 'NEW_CUSTOMERS', 'CAC', 'WIN_RATE']) expect(periods(kpi)).toEqual(months);
    // CPL objectives are on marketing spend: filtered on Category = Marketing, every month.
    expect(rows.filter((r) => r[0] === 'CPL').map((r) => [r[1], r[3], r[4]])).toEqual(months.map((m) => [m, 'Category', 'Marketing']));
    for (const kpi of ['MQL_RATE', 'SQL_RATE', 'AVG_DEAL', 'CHURN', 'SALES_CYCLE', 'NPS']) expect(periods(kpi)).toEqual(quarters);
    for (const r of rows) {
      expect(typeof r[2]).toBe('number');
      expect(isFinite(r[2] as number)).toBe(true);
    }
    for (const r of rows.filter((x) => ['MQL_RATE', 'SQL_RATE', 'WIN_RATE', 'CHURN'].indexOf(x[0] as string) >= 0)) {
      expect(r[2] as number).toBeGreaterThan(0);
      expect(r[2] as number).toBeLessThan(1);
    }
    const filtered = rows.filter((r) => r[3] !== null);
    expect(filtered.some((r) => r[0] === 'LEADS' && r[3] === 'Channel' && r[4] === 'LinkedIn')).toBe(true);
    expect(filtered.some((r) => r[0] === 'REVENUE' && r[3] === 'Region' && r[4] === 'Île-de-France')).toBe(true);
    // Growth: the plan's leads rise over the period.
    const leads = rows.filter((r) => r[0] === 'LEADS' && r[3] === null).map((r) => r[2] as number);
    expect(leads[17]).toBeGreaterThan(leads[1] * 1.4);
  });

  test('targets are realistic: roughly a third of the closed periods are missed', () => {
    let missed = 0;
    let total = 0;
    for (const seed of [1, 2, 3]) {
      const checks = checkTargets(seed === 1 ? wb : generateSample({ asOf: AS_OF, seed }));
      for (const c of checks) {
        if (c.met === null || c.period === '2025-06' || c.period === '2025-Q2') continue; // periods in progress
        total++;
        if (!c.met) missed++;
      }
    }
    expect(missed / total).toBeGreaterThan(0.2);
    expect(missed / total).toBeLessThan(0.5);
  });

  test('realism: channels, owners and seasonality', () => {
    const big = generateSample({ asOf: AS_OF, leads: 30000 });
    const leads = big.sheets[0].rows;
    const deals = big.sheets[1].rows;
    const custRate = (ch: string): number => {
      const own = leads.filter((r) => r[2] === ch);
      return own.filter((r) => r[3] === 'Customer').length / own.length;
    };
    expect(custRate('Referral')).toBeGreaterThan(2 * custRate('LinkedIn'));
    expect(custRate('LinkedIn')).toBeGreaterThan(2 * custRate('Google Ads'));
    const winRate = (owner: string): number => {
      const closed = deals.filter((r) => r[6] === owner && (r[3] === 'Won' || r[3] === 'Lost'));
      return closed.filter((r) => r[3] === 'Won').length / closed.length;
    };
    for (const o of ['Alice Martin', 'Bruno Lefèvre', 'Chloé Dubois']) expect(winRate('David Moreau')).toBeLessThan(winRate(o) - 0.08);
    const perMonth = (y: number, m: number): number =>
      leads.filter((r) => (r[1] as number) >= dayFromParts(y, m, 1) && (r[1] as number) < dayFromParts(y, m + 1, 1)).length;
    // August and December dips (seasonality 0.55 and 0.72 against ~1 around them).
    expect(perMonth(2024, 8)).toBeLessThan(0.75 * ((perMonth(2024, 6) + perMonth(2024, 9)) / 2));
    expect(perMonth(2024, 12)).toBeLessThan(0.85 * ((perMonth(2024, 11) + perMonth(2025, 1)) / 2));
    const cycle = (product: string): number => {
      const won = deals.filter((r) => r[7] === product && r[3] === 'Won');
      return won.reduce((s, r) => s + (r[5] as number) - (r[2] as number), 0) / won.length;
    };
    expect(cycle('Starter')).toBeLessThan(30);
    expect(cycle('Enterprise')).toBeGreaterThan(70);
    const spend = big.sheets[3].rows;
    const mkt = (ch: string): number => spend.filter((r) => r[1] === ch && r[2] === 'Marketing').reduce((s, r) => s + (r[3] as number), 0);
    expect(mkt('Referral')).toBeLessThan(0.1 * mkt('Google Ads'));
  });

  test('size: the leads option is exact; other sheets scale', () => {
    const small = generateSample({ asOf: AS_OF, leads: 1000, seed: 7 });
    const large = generateSample({ asOf: AS_OF, leads: 10000, seed: 7 });
    expect(small.sheets[0].rows).toHaveLength(1000);
    expect(large.sheets[0].rows).toHaveLength(10000);
    const ratio = large.sheets[1].rows.length / small.sheets[1].rows.length;
    expect(ratio).toBeGreaterThan(7);
    expect(ratio).toBeLessThan(13);
    expect(generateSample({ asOf: AS_OF, leads: 0 }).sheets[0].rows).toHaveLength(0);
    expect(generateSample({ asOf: AS_OF, leads: 1 }).sheets[0].rows).toHaveLength(1);
  });

  test('asOf on the first of a month: data ends the day before; targets still include asOf month', () => {
    const asOf = dayFromParts(2025, 1, 1);
    const w = generateSample({ asOf, months: 12, leads: 800 });
    expect(w.firstMonth).toBe(dayFromParts(2024, 1, 1));
    expect(w.lastMonth).toBe(dayFromParts(2024, 12, 1));
    for (const r of w.sheets[0].rows) expect(r[1] as number).toBeLessThan(asOf);
    const months = new Set(w.sheets[6].rows.filter((r) => r[0] === 'REVENUE' && r[3] === null).map((r) => r[1]));
    expect(months.size).toBe(13);
    expect(months.has('2025-01')).toBe(true);
  });

  test('company names are unique and look like companies', () => {
    const big = generateSample({ asOf: AS_OF, leads: 50000, seed: 3 });
    const deals = big.sheets[1].rows;
    const firstDealOf = new Map<string, number>();
    deals.forEach((r, i) => {
      if (!firstDealOf.has(r[1] as string)) firstDealOf.set(r[1] as string, i);
    });
    const opportunityLeads = big.sheets[0].rows.filter((r) => r[3] === 'Opportunity' || r[3] === 'Customer').length;
    expect(firstDealOf.size).toBe(opportunityLeads); // no two leads share a company name
    for (const name of firstDealOf.keys()) expect(name).toMatch(/^\S.*\S$/);
  });

  test('rejects invalid options', () => {
    expect(() => generateSample({ asOf: 1.5 })).toThrow(RangeError);
    expect(() => generateSample({ asOf: AS_OF, months: 0 })).toThrow(RangeError);
    expect(() => generateSample({ asOf: AS_OF, leads: -1 })).toThrow(RangeError);
    expect(() => generateSample({ asOf: AS_OF, seed: NaN })).toThrow(RangeError);
  });
});
