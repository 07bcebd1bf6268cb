import type { Dashboard } from '../../dashboard/model';
import type { Language } from '../../format/formatValue';
import { TABLES, type TableKind } from '../../tables/schema';
import type { PlanCell } from '../sheetPlan';
import { WORDS, Words } from './words';

/** What every sheet's layout needs: the model and the settings' language and currency. */
export interface LayoutContext {
  model: Dashboard;
  language: Language;
  currency: string;
  w: Words;
  /** The sheet a table was read from (for notes), or the table's usual name. */
  sheetOf(kind: TableKind): string;
}

export function layoutContext(model: Dashboard): LayoutContext {
  const language = model.settings.language;
  return {
    model, language, currency: model.settings.currency, w: WORDS[language],
    sheetOf: (kind) => model.tables.find((t) => t.kind === kind)?.sheet ?? TABLES[kind].label[language],
  };
}

/** Shared cell looks. */
export const TITLE: Omit<PlanCell, 'value'> = { bold: true, size: 18, color: '#202124' };
export const SUBTITLE: Omit<PlanCell, 'value'> = { color: '#5f6368', size: 10 };
export const SECTION: Omit<PlanCell, 'value'> = { bold: true, size: 12, color: '#202124' };
export const HEADER: Omit<PlanCell, 'value'> = { bold: true, size: 9, color: '#5f6368', background: '#f1f3f4', wrap: true };
export const MUTED: Omit<PlanCell, 'value'> = { color: '#80868b', italic: true };

export function text(value: string, style: Omit<PlanCell, 'value'> = {}): PlanCell {
  return { value, ...style };
}

export function num(value: number | undefined, format: string, style: Omit<PlanCell, 'value'> = {}): PlanCell {
  return value === undefined || !Number.isFinite(value) ? { value: null, ...style } : { value, format, align: 'right', ...style };
}

export function headerRow(labels: string[], rightFrom = 1): PlanCell[] {
  return labels.map((l, i) => ({ value: l, ...HEADER, align: i >= rightFrom ? 'right' : 'left' }));
}
