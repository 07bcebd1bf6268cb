/**
 * `npm start -- FILE` as a user runs it, on files written to a temp dir: the locale told from the
 * data (or given), the tables chosen, and every error a user can act on. Figures by hand.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../src/local/cli/start';
import { loadXlsx, saveXlsx } from '../../../src/local/runtime/io/xlsx';
import { WorkbookModel } from '../../../src/local/runtime/spreadsheet';

const tmp = () => mkdtempSync(join(tmpdir(), 'pilote-cli-'));

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [], err: string[] = [];
  // The resulting workbook, preview and digest go to a temp folder, never into the repository.
  const argv = args.includes('--out') ? args : [...args, '--out', tmp()];
  const code = await main(argv, {
    out: (t) => out.push(t), err: (t) => err.push(t),
    now: () => Date.UTC(2026, 3, 10, 12), hostTimeZone: () => 'Europe/Paris',
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** A US export: "$1,500" is 1500, and 3/4/2026 is 4 March. */
const US_DEALS = `Deal ID,Customer,Created,Stage,Amount,Close date,Owner
D1,Acme,2/15/2026,Won,"$1,500",3/4/2026,Alice
D2,Beta,2/20/2026,Won,"$2,250.50",3/25/2026,Bob
D3,Gamma,3/1/2026,Lost,$900,3/28/2026,Bob
D4,Delta,3/2/2026,Discovery,"$4,000",,Alice
`;

describe('npm start on a user\'s export', () => {
  it('a US CSV: the locale is told from the data (en_US), amounts in dollars, month-first dates', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'Deals.csv'), US_DEALS);
    const r = await cli(dir, '--as-of', '2026-04-10');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Locale: en_US (United States), told from the data: $ in 4 amounts or formats; decimal point ($2,250.50); dates month first (2/15/2026); English headers. Give --locale to change it.');
    expect(r.out).toContain("Time zone: Europe/Paris (this computer's; give --time-zone to change it)");
    expect(r.out).toContain('Currency: USD (the locale\'s)');
    // March revenue: D1 (4 March) 1500 + D2 (25 March) 2250.50 = 3750.50, shown $3,751. Read as
    // fr_FR (before issue 9) it was €13.50; read day first, D1 would fall in April: $2,251.
    expect(r.out).toMatch(/KPI\s+Mar 2026[\s\S]*\nRevenue\s+\$3,751/);
    // Today's pipeline (D4) shows in the month in progress.
    expect(r.out).toMatch(/Pipeline(\s+—){3}\s+\$4,000/);
  });

  it('a single .csv file is accepted; --locale es_MX reads "12,500" as 12500, de_CH "1.250" as 1.25', async () => {
    const dir = tmp();
    const file = join(dir, 'ventas.csv');
    writeFileSync(file, 'Deal ID,Stage,Amount,Close date\nD1,Won,"12,500",2026-03-04\nD2,Won,"1.250",2026-03-05\n');
    // es_MX: 12500 + 1.25 (one dot before three digits is es_MX's decimal point) = 12501.25.
    const mx = await cli(file, '--locale', 'es_MX', '--as-of', '2026-04-10');
    expect(mx.code).toBe(0);
    expect(mx.out).toContain('Locale: es_MX (Mexico), as given');
    expect(mx.out).toContain('Currency: MXN');
    expect(mx.out).toMatch(/Revenue\s+MXN\u00a012,501/);
    // de_CH: "12,500" is ambiguous there (the comma is neither its decimal nor its thousands
    // separator): left out and reported; "1.250" is 1.25.
    const ch = await cli(file, '--locale', 'de_CH', '--as-of', '2026-04-10');
    expect(ch.out).toMatch(/Revenue\s+CHF\s?1\.25|Revenue\s+1\.25\s?CHF/);
    expect(ch.out).toContain('ventas row 2, Amount: "12,500" ambiguous in de_CH');
  });

  it('two sheets look like Deals: the one named "Deals" is read, --table chooses the other', async () => {
    const file = join(tmp(), 'book.xlsx');
    const row = (id: string, amount: number) => [id, 'Won', amount, new Date(Date.UTC(2026, 2, 10))];
    await saveXlsx(WorkbookModel.fromGrids({
      'Deals archive': [['Deal ID', 'Stage', 'Amount', 'Close date'], row('A1', 100), row('A2', 100)],
      Deals: [['Deal ID', 'Stage', 'Amount', 'Close date'], row('D1', 7000)],
    }, { timeZone: 'Europe/Paris', locale: 'en_GB' }), file);
    const r = await cli(file, '--as-of', '2026-04-10', '--locale', 'en_GB');
    expect(r.out).toContain('Deals: sheet "Deals" (named like the table, rather than "Deals archive")');
    expect(r.out).toMatch(/Revenue\s+£7,000/);
    const a = await cli(file, '--as-of', '2026-04-10', '--locale', 'en_GB', '--table', 'deals=Deals archive');
    expect(a.out).toContain('Deals: sheet "Deals archive" (as you asked; "Deals" also looks like it)');
    expect(a.out).toMatch(/Revenue\s+£200/);
  });

  it('text dates that fit both orders, with no --locale: read in the guessed order and flagged by the data check', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'Deals.csv'), 'Deal ID,Stage,Amount,Close date\nD1,Won,$10.00,3/4/2026\n');
    const r = await cli(dir, '--as-of', '2026-04-10');
    expect(r.out).toContain('text dates such as 3/4/2026 fit both orders: read month first and flagged');
    expect(r.out).toContain('Deals row 2, Close date: "3/4/2026" ambiguous date: read month first as 2026-03-04; day first it is 2026-04-03');
  });
});

describe('errors a user can act on (no stack trace, non-zero exit, never the sample instead)', () => {
  const noTrace = (err: string) => {
    expect(err).not.toMatch(/\n\s+at /);
    expect(err).not.toMatch(/Error:|ENOENT|zip|CsvError|Quote Not Closed/);
  };
  it('a missing path', async () => {
    const r = await cli(join(tmp(), 'nope.xlsx'));
    expect([r.code, r.out]).toEqual([1, '']);
    expect(r.err).toMatch(/^Pilote: no file or folder at .*nope\.xlsx$/);
  });
  it('a corrupt .xlsx and an empty one', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'bad.xlsx'), 'this is not a zip file at all');
    writeFileSync(join(dir, 'empty.xlsx'), '');
    const bad = await cli(join(dir, 'bad.xlsx'));
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/bad\.xlsx can't be read as an \.xlsx workbook: it may be damaged/);
    noTrace(bad.err);
    const empty = await cli(join(dir, 'empty.xlsx'));
    expect(empty.err).toMatch(/empty\.xlsx is empty \(0 bytes\)/);
    const blank = join(dir, 'blank.xlsx');
    await saveXlsx(WorkbookModel.fromGrids({ Sheet1: [] }), blank);
    expect((await cli(blank)).err).toMatch(/blank\.xlsx has no data: every sheet is empty \("Sheet1"\)/);
  });
  it('a CSV with an unclosed quote names the file and the line where the quote opens', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'Deals.csv'), 'Deal ID,Stage,Amount\nD1,Won,10\nD2,"Won,20\nD3,Lost,5\n');
    const r = await cli(dir);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`Pilote: ${join(dir, 'Deals.csv')}, line 3: a quoted field opens with " and is never closed (add the closing ", or double a " inside a quoted field: "")`);
    noTrace(r.err);
  });
  it('no recognised table: each sheet with its first row, and the headers expected', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'contacts.csv'), 'Name,Email\nAda,ada@example.com\n');
    const r = await cli(dir);
    expect(r.code).toBe(1);
    expect(r.err).toContain('no Pilote table found in');
    expect(r.err).toContain('"contacts": Name, Email');
    expect(r.err).toContain('Deals: Stage (Stage, Étape, Statut, Status)');
    expect(r.err).toContain('Spend: Month (Date, Month, Mois, Période, Period) and Amount (Amount, Montant, Cost, Coût, Spend, Dépense)');
  });
  it('an unknown option, --lang de, a bad --table: the usage, exit 2, and no report', async () => {
    for (const argv of [['--bogus'], ['--lang', 'de'], ['--table', 'invoices=X'], ['--locale', 'xx_YY'], ['--time-zone', 'Mars/Base']]) {
      const r = await cli(...argv);
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toContain('Usage: npm start -- [FILE] [options]');
    }
    expect((await cli('--lang', 'de')).err).toMatch(/^Pilote: --lang must be en or fr, not "de"/);
    expect((await cli('--bogus')).err).toMatch(/^Pilote: unknown option --bogus/);
    expect((await cli('--locale', 'fr_XX')).err).toMatch(/unknown locale "fr_XX"; did you mean fr_CA, fr_FR, /);
  });
  it('--table naming no sheet', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'Deals.csv'), US_DEALS);
    const r = await cli(dir, '--table', 'deals=Pipe');
    expect(r.code).toBe(1);
    expect(r.err).toBe('Pilote: --table: no sheet named "Pipe" for the Deals table (sheets: "Deals")');
  });
  it('another file type', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'book.ods'), 'x');
    expect((await cli(join(dir, 'book.ods'))).err).toBe('Pilote: book.ods is a .ods file; Pilote reads an .xlsx file, a .csv file, or a folder of .csv files (in Google Sheets: File › Download)');
  });
});

describe('the built CLI (node dist/start.js), as npm start runs it', () => {
  beforeAll(() => {
    if (!existsSync('dist/start.js')) execFileSync(process.execPath, ['esbuild.config.mjs', 'tools']);
  });
  it('prints the report of a CSV folder and exits 0; an unknown option exits 2 without running the sample', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'export'));
    writeFileSync(join(dir, 'export', 'Deals.csv'), US_DEALS);
    // --out: a test writes nothing into the repository (pilote-output/ is the user's).
    const out = join(dir, 'out');
    const ok = spawnSync(process.execPath, ['dist/start.js', join(dir, 'export'), '--as-of', '2026-04-10', '--time-zone', 'America/New_York', '--out', out], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(existsSync(join(out, 'export-pilote.xlsx'))).toBe(true);
    expect(ok.stdout).toContain('Time zone: America/New_York (as given)');
    expect(ok.stdout).toMatch(/Revenue\s+\$3,751/);
    const bad = spawnSync(process.execPath, ['dist/start.js', '--sample-please'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/^Pilote: unknown option --sample-please/);
  });
});

describe('what npm start leaves to look at', () => {
  it('the sample: the headline table and alerts printed; the workbook, its HTML preview and the digest saved', async () => {
    const out = tmp();
    const r = await cli('--as-of', '2026-11-25', '--lang', 'fr', '--out', out);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Indicateur\s+oct\. 2026/);
    expect(r.out).toContain('Contrôle des données');
    for (const f of ['pilote-sample.xlsx', 'preview/index.html', 'preview/01-tableau-de-bord.html', 'digest.html', 'digest.txt']) expect(existsSync(join(out, f))).toBe(true);
    expect(readFileSync(join(out, 'digest.txt'), 'utf8')).toMatch(/^Pilote — octobre 2026\u00a0: \d+ objectifs? manqués? \(Pilote — classeur d’exemple\)/);
    // The saved workbook holds the generated sheets first, then the sample's.
    const saved = await loadXlsx(join(out, 'pilote-sample.xlsx'));
    expect(saved.sheets.slice(0, 2).map((s) => s.name)).toEqual(['Tableau de bord', 'Acquisition']);
    expect(saved.sheets.map((s) => s.name)).toContain('Opportunités');
  });

  it('a user’s workbook is never modified: the result is a new file', async () => {
    const dir = tmp();
    const file = join(dir, 'book.xlsx');
    await saveXlsx(WorkbookModel.fromGrids({ Deals: [['Deal ID', 'Stage', 'Amount', 'Close date'], ['D1', 'Won', 7000, new Date(Date.UTC(2026, 2, 10))]] }, { locale: 'en_GB' }), file);
    const before = readFileSync(file);
    const out = tmp();
    const r = await cli(file, '--as-of', '2026-04-10', '--locale', 'en_GB', '--out', out);
    expect(r.code).toBe(0);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(existsSync(join(out, 'book-pilote.xlsx'))).toBe(true);
  });
});
