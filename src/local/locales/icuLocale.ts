/**
 * What Node's ICU (full-icu, CLDR) says of a locale: decimal and grouping separators, grouping
 * style and the order of day, month and year. Node-only: the add-on never calls Intl for this
 * (how much of Intl Apps Script's V8 carries is undocumented); it reads the generated table.
 */
import type { DateOrder } from '../../core/format/locale';
import type { SheetsLocaleSource } from './sheetsLocales';

export interface IcuLocaleData {
  decimal: '.' | ',';
  group: string;
  grouping: 'thousands' | 'indian';
  dateOrder: DateOrder;
}

export function icuLocaleData(id: string): IcuLocaleData {
  const tag = id.replace(/_/g, '-');
  const number = new Intl.NumberFormat(tag, { numberingSystem: 'latn', useGrouping: true });
  const parts = number.formatToParts(1234567.5);
  const decimal = parts.find((p) => p.type === 'decimal')?.value;
  const group = parts.find((p) => p.type === 'group')?.value;
  if ((decimal !== '.' && decimal !== ',') || !group) throw new Error(`${id}: unexpected ICU number parts ${JSON.stringify(parts)}`);
  const digits = parts.filter((p) => p.type === 'integer').map((p) => p.value.length).join(',');
  const grouping = digits === '2,2,3' ? 'indian' : digits === '1,3,3' ? 'thousands' : undefined;
  if (!grouping) throw new Error(`${id}: unexpected ICU grouping ${digits}`);
  const date = new Intl.DateTimeFormat(tag, { year: 'numeric', month: 'numeric', day: 'numeric', calendar: 'gregory', numberingSystem: 'latn', timeZone: 'UTC' });
  const order = date.formatToParts(new Date(Date.UTC(2026, 2, 4))).filter((p) => p.type !== 'literal').map((p) => p.type.charAt(0).toUpperCase()).join('');
  if (order !== 'DMY' && order !== 'MDY' && order !== 'YMD') throw new Error(`${id}: unexpected ICU date order ${order}`);
  return { decimal, group, grouping, dateOrder: order };
}

/** One row of the generated table (see src/core/format/localeTable.ts). */
export function tableRow(src: SheetsLocaleSource): string {
  const d = icuLocaleData(src.id);
  const group = d.group.length === 1 && d.group.charCodeAt(0) > 0x7e ? `\\u${d.group.charCodeAt(0).toString(16).padStart(4, '0')}` : d.group.replace(/'/g, "\\'");
  return `  ['${src.id}', '${src.name.replace(/'/g, "\\'")}', '${d.decimal}', '${group}', '${d.grouping}', '${d.dateOrder}', '${src.currency}'],`;
}
