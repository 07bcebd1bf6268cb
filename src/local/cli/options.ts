import { normalizeKey } from '../../core/cells/text';
import { findLocale, LocaleInfo, SHEETS_LOCALES } from '../../core/format/locale';
import { TABLES, TABLE_KINDS, TableKind } from '../../core/tables/schema';
import { CliError } from './cliError';

/** What `npm start -- …` was asked. Undefined: decide (infer, or the default). */
export interface CliOptions {
  /** An exported workbook: .xlsx, a .csv file, or a folder of .csv files; none: the sample. */
  path?: string;
  locale?: LocaleInfo;
  timeZone?: string;
  /** `--table deals=Pipeline`: that sheet is that table. */
  tables: Partial<Record<TableKind, string>>;
  language?: 'en' | 'fr';
  /** `--as-of 2026-11-25` as written (checked by the caller, which knows the zone). */
  asOf?: string;
  /** `--out DIR`: where the workbook, the preview and the digest go (default pilote-output). */
  out?: string;
  help: boolean;
}

export const USAGE = `Usage: npm start -- [FILE] [options]

  FILE                 an exported workbook: an .xlsx file, a .csv file, or a folder of .csv
                       files (one per table); without FILE, the bundled sample workbook
  --locale ID          the spreadsheet's locale (File › Settings), e.g. en_US, fr_FR, de_CH, es_MX;
                       it decides how text amounts and dates are read (default: told from the data)
  --time-zone ZONE     the spreadsheet's time zone, e.g. Europe/Paris (default: this computer's)
  --table KIND=SHEET   read that sheet as that table (repeat it for several tables); KIND is
                       ${TABLE_KINDS.join(', ')}
  --lang en|fr         the report's language (default: the locale's)
  --as-of YYYY-MM-DD   the day taken as today (default: today in the time zone)
  --out DIR            where the resulting workbook, its HTML preview and the digest go
                       (default: pilote-output); the input file is never modified
  --help               this text`;

const WITH_VALUE = new Set(['locale', 'time-zone', 'table', 'lang', 'as-of', 'out']);

/** Parses the arguments after `npm start --`; a mistake is a CliError shown with the usage. */
export function parseOptions(argv: readonly string[]): CliOptions {
  const o: CliOptions = { tables: {}, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') { o.help = true; continue; }
    if (arg.startsWith('-')) {
      const m = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
      const name = m?.[1];
      if (!m || !name || !WITH_VALUE.has(name)) throw new CliError(`unknown option ${arg.split('=')[0]}`, true);
      let value = m[2];
      if (value === undefined) {
        value = argv[i + 1];
        if (value === undefined || value.startsWith('--')) throw new CliError(`--${name} needs a value`, true);
        i++;
      }
      apply(o, name, value.trim());
      continue;
    }
    if (o.path !== undefined) throw new CliError(`one workbook at a time: got ${JSON.stringify(o.path)} and ${JSON.stringify(arg)}`, true);
    o.path = arg;
  }
  return o;
}

function apply(o: CliOptions, name: string, value: string): void {
  switch (name) {
    case 'lang':
      if (value !== 'en' && value !== 'fr') throw new CliError(`--lang must be en or fr, not ${JSON.stringify(value)}`, true);
      o.language = value;
      return;
    case 'locale': {
      const l = findLocale(value);
      if (!l) {
        const lang = value.toLowerCase().split(/[_-]/)[0];
        const near = SHEETS_LOCALES.filter((x) => x.id.toLowerCase().startsWith(`${lang}_`)).map((x) => x.id);
        throw new CliError(`unknown locale ${JSON.stringify(value)}${near.length ? `; did you mean ${near.slice(0, 8).join(', ')}?` : `; Sheets' locales are ids such as en_US, fr_FR, de_CH, es_MX`}`, true);
      }
      o.locale = l;
      return;
    }
    case 'time-zone':
      if (!validZone(value)) throw new CliError(`unknown time zone ${JSON.stringify(value)}; use an IANA name such as Europe/Paris or America/New_York`, true);
      o.timeZone = value;
      return;
    case 'table': {
      const at = value.indexOf('=');
      const kind = at > 0 ? kindNamed(value.slice(0, at)) : undefined;
      const sheet = at > 0 ? value.slice(at + 1).trim() : '';
      if (!kind || sheet === '') throw new CliError(`--table takes KIND=SHEET, KIND one of ${TABLE_KINDS.join(', ')} (e.g. --table deals=Pipeline); got ${JSON.stringify(value)}`, true);
      o.tables[kind] = sheet;
      return;
    }
    case 'as-of':
      o.asOf = value;
      return;
    case 'out':
      o.out = value;
      return;
  }
}

/** `deals`, `Deals`, `Opportunités`: a kind by its key or its English or French label. */
function kindNamed(text: string): TableKind | undefined {
  const k = normalizeKey(text);
  return TABLE_KINDS.find((kind) => [kind, TABLES[kind].label.en, TABLES[kind].label.fr].some((n) => normalizeKey(n) === k));
}

function validZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
