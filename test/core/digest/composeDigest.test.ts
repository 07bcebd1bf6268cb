/**
 * The digest composed from the model of March 2026 built on the small workbook of fixture.ts.
 * Every figure is worked out by hand from its rows (comments say how); the HTML is read back as
 * the text a reader sees, and checked for escaping.
 */
import { composeDigest, leadsByChannelOf } from '../../../src/core/digest/composeDigest';
import type { Grid } from '../../../src/core/cells/cell';
import { buildDashboardSheets } from '../../../src/core/dashboard/dashboardSheets';
import { dayOfUtcDate } from '../../../src/core/dates/day';
import { defaultSettings } from '../../../src/core/settings/settings';
import { day, utc } from '../helpers';
import { GRIDS, marchModel, REP, WORKBOOK } from './fixture';

const URL = 'https://docs.google.com/spreadsheets/d/X/edit#gid=7';

/** What a reader sees: tags dropped, entities decoded, spaces collapsed; the hidden preheader left out. */
function visible(html: string): string {
  return html
    .replace(/<div style="display:none[^>]*>.*?<\/div>/, '')
    .replace(/<title>.*?<\/title>/, '')
    .replace(/<!--.*?-->/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The bars of a section: [width %, colour] of each filled cell, in order. */
function bars(html: string, sectionTitle: string): [number, string][] {
  const from = html.indexOf(`>${sectionTitle}</h2>`);
  const to = html.indexOf('<h2', from + 1);
  const part = html.slice(from, to < 0 ? undefined : to);
  return [...part.matchAll(/<td width="(\d+)%" style="(?:background|border-top:2px dashed) ?:?(#[0-9a-f]{6})/g)].map((m) => [Number(m[1]), m[2]]);
}

function modelWith(grids: Record<string, Grid>) {
  return buildDashboardSheets({
    sheets: Object.entries(grids).map(([name, grid]) => ({ name, grid })),
    settings: { ...defaultSettings({ currency: 'USD', language: 'en' }), grain: 'month' }, asOf: day(2026, 4, 10), dayOf: dayOfUtcDate, locale: 'en_US', workbookName: 'Book',
  }).model;
}

describe('the digest of March 2026 (as of 10 April 2026), English', () => {
  const d = composeDigest(marchModel('en'), { dashboardUrl: URL });
  const text = visible(d.html);

  it('subject: month and overall status, then the workbook — 1 of 2 objectives missed (revenue; leads met)', () => {
    expect(d.subject).toBe('Pilote — March 2026: 1 objective missed (Acme <b>sales</b> & co)');
  });

  it('sections in order: status, objectives missed, headline KPIs, the two charts, channels, other alerts, data check, link', () => {
    const order = ['March 2026 1 objective missed', 'Objectives missed', 'Headline KPIs', 'Revenue by month vs objective', 'Leads by channel — March 2026', 'Channels — Q1 2026', 'Other alerts', 'Data check', 'Open the dashboard'];
    const at = order.map((s) => text.indexOf(s));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
  });

  it('the missed objective with the segments that explain it', () => {
    // Revenue of March: D1 8,000 + D2 2,000 = 10,000 against 15,000: −5,000, −33 %. Each segment is
    // expected to deliver its share of Dec–Feb (Alice/LinkedIn 8,000 of 12,000, the other rep/Ads
    // 4,000): 10,000 and 5,000. Ads (and the rep) delivered 2,000: −3,000; LinkedIn (Alice) −2,000.
    // The worst of each dimension is named: Ads channel −$3k, then the rep −$3k.
    expect(text).toContain(`Missed Revenue −33% vs objective (March 2026): $10,000 for $15,000 — Ads channel −$3k, ${REP} −$3k`);
  });

  it('headline KPIs, missed first: value, objective, gap, change against February 2026 and March 2025', () => {
    const headline = text.slice(text.indexOf('Headline KPIs'), text.indexOf('Revenue by month')).trim();
    expect(headline).toBe('Headline KPIs '
      // 10,000 vs Feb 8,000 (D4): +25 %; vs Mar 2025 5,000 (D5): +100 %.
      + 'Revenue objective $15,000 · gap −$5k (−33%) vs Feb 2026 +25% · vs Mar 2025 +100% $10,000 ✗ Missed '
      // Leads created in March: L1–L4 = 4 for an objective of 3 (+1, +33 %); February: L5 only (+300 %); March 2025: none (no change).
      + 'Leads objective 3 · gap +1 (+33%) vs Feb 2026 +300% 4 ✓ Met '
      // First Won deal in March: Acme (D1), Beta (D2) = 2; February: Delta (D4) = 1; March 2025: Echo (D5) = 1.
      + 'New customers vs Feb 2026 +100% · vs Mar 2025 +100% 2 '
      // March: 2 Won (D1, D2) of 3 closed (D3 Lost) = 66.7 %; February and March 2025: 1 of 1 = 100 %: −33 %.
      + 'Win rate vs Feb 2026 −33% · vs Mar 2025 −33% 66.7% '
      // Spend of March 1,000 + 1,500 over 4 leads = 625; February 2,500 over 1 lead = 2,500: −75 %.
      + 'Cost per lead vs Feb 2026 −75% $625 '
      // 2,500 over 2 new customers = 1,250; February 2,500 over 1 = 2,500: −50 %.
      + 'Customer acquisition cost vs Feb 2026 −50% $1,250 '
      // Open today: D6 (Proposal) 10,000.
      + 'Pipeline today $10,000');
  });

  it('revenue by month as bars: from January 2026 (the first month with a sale), March in red against its dashed objective', () => {
    const chart = text.slice(text.indexOf('Revenue by month vs objective'), text.indexOf('Leads by channel')).trim();
    expect(chart).toBe('Revenue by month vs objective Jan 2026 $4k Feb 2026 $8k Mar 2026 $10k ■ Revenue ■ objective missed - - objective');
    // The longest length is the objective, 15,000: Jan 4,000 → 27 %, Feb 8,000 → 53 %, Mar 10,000 → 67 % (missed: red), objective 100 % dashed.
    expect(bars(d.html, 'Revenue by month vs objective')).toEqual([[27, '#1a73e8'], [53, '#1a73e8'], [67, '#e8847a'], [100, '#e37400']]);
  });

  it('leads by channel for March: LinkedIn 3 (L1–L3), Ads 1 (L4)', () => {
    expect(text).toContain('Leads by channel — March 2026 LinkedIn 3 Ads 1 ');
    expect(bars(d.html, 'Leads by channel — March 2026')).toEqual([[100, '#34a853'], [33, '#34a853']]);
  });

  it('channels of Q1 2026 from the dashboard’s advice: LinkedIn to capitalise on, Ads to fix', () => {
    // LinkedIn: revenue D4 + D1 = 16,000 for 3,000 of spend (5.3×); 2 new customers (Delta, Acme): CAC 1,500.
    // Ads: D7 + D2 = 6,000 for 4,500 (1.3×); 2 new customers (Golf, Beta): CAC 2,250. All: 7,500 / 4 = 1,875.
    // LinkedIn returns ≥ 3× at a CAC under the average: capitalise; Ads returns under 2×: fix.
    expect(text).toContain('Channels — Q1 2026 Worth more budget ▲ Capitalise LinkedIn: revenue 5.3× the spend, CAC $1.5k (average $1.9k) To fix or stop ◆ Fix Ads: revenue 1.3× the spend, CAC $2.3k (average $1.9k)');
  });

  it('the data check: the impossible date of L7, and the tables not found', () => {
    expect(text).toContain('Data check 1 problem in the data: the Dashboard\'s data alerts say which rows to fix. Not found in the workbook: Activities, Customers, Surveys');
  });

  it('links to the Dashboard sheet', () => {
    expect(d.html).toContain(`<a href="${URL}"`);
    expect(composeDigest(marchModel('en'), { dashboardUrl: 'javascript:alert(1)' }).html).toContain('<a href="#"');
  });

  it('the preheader inbox lists show: revenue against its objective, and the status', () => {
    expect(d.html).toContain('<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">Revenue $10,000 / $15,000 · 1 objective missed</div>');
  });

  it('plain-text alternative: the same facts', () => {
    expect(d.text.split('\n')).toEqual(expect.arrayContaining([
      'Pilote — March 2026: 1 objective missed (Acme <b>sales</b> & co)',
      `- Revenue −33% vs objective (March 2026): $10,000 for $15,000 — Ads channel −$3k, ${REP} −$3k`,
      '- Revenue: $10,000 ✗ Missed (objective $15,000, gap −$5k (−33%), vs Feb 2026 +25%, vs Mar 2025 +100%)',
      '- Pipeline: $10,000 (today)',
      '- LinkedIn: 3',
      '- ▲ Capitalise: LinkedIn: revenue 5.3× the spend, CAC $1.5k (average $1.9k)',
      `Open the dashboard: ${URL}`,
    ]));
  });
});

describe('escaping: a rep named <img src=x onerror=alert(1)>, a workbook named with tags', () => {
  const { html } = composeDigest(marchModel('en'), { dashboardUrl: URL });

  it('the user’s strings appear escaped, never as markup', () => {
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; −$3k');
    expect(html).toContain('<title>Pilote — March 2026: 1 objective missed (Acme &lt;b&gt;sales&lt;/b&gt; &amp; co)</title>');
    expect(html).toContain(`Pilote · ${'Acme &lt;b&gt;sales&lt;/b&gt; &amp; co'}`);
    expect(html).not.toMatch(/<img|onerror=alert\(1\)>|<b>/i);
  });

  it('every tag in the message is one the composer writes', () => {
    const tags = new Set([...html.replace(/<!--\[if mso\]>|<!\[endif\]-->/g, '').matchAll(/<\/?([a-zA-Z!][a-zA-Z0-9]*)/g)].map((m) => m[1].toLowerCase()));
    expect([...tags].sort()).toEqual(['!doctype', 'a', 'body', 'div', 'h1', 'h2', 'head', 'html', 'meta', 'p', 'span', 'table', 'td', 'title', 'tr']);
  });
});

describe('in French', () => {
  const d = composeDigest(marchModel('fr'), { dashboardUrl: URL });
  const text = visible(d.html);

  it('subject, heading and the missed objective', () => {
    expect(d.subject).toBe('Pilote — mars 2026\u00a0: 1 objectif manqué (Acme <b>sales</b> & co)');
    expect(text.startsWith('Pilote · Acme <b>sales</b> & co Mars 2026 1 objectif manqué Objectifs manqués')).toBe(true);
    expect(text).toContain(`Manqué Chiffre d'affaires −33 % vs objectif (mars 2026) : 10 000 € pour 15 000 € — canal Ads −3 k€, ${REP} −3 k€`);
    expect(text).toContain("Chiffre d'affaires objectif 15 000 € · écart −5 k€ (−33 %) vs févr. 2026 +25 % · vs mars 2025 +100 % 10 000 € ✗ Manqué");
  });
});

describe('status lines', () => {
  it('every objective met: "all 2 objectives met"', () => {
    const targets = [['KPI', 'Period', 'Target'], ['REVENUE', '2026-03', 9000], ['LEADS', '2026-03', 3]];
    const d = composeDigest(modelWith({ ...GRIDS, Targets: targets }), { dashboardUrl: URL });
    expect(d.subject).toBe('Pilote — March 2026: all 2 objectives met (Book)');
    expect(visible(d.html)).toContain('Objectives Every objective of March 2026 was met.');
  });

  it('no objective: says so, and where to set them', () => {
    const { Targets: _none, ...rest } = GRIDS;
    const d = composeDigest(modelWith(rest), { dashboardUrl: URL });
    expect(d.subject).toBe('Pilote — March 2026: no objective set (Book)');
    expect(visible(d.html)).toContain('Objectives No objective was set for March 2026: add them to the Targets sheet to be told what is missed and why.');
  });
});

describe('French status lines elide before a vowel', () => {
  it('"de mars", "d’avril"', () => {
    const targets = [['KPI', 'Period', 'Target'], ['REVENUE', '2026-03', 9000], ['LEADS', '2026-04', 0]];
    const fr = (asOf: number) => composeDigest(buildDashboardSheets({
      sheets: Object.entries({ ...GRIDS, Targets: targets }).map(([name, grid]) => ({ name, grid })),
      settings: { ...defaultSettings({ currency: 'EUR', language: 'fr' }), grain: 'month' }, asOf, dayOf: dayOfUtcDate, locale: 'fr_FR', workbookName: 'Book',
    }).model, { dashboardUrl: URL });
    expect(visible(fr(day(2026, 4, 10)).html)).toContain('Tous les objectifs de mars 2026 sont atteints.');
    expect(visible(fr(day(2026, 5, 10)).html)).toContain('Tous les objectifs d’avril 2026 sont atteints.');
  });
});

describe('a long tail of channels stays short', () => {
  it('seven bars, then the rest together: channel Ck with k leads in March (k = 1…12) → C12…C6, then 5 channels with 1+2+3+4+5 = 15', () => {
    const leads: Grid = [['Lead ID', 'Created', 'Channel', 'Status']];
    for (let k = 1; k <= 12; k++) for (let i = 0; i < k; i++) leads.push([`L${k}-${i}`, utc(2026, 3, 1 + i), `C${k}`, 'New']);
    const model = modelWith({ Leads: leads });
    expect(leadsByChannelOf(model)).toEqual([
      { channel: 'C12', leads: 12 }, { channel: 'C11', leads: 11 }, { channel: 'C10', leads: 10 }, { channel: 'C9', leads: 9 },
      { channel: 'C8', leads: 8 }, { channel: 'C7', leads: 7 }, { channel: 'C6', leads: 6 }, { channel: '', leads: 15, others: 5 },
    ]);
    expect(visible(composeDigest(model, { dashboardUrl: URL }).html)).toContain('C6 6 Other channels (5) 15');
  });
});

// A check on the helper itself, so a broken extraction can't make the tests above pass vacuously.
it('visible() keeps text and drops markup', () => {
  expect(visible('<p style="x">a&nbsp;&lt;b&gt;</p><div style="display:none;max-height:0">hidden</div><td>c</td>')).toBe('a <b> c');
  expect(WORKBOOK).toBe('Acme <b>sales</b> & co');
});
