/** Unusual moves of KPIs without an objective, worked out by hand (median ± 3 scaled MAD of the 12 months before). */
import { buildDashboard } from '../../../src/core/dashboard/buildDashboard';
import { alertLine } from '../../../src/core/render/dashboard/alertText';
import { usualRange } from '../../../src/core/dashboard/robustRange';
import { defaultSettings } from '../../../src/core/settings/settings';
import type { Grid } from '../../../src/core/cells/cell';
import { day, LEAD_HEADERS, read, utc } from '../helpers';

// Leads per month, October 2025 → September 2026, then 30 in October 2026 (all still New).
const COUNTS = [10, 12, 11, 13, 12, 11, 10, 12, 11, 13, 12, 11];

function leads(): Grid {
  const rows: Grid = [LEAD_HEADERS];
  COUNTS.forEach((n, i) => {
    const year = 2025 + Math.floor((9 + i) / 12), month = ((9 + i) % 12) + 1;
    // The first (i mod 3) leads of a month stay New: the MQL rate varies between about 80 and 100 %.
    for (let d = 1; d <= n; d++) rows.push([`L${i}-${d}`, utc(year, month, d), 'Web', d <= i % 3 ? 'New' : d % 5 === 0 ? 'Customer' : 'MQL', 'Alice']);
  });
  for (let d = 1; d <= 30; d++) rows.push([`L-oct-${d}`, utc(2026, 10, d), 'Web', 'New', 'Alice']);
  return rows;
}

describe('unusual moves', () => {
  const settings = { ...defaultSettings({ currency: 'EUR', language: 'en' }), kpis: ['LEADS', 'MQL_RATE', 'SQL_RATE', 'LEAD_CONVERSION', 'ACTIVITIES'] as never };
  const d = buildDashboard({ workbookName: 'T', tables: { leads: read('leads', leads()) }, uses: [], unrecognised: [], settings, asOf: day(2026, 11, 11) });
  const unusual = d.alerts.filter((a) => a.kind === 'unusual');

  it('flags 30 leads against a usual 11.5 ± 2.22', () => {
    // Sorted history 10 10 11 11 11 11 12 12 12 12 13 13: median 11.5; deviations .5 (×8) and 1.5 (×4):
    // MAD .5, × 1.4826 = .7413, × 3 = 2.2239 → usual 9.28 – 13.72.
    expect(unusual.map((a) => a.kpi!.id)).toEqual(['LEADS']);
    const u = unusual[0].usual!;
    expect(u.median).toBe(11.5);
    expect(u.low).toBeCloseTo(9.2761, 4);
    expect(u.high).toBeCloseTo(13.7239, 4);
    expect(alertLine(unusual[0], 'EUR', 'en').text).toBe('Leads unusually high (October 2026): 30, usually 12 (9 – 14)');
  });

  it('leaves out cohort rates: October’s leads, all still New, have not had the time to qualify', () => {
    // The MQL rate fell to 0 %, far under its usual range — but a young cohort, not an alarm.
    const points = d.series.MQL_RATE!.points;
    const at = points.findIndex((p) => p.period.key === '2026-10');
    expect(points[at].value).toBe(0);
    const usual = usualRange(points.slice(at - 12, at).map((p) => p.value!))!;
    expect(usual.low).toBeGreaterThan(0);
    expect(unusual.some((a) => a.kpi!.cohort)).toBe(false);
  });
});
