import type { Dashboard } from '../../dashboard/model';
import { valueOf } from '../../dashboard/kpiComputer';
import { formatKpiValue } from '../../format/formatValue';
import { textTable } from '../reportText';
import { periodLabel, percentChange } from './formats';
import { statusLook, WORDS } from './words';

/** The headline cards as a fixed-width text table: what `npm start` prints in the terminal. */
export function headlineText(model: Dashboard): string[] {
  const { language, currency } = model.settings;
  const w = WORDS[language];
  const o = { language, currency };
  const show = (v: number | undefined, unit: Parameters<typeof formatKpiValue>[1]) => (v === undefined ? '—' : formatKpiValue(v, unit, o));
  const p = model.periods;
  const header = [w.kpi, `${periodLabel(p.full, language, true)}`, w.objective, w.status, `${periodLabel(p.current, language, true)} ${w.toDate.toLowerCase()}`, w.projected, w.objective, w.status];
  const rows = model.cards.map((c) => [
    c.kpi.label[language],
    show(valueOf(c.full.value), c.kpi.unit), show(c.full.objective?.value, c.kpi.unit), statusText(c.full.status, c.full.gapRatio, language),
    show(valueOf(c.current.value), c.kpi.unit), show(c.current.projection, c.kpi.unit), show(c.current.objective?.value, c.kpi.unit), statusText(c.current.status, c.current.gapRatio, language),
  ]);
  return textTable(header, rows);
}

function statusText(status: Parameters<typeof statusLook>[0], gapRatio: number | undefined, language: 'en' | 'fr'): string {
  const label = statusLook(status, language).label;
  return gapRatio !== undefined && status !== 'no_objective' ? `${label} ${percentChange(gapRatio, language)}` : label;
}
