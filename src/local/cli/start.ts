/**
 * `npm start`: Pilote's main job on the bundled sample workbook — the KPI table of the last full
 * month and quarter, each KPI against its objective, with the previous period and a year before.
 *   npm start -- --lang fr --as-of 2026-11-25
 *   npm start -- path/to/workbook.xlsx      (or a folder of CSV files: an exported Google Sheet)
 */
import { parseDay } from '../../core/cells/date';
import { dayOfUtcDate } from '../../core/dates/day';
import { buildReport } from '../../core/report/buildReport';
import { reportText } from '../../core/render/reportText';
import { generateSample } from '../../core/sample';
import { sampleTables } from './sampleTables';
import { workbookTables } from './workbookTables';
import { loadXlsx } from '../runtime/io/xlsx';
import { loadCsvFolder } from '../runtime/io/csv';
import type { KpiTables } from '../../core/kpi/types';

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

const language = option('lang') === 'fr' ? 'fr' : 'en';
const asOfText = option('as-of');
const asOf = asOfText ? parseDay(asOfText, dayOfUtcDate, 'YMD') : dayOfUtcDate(new Date(Date.now() - new Date().getTimezoneOffset() * 60000));
if (typeof asOf !== 'number') {
  console.error(`--as-of must be a date such as 2026-11-25, got ${asOfText}`);
  process.exit(2);
}
async function main(day: number): Promise<void> {
  const source = process.argv.slice(2).find((a, i, all) => !a.startsWith('--') && !(all[i - 1] ?? '').startsWith('--'));
  let tables: KpiTables;
  if (source) {
    const model = source.toLowerCase().endsWith('.xlsx') ? await loadXlsx(source) : loadCsvFolder(source);
    const read = workbookTables(model);
    console.log(`Pilote — ${source}\n${read.used.join(', ')}${read.skipped.length ? `; not Pilote tables: ${read.skipped.join(', ')}` : ''}\n`);
    tables = read.tables;
  } else {
    tables = sampleTables(generateSample({ asOf: day, language }));
    console.log(language === 'fr' ? 'Pilote — classeur d’exemple\n' : 'Pilote — sample workbook\n');
  }
  console.log(reportText(buildReport(tables, { asOf: day }), { language, currency: 'EUR' }));
}

main(asOf).catch((e: Error) => {
  console.error(`Pilote: ${e.message}`);
  process.exit(1);
});
