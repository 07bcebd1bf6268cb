/**
 * `npm start`: Pilote's main job — the KPI table of the last full month and quarter, each KPI
 * against its objective, with the previous period and a year before, then the data check — on
 * the bundled sample workbook or on an exported one:
 *   npm start -- --lang fr --as-of 2026-11-25
 *   npm start -- path/to/workbook.xlsx --locale en_US --table deals=Pipeline
 * The steps live in small modules (options, loadWorkbook, workbookTables) so that other entry
 * points can reuse them; `main` only sequences them and prints.
 */
import { parseDay } from '../../core/cells/date';
import { dayFromYmd, dayOfUtcDate } from '../../core/dates/day';
import { localeInfo, LocaleInfo } from '../../core/format/locale';
import type { KpiTables } from '../../core/kpi/types';
import { buildReport } from '../../core/report/buildReport';
import { reportText } from '../../core/render/reportText';
import { generateSample } from '../../core/sample';
import { describeChoice } from '../../core/tables/chooseTables';
import { expectedHeaders } from '../../core/tables/recognise';
import { TABLE_KINDS } from '../../core/tables/schema';
import { wallClockOf } from '../runtime/infra/timeZone';
import { CliError } from './cliError';
import { loadWorkbook } from './loadWorkbook';
import { CliOptions, parseOptions, USAGE } from './options';
import { sampleTables } from './sampleTables';
import { workbookLocale, workbookTables } from './workbookTables';

/** Where main writes, and the clock and zone of this computer (tests give their own). */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  now(): number;
  hostTimeZone(): string;
}

const processIo: CliIo = {
  out: (t) => process.stdout.write(`${t}\n`),
  err: (t) => process.stderr.write(`${t}\n`),
  now: () => Date.now(),
  hostTimeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
};

/** Runs `npm start -- …argv`; returns the exit code: 0, 1 (the file or its data), 2 (the command line). */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  let options: CliOptions | undefined;
  try {
    options = parseOptions(argv);
    if (options.help) { io.out(USAGE); return 0; }
    await run(options, io);
    return 0;
  } catch (e) {
    if (e instanceof CliError) {
      io.err(`Pilote: ${e.message}`);
      if (e.usage) io.err(`\n${USAGE}`);
      return e.usage ? 2 : 1;
    }
    // A bug, not the user's doing: no raw message or stack unless asked for.
    io.err(`Pilote: unexpected error${options?.path ? ` while reading ${options.path}` : ''}; run again with PILOTE_DEBUG=1 to see the details, and please report it.`);
    if (process.env.PILOTE_DEBUG) io.err(String((e as Error).stack ?? e));
    return 70;
  }
}

async function run(o: CliOptions, io: CliIo): Promise<void> {
  const timeZone = o.timeZone ?? io.hostTimeZone();
  const zoneWhy = o.timeZone ? 'as given' : "this computer's; give --time-zone to change it";
  const today = wallClockOf(io.now(), timeZone);
  let asOf = dayFromYmd(today.year, today.month, today.day)!;
  if (o.asOf !== undefined) {
    const d = parseDay(o.asOf, dayOfUtcDate, 'YMD');
    if (typeof d !== 'number') throw new CliError(`--as-of must be a date such as 2026-11-25, not ${JSON.stringify(o.asOf)}`, true);
    asOf = d;
  }

  let tables: KpiTables;
  let locale: LocaleInfo;
  if (o.path === undefined) {
    if (Object.keys(o.tables).length > 0) throw new CliError('--table chooses sheets of a workbook FILE, and none was given', true);
    const language = o.language ?? o.locale?.language ?? 'en';
    locale = o.locale ?? localeInfo(language === 'fr' ? 'fr_FR' : 'en_US');
    tables = sampleTables(generateSample({ asOf, language }), locale);
    io.out(language === 'fr' ? 'Pilote — classeur d’exemple\n' : 'Pilote — sample workbook\n');
    // The sample's amounts are euros unless a locale says otherwise.
    io.out(reportText(buildReport(tables, { asOf }), { language, currency: o.locale?.currency ?? 'EUR' }));
    return;
  }

  const { model, what } = await loadWorkbook(o.path, timeZone);
  const guess = o.locale ? { locale: o.locale, dateOrderKnown: true, reasons: [] } : workbookLocale(model);
  locale = guess.locale;
  const read = workbookTables(model, { locale, dateOrderKnown: guess.dateOrderKnown, overrides: o.tables });
  if (read.choice.problems.length > 0) throw new CliError(`--table: ${read.choice.problems.join('; ')}`);
  if (Object.keys(read.tables).length === 0) throw new CliError(noTableMessage(o.path, read.choice.unrecognised));
  const language = o.language ?? locale.language;

  const lines = [`Pilote — ${o.path} (${what})`];
  lines.push(o.locale
    ? `Locale: ${locale.id} (${locale.name}), as given`
    : `Locale: ${locale.id} (${locale.name}), told from the data: ${guess.reasons.join('; ')}. Give --locale to change it.`);
  lines.push(`Time zone: ${timeZone} (${zoneWhy})`);
  lines.push(`Currency: ${locale.currency} (the locale's)`);
  lines.push('Tables:');
  for (const kind of TABLE_KINDS) {
    const c = read.choice.chosen[kind];
    if (c) lines.push(`  ${describeChoice(c)}${c.reason === 'first' ? `; choose with --table ${kind}=SHEET` : ''}`);
  }
  for (const s of read.choice.unrecognised) lines.push(`  Not a Pilote table: "${s.name}" (first row: ${s.firstRow.length ? s.firstRow.join(', ') : 'empty'})`);
  io.out(`${lines.join('\n')}\n`);
  io.out(reportText(buildReport(read.tables, { asOf }), { language, currency: locale.currency }));
}

function noTableMessage(path: string, sheets: { name: string; firstRow: string[] }[]): string {
  return [
    `no Pilote table found in ${path}. Its sheets and their first rows:`,
    ...sheets.map((s) => `  "${s.name}": ${s.firstRow.length ? s.firstRow.join(', ') : '(empty)'}`),
    'Pilote recognises a table by the headers of its first row (English or French), e.g.:',
    ...TABLE_KINDS.map((k) => `  ${expectedHeaders(k)}`),
    'Rename the headers, or see the README (Tables) for every header Pilote knows.',
  ].join('\n');
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
}
