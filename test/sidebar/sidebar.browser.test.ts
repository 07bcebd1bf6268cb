/**
 * The sidebar as a founder uses it: build/Sidebar.html in Debian's Chromium at 300 px, its
 * google.script.run bridged to build/Code.js in the local runtime (scriptRunBridge.ts), checked
 * on the page and through the runtime. Screenshots go to test/artifacts/ (git-ignored);
 * `UPDATE_DOCS=1` also writes the README's docs/sidebar.png.
 * Behaviour from developers.google.com/apps-script/guides/html/communication and
 * …/reference/base/ui#showSidebar(Object).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { harness, day, type HostGrid } from '../addon/harness';
import { ARTIFACTS, launch, openSidebarPage, runBrowser, screenshot, type SidebarPage } from './sidebarBrowser';

if (!runBrowser) console.warn('Skipping the sidebar browser tests: /usr/bin/chromium is absent (apt-get install chromium).');
const describeBrowser = runBrowser ? describe : describe.skip;

// 25 Nov 2026, 10:00 in Paris.
const NOW = Date.UTC(2026, 10, 25, 9, 0);
const XSS = '<img src=x onerror=alert(1)>';

const text = (page: Page, selector: string) => page.locator(selector).first().innerText();
const texts = (page: Page, selector: string) => page.locator(selector).allInnerTexts();

/** Opens one section (closing the others) and scrolls it to the top. */
async function openSection(page: Page, id: string): Promise<void> {
  await page.evaluate(`document.querySelectorAll('details.section').forEach(function (d) { d.open = d.id === 'section-${id}'; })`);
  await page.evaluate(`document.getElementById('section-${id}').scrollIntoView()`);
  await page.mouse.move(5, 757);
}

/** Waits until no server call runs (the controls are enabled again). */
async function idle(page: Page): Promise<void> {
  await page.waitForFunction('!document.getElementById("controls").disabled && !document.body.hasAttribute("aria-busy")');
}

describeBrowser('the sidebar on the sample workbook (en_US)', () => {
  let browser: Browser;
  let sp: SidebarPage;
  let page: Page;
  const h = harness({}, { timeZone: 'Europe/Paris', locale: 'en_US', userLocale: 'en', now: () => NOW });
  const shots: string[] = [];

  beforeAll(async () => {
    h.addon.onOpen({ authMode: 'LIMITED' });
    h.addon.runMenuItem('Insert sample data');
    h.addon.runMenuItem('Open Pilote');
    browser = await launch();
    sp = await openSidebarPage(browser, h.rt, h.addon, 760);
    page = sp.page;
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens at 300 px and shows the data status: each table, its sheet and rows, no problem on the sample', async () => {
    expect(await page.evaluate('window.innerWidth')).toBe(300);
    expect(await page.evaluate('document.documentElement.lang')).toBe('en');
    const rows = (name: string) => h.rt.globals().SpreadsheetApp.getActive().getSheetByName(name)!.getLastRow() - 1;
    expect(await texts(page, '.table-card .table-name')).toEqual(['Leads', 'Deals', 'Activities', 'Spend', 'Customers', 'Surveys', 'Targets']);
    expect(await text(page, '[data-table="deals"] .table-rows')).toBe(`${rows('Deals')} rows`);
    expect(await text(page, '[data-table="leads"] .table-rows')).toBe(`${rows('Leads').toLocaleString('en-US')} rows`);
    expect(await text(page, '#section-status .section-meta')).toBe('7/7 tables · no problem');
    // Unfold Deals' columns: the header recognised for each field.
    await page.click('[data-table="deals"] .toggle');
    expect((await texts(page, '[data-table="deals"] .fields li')).slice(0, 2)).toEqual(['Deal ID ← “Deal ID”', 'Customer ← “Customer”']);
    shots.push(await screenshot(page, 'sidebar-status.png'));
  });

  it('settings: a bad value is refused by the server, named, and nothing is saved; then a fixed setting is saved', async () => {
    await openSection(page, 'settings');
    const discovery = page.locator('.stage-row', { has: page.locator('input.stage-name[value="Discovery"]') }).locator('.stage-pct');
    await discovery.fill('150');
    await page.click('.settings-form button[type="submit"]');
    await idle(page);
    expect(await text(page, '.field-error[data-field="stageProbabilities"]')).toBe('Stage chances: the chance of stage "Discovery" must be between 0 and 100 %');
    expect(await text(page, '#banner')).toContain('Nothing was saved: fix the fields marked in red.');
    expect(h.rt.properties.get('document', 'pilote.settings')).toBeNull();
    await page.locator('.field-error[data-field="stageProbabilities"]').scrollIntoViewIfNeeded();
    await screenshot(page, 'sidebar-settings-refused.png');

    await discovery.fill('15');
    await page.check('.settings-form input[type="radio"][value="quarter"]');
    await page.uncheck('.settings-form input[name="kpis"][value="CAC"]');
    expect(await text(page, '.kpi-count')).toBe('7 chosen (5 to 10)');
    await page.selectOption('.settings-form select[name="currency"]', 'EUR');
    await page.click('.settings-form button[type="submit"]');
    await idle(page);
    expect(await text(page, '#footer-status')).toBe('Settings saved. Generate the dashboard to see them.');
    expect(await texts(page, '#banner')).toEqual(['']);
    const saved = JSON.parse(h.rt.properties.get('document', 'pilote.settings')!);
    expect(saved).toMatchObject({ grain: 'quarter', currency: 'EUR', kpis: ['REVENUE', 'NEW_CUSTOMERS', 'WIN_RATE', 'PIPELINE', 'LEADS', 'CPL', 'CHURN'] });
    expect(saved.stageProbabilities.Discovery).toBeCloseTo(0.15, 10);
    expect(await text(page, '#section-settings .section-meta')).toBe('Quarter · 7 KPIs');
    await openSection(page, 'settings');
    shots.push(await screenshot(page, 'sidebar-settings.png'));
  });

  it('objectives: adds one, stored in the Targets sheet under the rows typed by hand', async () => {
    const before = h.rt.globals().SpreadsheetApp.getActive().getSheetByName('Targets')!.getDataRange().getValues();
    await openSection(page, 'objectives');
    await page.click('[data-action="add-objective"]');
    await page.selectOption('.target-editor select[name="kpi"]', 'REVENUE');
    await page.fill('.target-editor input[name="period"]', '2026-Q4');
    await page.fill('.target-editor input[name="target"]', '150 000');
    await page.selectOption('.target-editor select[name="filterColumn"]', 'Region');
    await page.fill('.target-editor input[name="filterValue"]', 'Export');
    shots.push(await screenshot(page, 'sidebar-objective-editor.png'));
    await page.click('.target-editor button[type="submit"]');
    await idle(page);
    const after = h.rt.globals().SpreadsheetApp.getActive().getSheetByName('Targets')!.getDataRange().getValues();
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.slice(before.length)).toEqual([['REVENUE', '2026-Q4', 150000, 'Region', 'Export']]);
    expect(await text(page, '#footer-status')).toBe(`Objective added to “Targets”, row ${after.length}.`);
    // The quarter in progress is on the dashboard: the new objective is listed, formatted in euros.
    const item = page.locator(`li.target[data-row="${after.length}"]`);
    expect(await item.locator('.target-value').innerText()).toBe('at least €150,000');
    expect(await item.locator('.small').first().innerText()).toBe(`Q4 2026 · Region = Export · row ${after.length}`);
  });

  it('Generate: controls disabled and progress shown while it runs; then the summary; the Dashboard and its charts exist', async () => {
    await page.evaluate('window.scrollTo(0, 0)');
    const during = await page.evaluate(`(function () {
      document.getElementById('generate').click();
      return [document.getElementById('controls').disabled, document.getElementById('progress').hidden, document.getElementById('footer-status').textContent];
    })()`);
    expect(during).toEqual([true, false, 'Generating the dashboard… 0 s']);
    await page.waitForSelector('.result-card');
    await idle(page);
    const ss = h.rt.globals().SpreadsheetApp.getActive();
    const tagged = ss.createDeveloperMetadataFinder().withKey('pilote.generated').find().map((m) => m.getLocation().getSheet()!.getName());
    expect(tagged[0]).toBe('Dashboard');
    expect(ss.getSheetByName('Dashboard')!.getCharts().length).toBeGreaterThan(0);
    expect(await text(page, '.sheets-list')).toBe(h.rt.workbook.sheets.filter((s) => tagged.includes(s.name)).map((s) => s.name).join(' · '));
    const chips = await texts(page, '.result-card .chip');
    expect(chips.slice(0, 3).map((c) => c.replace(/^\d+ /, ''))).toEqual(['met', 'missed', 'at risk']);
    expect(await text(page, '#generate')).toBe('Update dashboard');
    expect(sp.bridge.calls.map((c) => c.name)).toContain('refreshDashboard');
    shots.push(await screenshot(page, 'sidebar-generated.png'));
  });

  it('monthly digest: saved (its daily trigger installed), then a test is sent to the user', async () => {
    await openSection(page, 'digest');
    expect(await page.inputValue('.digest-form textarea[name="recipients"]')).toBe('founder@example.com');
    await page.check('.digest-form input[name="enabled"]');
    await page.selectOption('.digest-form select[name="day"]', '5');
    await page.selectOption('.digest-form select[name="hour"]', '9');
    await page.fill('.digest-form textarea[name="recipients"]', 'founder@example.com\ncfo@example.com');
    await page.click('.digest-form button[type="submit"]');
    await idle(page);
    expect(JSON.parse(h.rt.properties.get('document', 'pilote.digest')!)).toMatchObject({ enabled: true, day: 5, hour: 9, recipients: ['founder@example.com', 'cfo@example.com'], language: 'en', refreshFirst: true });
    expect(h.rt.triggers.list()).toHaveLength(1);
    expect(await text(page, '#section-digest .section-meta')).toBe('On · day 5, 09:00');
    await page.click('[data-action="send-test"]');
    await idle(page);
    expect(await text(page, '#footer-status')).toBe('Test digest sent to founder@example.com.');
    expect(h.rt.mail.sent.map((m) => m.to)).toEqual([['founder@example.com']]);
    await openSection(page, 'digest');
    shots.push(await screenshot(page, 'sidebar-digest.png'));
  });

  it('needed nothing from the network (Google’s add-on stylesheet was refused and the page still worked); no script error, no dialog', () => {
    expect(sp.requests).toEqual(['https://ssl.gstatic.com/docs/script/css/add-ons1.css']);
    expect(sp.errors).toEqual([]);
    expect(sp.dialogs).toEqual([]);
  });

  it('the screenshots side by side (docs/sidebar.png with UPDATE_DOCS=1)', async () => {
    const montage = await browser.newPage({ viewport: { width: 4 * 300 + 5 * 16, height: 760 + 32 }, deviceScaleFactor: 1 });
    const imgs = ['sidebar-status.png', 'sidebar-settings.png', 'sidebar-generated.png', 'sidebar-digest.png']
      .map((f) => `<img src="data:image/png;base64,${fs.readFileSync(path.join(ARTIFACTS, f)).toString('base64')}" style="width:300px;height:760px;margin:16px 0 16px 16px;box-shadow:0 1px 4px rgba(0,0,0,.25)">`);
    await montage.setContent(`<body style="margin:0;background:#e8eaed;display:flex">${imgs.join('')}</body>`);
    const out = process.env.UPDATE_DOCS ? path.resolve(__dirname, '..', '..', 'docs', 'sidebar.png') : path.join(ARTIFACTS, 'sidebar-montage.png');
    fs.mkdirSync(path.dirname(out), { recursive: true });
    await montage.screenshot({ path: out });
    await montage.close();
    expect(fs.statSync(out).size).toBeGreaterThan(10_000);
  });
});

/** A workbook a founder might really have: French, bad cells, and text that looks like HTML. */
const MESSY: Record<string, HostGrid> = {
  Opportunités: [
    ['ID Opportunité', 'Client', 'Étape', 'Montant', 'Date de clôture', 'Responsable'],
    ['O-1', 'Acme', 'Gagné', 1200, day(2026, 10, 3), XSS],
    ['O-2', 'Beta', 'Gagné', 'mille', day(2026, 10, 9), 'Chloé'],
    ['O-3', 'Gamma', 'Proposition', 800, '', XSS],
    ['O-4', 'Delta', 'Gagné', 300, '#REF!', 'Chloé'],
  ],
  Leads: [
    ['Lead ID', 'Date de création', 'Canal', 'Statut', 'Responsable'],
    ['L-1', day(2026, 11, 2), 'LinkedIn', 'MQL', XSS],
    ['L-2', '', 'Site web', 'Nouveau', 'Chloé'],
  ],
  Objectifs: [
    ['KPI', 'Période', 'Objectif', 'Colonne filtre', 'Valeur filtre'],
    ['REVENUE', '2026-11', 5000, 'Responsable', XSS],
  ],
  '<b>Notes</b>': [['<script>alert(2)</script>'], ['à rappeler']],
};

describeBrowser('the sidebar on a messy French workbook', () => {
  let browser: Browser;
  let sp: SidebarPage;
  let page: Page;
  const h = harness(MESSY, { timeZone: 'Europe/Paris', locale: 'fr_FR', userLocale: 'fr', now: () => NOW });

  beforeAll(async () => {
    h.addon.onOpen({ authMode: 'LIMITED' });
    h.addon.runMenuItem('openSidebar');
    browser = await launch();
    sp = await openSidebarPage(browser, h.rt, h.addon, 760);
    page = sp.page;
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('speaks French (the spreadsheet’s locale) and lists each problem with its sheet row', async () => {
    expect(await text(page, '#section-status .section-title')).toBe('État des données');
    expect(await text(page, '#generate')).toBe('Générer le tableau de bord');
    const deals = page.locator('[data-table="deals"]');
    // No Created column (the headers, row 1: the sales cycle can't be computed), "mille", #REF!.
    expect(await deals.locator('.problems-title').innerText()).toBe('3 problèmes sur 3 lignes');
    expect(await deals.locator('button.problem').allInnerTexts()).toEqual(['En-têtes', 'Ligne 3 · Montant · “mille”', 'Ligne 5 · Date de clôture · “#REF!”']);
    expect(await page.locator('[data-table="leads"] button.problem').allInnerTexts()).toEqual(['Ligne 3 · Date de création']);
    await screenshot(page, 'sidebar-messy-status-fr.png');
  });

  it('shows "<img src=x onerror=alert(1)>" (an owner) and "<b>Notes</b>" (a sheet) as text, and runs no script', async () => {
    expect(await page.locator('.table-card, .block').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('<b>Notes</b> — ligne 1 : <script>alert(2)</script>')]));
    await openSection(page, 'objectives');
    await page.selectOption('select[name="show"]', 'all');
    expect(await page.locator('li.target .small').first().innerText()).toBe(`novembre 2026 · Responsable = ${XSS} · ligne 2`);
    await page.click('[data-action="add-objective"]');
    await page.selectOption('.target-editor select[name="filterColumn"]', 'Responsable');
    expect(await page.locator('.target-editor datalist.segment-values option').evaluateAll((os) => os.map((o) => (o as unknown as { value: string }).value))).toEqual([XSS, 'Chloé']);
    expect(await page.evaluate('document.querySelectorAll("#main img, #main b, #main script").length')).toBe(0);
    await page.waitForTimeout(100);
    expect(sp.dialogs).toEqual([]);
    expect(sp.errors).toEqual([]);
    // Nothing but the page and Google's stylesheet (refused): an <img src=x> would have fetched "x".
    expect(sp.requests).toEqual(['https://ssl.gstatic.com/docs/script/css/add-ons1.css']);
  });

  it('a click on a problem selects the cell in the sheet', async () => {
    await openSection(page, 'status');
    await page.click('[data-table="deals"] button.problem[data-row="3"]');
    await idle(page);
    const ss = h.rt.globals().SpreadsheetApp.getActive();
    expect([ss.getActiveSheet().getName(), ss.getActiveRange()!.getA1Notation()]).toEqual(['Opportunités', 'D3']);
    expect(await text(page, '#footer-status')).toBe('Opportunités!D3 sélectionnée.');
  });

  it('"Préparer les feuilles" creates only the missing sheets, and the status shows them', async () => {
    const before = JSON.stringify(h.rt.workbook.sheet('Opportunités').values.rows);
    await page.click('#set-up');
    await idle(page);
    expect(h.rt.workbook.sheets.map((s) => s.name)).toEqual(['Opportunités', 'Leads', 'Objectifs', '<b>Notes</b>', 'Activités', 'Dépenses', 'Clients', 'Enquêtes']);
    expect(JSON.stringify(h.rt.workbook.sheet('Opportunités').values.rows)).toBe(before);
    expect(await text(page, '#footer-status')).toBe('Onglets créés : Activités, Dépenses, Clients, Enquêtes. Déjà présents, laissés tels quels : Leads, Opportunités, Objectifs.');
    // 1 in Leads, 3 in Opportunités, and each new sheet has no data row yet (4).
    expect(await text(page, '#section-status .section-meta')).toBe('7/7 tables · 8 problèmes');
  });

  it('a refresh that can’t run says what to do in the banner, with no stack, and gives the controls back', async () => {
    h.rt.locks.holdAsOtherExecution('document');
    await page.click('#generate');
    await idle(page);
    expect(await text(page, '#banner .banner-text')).toBe('Le tableau de bord est en cours d’actualisation (par un autre éditeur ou par le résumé mensuel). Patientez une minute, puis actualisez à nouveau.');
    expect(await page.isEnabled('#generate')).toBe(true);
    expect(sp.errors).toEqual([]);
    await screenshot(page, 'sidebar-error-fr.png');
  });
});

describeBrowser('the sidebar’s stage chances: a stage is matched as the core matches it', () => {
  let browser: Browser;
  let page: Page;
  // The Deals sheet says "Proposal sent"; the settings name it "Proposal-sent": the core's key
  // (normalizeKey: case, accents and punctuation aside) makes them one stage.
  const h = harness({
    Deals: [
      ['Deal ID', 'Customer', 'Stage', 'Amount', 'Close date'],
      ['D-1', 'Acme', 'Proposal sent', 1200, day(2026, 12, 3)],
      ['D-2', 'Beta', 'Won', 800, day(2026, 10, 9)],
    ],
  }, { timeZone: 'Europe/Paris', locale: 'en_US', userLocale: 'en', now: () => NOW });

  beforeAll(async () => {
    h.rt.properties.set('document', 'pilote.settings', JSON.stringify({ stageProbabilities: { 'Proposal-sent': 0.5, Discovery: 0.1 } }));
    h.addon.onOpen({ authMode: 'LIMITED' });
    h.addon.runMenuItem('openSidebar');
    browser = await launch();
    page = (await openSidebarPage(browser, h.rt, h.addon, 760)).page;
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('"Proposal-sent" in the settings is the Deals sheet’s "Proposal sent": listed with the stages found, not reported as unlisted', async () => {
    await openSection(page, 'settings');
    const shown = await page.locator('.settings-form .form-group > .stage-rows .stage-name').evaluateAll((es) => es.map((e) => (e as unknown as { value: string }).value));
    expect(shown).toEqual(['Proposal-sent']);
    const folded = await page.locator('.settings-form .more-stages .stage-name').evaluateAll((es) => es.map((e) => (e as unknown as { value: string }).value));
    expect(folded).toEqual(['Discovery']);
    expect(await page.locator('#section-settings').innerText()).not.toContain('In your Deals but not listed');
  });
});
