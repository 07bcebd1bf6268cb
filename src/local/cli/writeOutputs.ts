/**
 * What `npm start` leaves for a person to look at: the resulting workbook (.xlsx), an HTML preview
 * of the generated sheets (values with their formats, colours, conditional formats, charts drawn
 * where they are placed) and the digest of the last full month (HTML and text).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { dayFromYmd } from '../../core/dates/day';
import { dashboardModel } from '../../core/dashboard/dashboardSheets';
import { composeDigest } from '../../core/digest/composeDigest';
import { parseStoredSettings, defaultSettings, SETTINGS_PROPERTY } from '../../core/settings/settings';
import { localeInfo } from '../../core/format/locale';
import { writePreview } from '../preview';
import { saveXlsx } from '../runtime/io/xlsx';
import { wallClockOf } from '../runtime/infra/timeZone';
import type { LocalRuntime } from '../runtime/LocalRuntime';
import type { WorkbookModel } from '../runtime/spreadsheet';
import { workbookDayOf, workbookGrids } from './workbookTables';

export interface Outputs {
  dir: string;
  workbook: string;
  preview: string;
  digestHtml: string;
  digestText: string;
}

export async function writeOutputs(rt: LocalRuntime, generated: string[], dir: string, baseName: string): Promise<Outputs> {
  mkdirSync(dir, { recursive: true });
  const workbook = path.join(dir, `${baseName}.xlsx`);
  await saveXlsx(rt.workbook, workbook);
  const preview = writePreview(rt.workbook, path.join(dir, 'preview'), { sheets: generated, title: rt.workbook.name }).index;
  const digest = digestOf(rt, generated);
  const digestHtml = path.join(dir, 'digest.html'), digestText = path.join(dir, 'digest.txt');
  writeFileSync(digestHtml, digest.html);
  writeFileSync(digestText, `${digest.text}\n`); // the text part starts with the subject
  return { dir, workbook, preview, digestHtml, digestText };
}

/**
 * The digest of the last full month, from the same sheets and settings the refresh used (the
 * digest is monthly whatever the dashboard's period).
 */
function digestOf(rt: LocalRuntime, generated: string[]) {
  const model: WorkbookModel = rt.workbook;
  const locale = localeInfo(model.locale);
  const stored = rt.properties.stores.document.get(SETTINGS_PROPERTY);
  const settings = { ...parseStoredSettings(stored, defaultSettings(locale)), grain: 'month' as const, period: undefined };
  const now = wallClockOf(rt.clock.now(), model.timeZone);
  const dayOf = workbookDayOf(model);
  const sheets = workbookGrids(model).filter((s) => !generated.includes(s.name));
  const dash = dashboardModel({ sheets, settings, asOf: dayFromYmd(now.year, now.month, now.day)!, dayOf, locale: model.locale, workbookName: model.name });
  const dashboard = model.sheets.find((s) => s.name === generated[0]);
  return composeDigest(dash, { dashboardUrl: `${model.url}#gid=${dashboard?.id ?? 0}` });
}
