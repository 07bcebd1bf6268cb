/**
 * A small workbook whose digest figures are worked out by hand in composeDigest.test.ts: seven
 * deals, seven leads (one with an impossible date), six months of spend on two channels and two
 * objectives for March 2026. "Today" is 10 April 2026, so the digest reports March 2026. One rep is
 * called `<img src=x onerror=alert(1)>`.
 */
import type { Grid } from '../../../src/core/cells/cell';
import { buildDashboardSheets } from '../../../src/core/dashboard/dashboardSheets';
import type { Dashboard } from '../../../src/core/dashboard/model';
import { dayOfUtcDate } from '../../../src/core/dates/day';
import { defaultSettings, type Language } from '../../../src/core/settings/settings';
import { day, utc } from '../helpers';

export const REP = '<img src=x onerror=alert(1)>';
export const WORKBOOK = 'Acme <b>sales</b> & co';

export const GRIDS: Record<string, Grid> = {
  Deals: [
    ['Deal ID', 'Customer', 'Created', 'Stage', 'Amount', 'Close date', 'Owner', 'Channel'],
    ['D1', 'Acme', utc(2026, 3, 1), 'Won', 8000, utc(2026, 3, 20), 'Alice', 'LinkedIn'],
    ['D2', 'Beta', utc(2026, 3, 2), 'Won', 2000, utc(2026, 3, 25), REP, 'Ads'],
    ['D3', 'Gamma', utc(2026, 3, 3), 'Lost', 3000, utc(2026, 3, 28), 'Alice', 'LinkedIn'],
    ['D4', 'Delta', utc(2026, 1, 10), 'Won', 8000, utc(2026, 2, 15), 'Alice', 'LinkedIn'],
    ['D5', 'Echo', utc(2025, 2, 1), 'Won', 5000, utc(2025, 3, 15), 'Alice', 'LinkedIn'],
    ['D6', 'Foxtrot', utc(2026, 3, 5), 'Proposal', 10000, utc(2026, 5, 30), 'Alice', 'LinkedIn'],
    ['D7', 'Golf', utc(2025, 12, 1), 'Won', 4000, utc(2026, 1, 20), REP, 'Ads'],
  ],
  Leads: [
    ['Lead ID', 'Created', 'Channel', 'Status'],
    ['L1', utc(2026, 3, 2), 'LinkedIn', 'MQL'],
    ['L2', utc(2026, 3, 5), 'LinkedIn', 'New'],
    ['L3', utc(2026, 3, 9), 'LinkedIn', 'Customer'],
    ['L4', utc(2026, 3, 12), 'Ads', 'New'],
    ['L5', utc(2026, 2, 10), 'LinkedIn', 'New'],
    ['L6', utc(2026, 1, 15), 'Ads', 'New'],
    ['L7', '2026-02-30', 'LinkedIn', 'New'],
  ],
  Spend: [
    ['Month', 'Channel', 'Amount'],
    [utc(2026, 1, 1), 'LinkedIn', 1000], [utc(2026, 2, 1), 'LinkedIn', 1000], [utc(2026, 3, 1), 'LinkedIn', 1000],
    [utc(2026, 1, 1), 'Ads', 1500], [utc(2026, 2, 1), 'Ads', 1500], [utc(2026, 3, 1), 'Ads', 1500],
  ],
  Targets: [
    ['KPI', 'Period', 'Target'],
    ['REVENUE', '2026-03', 15000],
    ['LEADS', '2026-03', 3],
  ],
};

/** The model the digest of March 2026 is composed from (grain month, the last full month). */
export function marchModel(language: Language = 'en', grids: Record<string, Grid> = GRIDS, workbookName = WORKBOOK): Dashboard {
  const settings = { ...defaultSettings({ currency: language === 'fr' ? 'EUR' : 'USD', language }), grain: 'month' as const };
  return buildDashboardSheets({
    sheets: Object.entries(grids).map(([name, grid]) => ({ name, grid })),
    settings, asOf: day(2026, 4, 10), dayOf: dayOfUtcDate, locale: language === 'fr' ? 'fr_FR' : 'en_US', workbookName,
  }).model;
}
