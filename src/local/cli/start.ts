/**
 * `npm start`: Pilote's main job on the bundled sample workbook — the KPI table of the last full
 * month and quarter, each KPI against its objective, with the previous period and a year before.
 *   npm start -- --lang fr --as-of 2026-11-25
 */
import { parseDay } from '../../core/cells/date';
import { dayOfUtcDate } from '../../core/dates/day';
import { buildReport } from '../../core/report/buildReport';
import { reportText } from '../../core/render/reportText';
import { generateSample } from '../../core/sample';
import { sampleTables } from './sampleTables';

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

const language = option('lang') === 'fr' ? 'fr' : 'en';
const asOfText = option('as-of');
const asOf = asOfText ? parseDay(asOfText, dayOfUtcDate) : dayOfUtcDate(new Date(Date.now() - new Date().getTimezoneOffset() * 60000));
if (typeof asOf !== 'number') {
  console.error(`--as-of must be a date such as 2026-11-25, got ${asOfText}`);
  process.exit(2);
}
const sample = generateSample({ asOf, language });
const report = buildReport(sampleTables(sample), { asOf });
console.log(language === 'fr' ? 'Pilote — classeur d’exemple\n' : 'Pilote — sample workbook\n');
console.log(reportText(report, { language, currency: 'EUR' }));
