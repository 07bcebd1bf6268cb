/**
 * What the founder reads on the generated sheets, through the built bundle in the local runtime:
 * the headline row, the alert and its cause, the pace projection (all worked out by hand on a
 * small workbook, as in test/core/dashboard/causes.test.ts), the notes that explain a figure, the
 * charts' data, and a messy workbook that must not smuggle a formula or HTML into them.
 */
import { writePreview } from '../../src/local/preview';
import type { MenuRefreshOutcome } from '../../src/addon/refreshDashboard';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { day, harness, type HostGrid } from './harness';
import { SMALL_DEALS, SMALL_TARGETS } from '../fixtures/smallSales';

// 11 Nov 2026, 10:00 in Paris: 10 of November's 30 days are over.
const NOW = Date.UTC(2026, 10, 11, 9, 0);

const DEALS: HostGrid = SMALL_DEALS;
const TARGETS: HostGrid = SMALL_TARGETS;

function refreshed(locale: 'en_US' | 'fr_FR', grids: Record<string, HostGrid>) {
  const h = harness(grids, { timeZone: 'Europe/Paris', locale, now: () => NOW, userLocale: locale.slice(0, 2) });
  h.addon.onOpen({ authMode: 'FULL' });
  const out = h.addon.runMenuItem('refreshDashboard') as MenuRefreshOutcome;
  return { ...h, out };
}

/** A sheet's cells as displayed, row by row (1-based rows as in Sheets). */
function rowsOf(h: ReturnType<typeof refreshed>, sheet: string): string[][] {
  return h.rt.workbook.sheet(sheet).displayValuesAsHost();
}

describe.each([
  ['en_US', 'Dashboard', 'Revenue', 'Revenue −30% vs objective (October 2026): $35,000 for $50,000 — Export region −$16k, Alice −$9k', '$21,000'],
  ['fr_FR', 'Tableau de bord', "Chiffre d'affaires", "Chiffre d'affaires −30\u00a0% vs objectif (octobre 2026)\u00a0: 35\u202f000\u00a0€ pour 50\u202f000\u00a0€ — région Export −16\u00a0k€, Alice −9\u00a0k€", '21\u202f000 €'],
] as const)('the dashboard of a small workbook (%s)', (locale, dashboard, revenue, alert, projected) => {
  const h = refreshed(locale, { Deals: DEALS, Targets: TARGETS });

  it('says the month missed its objective, by how much, and why — the Export region, then Alice', () => {
    const rows = rowsOf(h, dashboard);
    expect(rows.some((r) => r.includes(alert))).toBe(true);
    const row = rows.find((r) => r[1] === revenue)!;
    // October: 35,000 for 50,000 (−30 %), missed; November: 7,000 in 10 of 30 days → projected 21,000 for 60,000, at risk.
    expect(row[5]).toBe(locale === 'fr_FR' ? '✗ Manqué' : '✗ Missed');
    expect(row[10]).toBe(projected);
    expect(row[13]).toBe(locale === 'fr_FR' ? '⚠ À risque' : '⚠ At risk');
  });

  it('explains the headline value in its note: definition, what it is made of, the objective’s row', () => {
    const sheet = h.rt.workbook.sheet(dashboard);
    const r = rowsOf(h, dashboard).findIndex((x) => x[1] === revenue);
    const note = sheet.cell(`C${r + 1}`).note!;
    expect(note).toContain(locale === 'fr_FR' ? 'Somme des montants des opportunités gagnées dont la date de clôture est dans la période.' : 'Sum of the amounts of Won deals whose close date is in the period.');
    expect(note).toContain(locale === 'fr_FR' ? '(Targets, ligne 2)' : '(Targets, row 2)');
  });

  it('charts revenue by month against its objective from the table beside it', () => {
    const ss = h.rt.globals().SpreadsheetApp.getActive();
    const chart = ss.getSheetByName(dashboard)!.getCharts()[0];
    const range = chart.getRanges()[0];
    const values = range.getDisplayValues();
    expect(values[0]).toEqual(locale === 'fr_FR' ? ['Mois', 'Chiffre d’affaires', 'Objectif'] : ['Month', 'Revenue', 'Objective']);
    expect(values[values.length - 1][0]).toBe(locale === 'fr_FR' ? 'oct. 2026' : 'Oct 2026');
    expect(chart.getOptions().get('title')).toBe(locale === 'fr_FR' ? 'Chiffre d’affaires mensuel vs objectif' : 'Revenue by month vs objective');
  });
});

describe('a messy workbook', () => {
  const leads: HostGrid = [['ID Lead', 'Date de création', 'Canal', 'Statut', 'Commercial'],
    ['L1', day(2026, 10, 2), 'LinkedIn', 'MQL', '<img src=x onerror=alert(1)>'],
    ['L2', day(2026, 10, 5), '=IMPORTXML("http://x","//a")', 'SQL', 'Bruno'],
    ['L3', 'le 3 octobre', 'Salons', 'Nouveau', 'Bruno'],
    ['L4', day(2026, 10, 9), '+33 6 12', 'Client', '@bruno'],
  ];
  const deals: HostGrid = [['ID Opportunité', 'Client', 'Date de création', 'Étape', 'Montant', 'Date de clôture', 'Commercial', 'Canal'],
    ['D1', 'Acme', day(2026, 9, 1), 'Gagné', '12 000 €', day(2026, 10, 3), '<img src=x onerror=alert(1)>', 'LinkedIn'],
    ['D2', 'Beta', day(2026, 9, 3), 'Gagné', 'beaucoup', day(2026, 10, 8), 'Bruno', '=IMPORTXML("http://x","//a")'],
    ['D3', '=1+1', day(2026, 9, 9), 'Perdu', 5000, 'hier', 'Bruno', 'Salons'],
    ['', '', '', '', '', '', '', ''],
    ['D4', 'Delta', day(2026, 10, 1), 'Proposition', '#REF!', '', '-Bruno', 'Salons'],
  ];
  const h = refreshed('fr_FR', { Leads: leads, 'Opportunités': deals });
  const generated = h.out.ok ? h.out.sheets.map((s) => s.name) : [];

  it('still gives a dashboard', () => {
    expect(h.out.ok).toBe(true);
    expect(generated[0]).toBe('Tableau de bord');
  });

  it('holds no formula anywhere, and shows the user’s text unchanged', () => {
    expect(h.rt.workbook.formulaCells().filter((f) => generated.includes(f.sheet))).toEqual([]);
    const all = generated.flatMap((n) => rowsOf(h, n).flat());
    expect(all).toContain('<img src=x onerror=alert(1)>');
    expect(all).toContain('=IMPORTXML("http://x","//a")');
  });

  it('renders in the preview with every user string escaped', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pilote-messy-'));
    const out = writePreview(h.rt.workbook, dir, { sheets: generated });
    for (const p of out.pages) {
      const html = readFileSync(p.file, 'utf8');
      expect(html).not.toContain('<img src=x');
      expect(html).not.toMatch(/onerror=alert\(1\)>(?!<)/);
    }
    // The owner shows (as text) in the reps' breakdowns.
    expect(out.pages.some((p) => readFileSync(p.file, 'utf8').includes('&lt;img src=x onerror=alert(1)&gt;'))).toBe(true);
  });
});

describe('a workbook with leads only', () => {
  const leads: HostGrid = [['Lead ID', 'Created', 'Channel', 'Status', 'Owner'],
    ['L1', day(2026, 10, 2), 'LinkedIn', 'MQL', 'Alice'], ['L2', day(2026, 10, 20), 'Website', 'New', 'Bruno'], ['L3', day(2026, 11, 3), 'Website', 'SQL', 'Bruno']];
  const h = refreshed('en_US', { Leads: leads });

  it('refreshes, and each tab without its table says which sheet and headers to add', () => {
    expect(h.out.ok).toBe(true);
    const sales = rowsOf(h, 'Sales').flat();
    expect(sales.some((t) => t.startsWith('The Deals table is missing: add a sheet named "Deals" with the headers "Deal ID", "Customer", "Created", "Stage", "Amount"'))).toBe(true);
    const dash = rowsOf(h, 'Dashboard');
    // Leads: October 2 leads, November 1 lead in 10 of 30 days → projected 3 (no objective).
    const row = dash.find((r) => r[1] === 'Leads')!;
    expect([row[2], row[9], row[10]]).toEqual(['2', '1', '3']);
    expect(dash.flat()).toContain('not found');
  });
});
