/**
 * `npm start`: Pilote's main job — the built add-on run in the local runtime on the bundled sample
 * workbook (a new workbook, "Insert sample data", "Refresh dashboard") or on an exported one: it
 * prints the headline table and the alerts, and saves the resulting workbook, an HTML preview of
 * the generated sheets and the monthly digest in an output folder:
 *   npm start -- --lang fr --as-of 2026-11-25
 *   npm start -- path/to/workbook.xlsx --locale en_US --table deals=Pipeline
 * The steps live in small modules (options, loadWorkbook, workbookTables) so that other entry
 * points can reuse them; `main` only sequences them and prints.
 */
import { parseDay } from '../../core/cells/date';
import * as path from 'node:path';
import { dayOfUtcDate, ymdOfDay } from '../../core/dates/day';
import { localeInfo } from '../../core/format/locale';
import { describeChoice } from '../../core/tables/chooseTables';
import { expectedHeaders } from '../../core/tables/recognise';
import { TABLE_KINDS } from '../../core/tables/schema';
import { wallClockOf } from '../runtime/infra/timeZone';
import { CliError } from './cliError';
import { loadWorkbook } from './loadWorkbook';
import { CliOptions, parseOptions, USAGE } from './options';
import { runAddon } from './runAddon';
import { workbookLocale, workbookTables, type WorkbookRead } from './workbookTables';
import { writeOutputs } from './writeOutputs';
import { checkTables } from '../../core/check/checkTables';
import { dataCheckLines } from '../../core/render/reportText';
import { WorkbookModel } from '../runtime/spreadsheet';

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
  let asOf = { year: today.year, month: today.month, day: today.day };
  if (o.asOf !== undefined) {
    const d = parseDay(o.asOf, dayOfUtcDate, 'YMD');
    if (typeof d !== 'number') throw new CliError(`--as-of must be a date such as 2026-11-25, not ${JSON.stringify(o.asOf)}`, true);
    asOf = ymdOfDay(d);
  }

  let model: WorkbookModel;
  let language: 'en' | 'fr';
  let dateOrderKnown = true;
  let read: WorkbookRead | undefined;
  let baseName: string;
  if (o.path === undefined) {
    if (Object.keys(o.tables).length > 0) throw new CliError('--table chooses sheets of a workbook FILE, and none was given', true);
    language = o.language ?? o.locale?.language ?? 'en';
    const locale = o.locale ?? localeInfo(language === 'fr' ? 'fr_FR' : 'en_US');
    model = WorkbookModel.empty({ timeZone, locale: locale.id, name: language === 'fr' ? 'Pilote — classeur d’exemple' : 'Pilote — sample workbook' });
    baseName = 'pilote-sample';
    io.out(`${model.name} (${locale.id}, ${timeZone})\n`);
  } else {
    const loaded = await loadWorkbook(o.path, timeZone);
    model = loaded.model;
    const guess = o.locale ? { locale: o.locale, dateOrderKnown: true, reasons: [] } : workbookLocale(model);
    const locale = guess.locale;
    dateOrderKnown = guess.dateOrderKnown;
    read = workbookTables(model, { locale, dateOrderKnown: guess.dateOrderKnown, overrides: o.tables });
    if (read.choice.problems.length > 0) throw new CliError(`--table: ${read.choice.problems.join('; ')}`);
    if (Object.keys(read.tables).length === 0) throw new CliError(noTableMessage(o.path, read.choice.unrecognised));
    language = o.language ?? locale.language;
    model.locale = locale.id; // the spreadsheet's locale, as File › Settings would hold it
    model.name = path.basename(o.path).replace(/\.(xlsx|csv)$/i, '');
    baseName = `${model.name}-pilote`;
    const lines = [`Pilote — ${o.path} (${loaded.what})`];
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
  }

  const run = runAddon(model, { asOf, sample: o.path === undefined, settings: { language: o.language, tables: o.tables } });
  if (!run.outcome.ok) throw new CliError(run.outcome.message);
  const r = run.outcome;
  const fr = language === 'fr';
  io.out(r.headline.join('\n'));
  io.out('');
  const n = r.objectives;
  io.out(fr
    ? `Objectifs : ${n.met} atteint(s), ${n.missed} manqué(s), ${n.onTrack} en bonne voie, ${n.atRisk} à risque.`
    : `Objectives: ${n.met} met, ${n.missed} missed, ${n.onTrack} on track, ${n.atRisk} at risk.`);
  io.out(r.alerts.length ? `${fr ? 'Alertes' : 'Alerts'} (${r.alerts.length}):\n${r.alerts.map((a) => `  ${a}`).join('\n')}` : fr ? 'Aucune alerte.' : 'No alert.');
  // The data check: on a file, the tables read above (ambiguous dates flagged when the locale was
  // guessed; the refresh only added Pilote's sheets); the sample's sheets exist only now.
  const generated = r.sheets.map((s) => s.name);
  const checked = read?.tables ?? workbookTables(model, { locale: localeInfo(model.locale), dateOrderKnown, overrides: o.tables, exclude: generated }).tables;
  io.out('');
  io.out(dataCheckLines(checkTables(checked), { language, currency: localeInfo(model.locale).currency }).join('\n'));
  const out = await writeOutputs(run.rt, generated, o.out ?? 'pilote-output', baseName);
  io.out('');
  io.out(fr ? `Résultats dans ${out.dir}/ :` : `Output in ${out.dir}/:`);
  io.out(`  ${out.workbook}  (${fr ? 'le classeur avec le tableau de bord' : 'the workbook with its dashboard'})`);
  io.out(`  ${out.preview}  (${fr ? 'aperçu HTML des onglets générés' : 'HTML preview of the generated sheets'})`);
  io.out(`  ${out.digestHtml}, ${out.digestText}  (${fr ? 'le récapitulatif mensuel' : 'the monthly digest'})`);
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
