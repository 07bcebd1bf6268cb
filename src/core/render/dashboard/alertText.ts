import type { Language } from '../../format/formatValue';
import { colon as colonOf, formatKpiValue } from '../../format/formatValue';
import type { Alert, Cause } from '../../dashboard/model';
import type { KpiDefinition } from '../../kpi/types';
import { compactValue, percentChange, periodLabel } from './formats';
import { DIMENSION_NAMES, statusLook, WORDS } from './words';

/** A segment named the way a founder says it: "Export region", "Bruno Lefèvre", "canal LinkedIn". */
export function segmentName(c: Pick<Cause, 'dimension' | 'value'>, language: Language): string {
  const value = c.value === '' ? WORDS[language].blank : c.value;
  if (c.dimension === 'owner') return value;
  const dimension = DIMENSION_NAMES[c.dimension][language].toLowerCase();
  return language === 'fr' ? `${dimension} ${value}` : `${value} ${dimension}`;
}

/** "Export region −12 k€, Bruno −6 k€". */
export function causesText(kpi: KpiDefinition, causes: readonly Cause[], currency: string, language: Language): string {
  return causes.map((c) => `${segmentName(c, language)} ${compactValue(c.contribution, kpi.unit, currency, language)}`).join(', ');
}

export interface AlertLine {
  /** "Missed", "At risk", "Unusual", "Data" (with its colours). */
  label: string;
  background: string;
  color: string;
  /** The sentence. */
  text: string;
}

/**
 * One alert as a line: what, how far, when, and why.
 *   Revenue −49 % vs objective (October 2026): 21 490 € for 42 200 € — Export region −12 k€, Bruno −6 k€
 */
export function alertLine(a: Alert, currency: string, language: Language): AlertLine {
  const w = WORDS[language];
  const fr = language === 'fr';
  const o = { language, currency };
  const colon = colonOf(language);
  if (a.kind === 'data') return { label: w.data, background: '#e8eaed', color: '#3c4043', text: a.text![language] };
  const kpi = a.kpi!;
  const name = kpi.label[language] + (a.text ? ` [${a.text[language]}]` : '');
  const period = a.period ? periodLabel(a.period, language) : '';
  const why = a.causes.length ? ` — ${causesText(kpi, a.causes, currency, language)}` : '';
  if (a.kind === 'unusual') {
    const u = a.usual!;
    const look = { label: w.unusual, background: '#e8f0fe', color: '#174ea6' };
    const low = kpi.unit === 'score' ? u.low : Math.max(0, u.low); // counts, amounts and rates are never negative
    const dir = a.value! > u.high ? (fr ? 'inhabituellement haut' : 'unusually high') : (fr ? 'inhabituellement bas' : 'unusually low');
    return {
      ...look,
      text: `${name} ${dir} (${period})${colon} ${formatKpiValue(a.value!, kpi.unit, o)}, ${fr ? 'habituellement' : 'usually'} ${formatKpiValue(u.median, kpi.unit, o)} (${formatKpiValue(low, kpi.unit, o)} – ${formatKpiValue(u.high, kpi.unit, o)})${why}`,
    };
  }
  const look = statusLook(a.status!, language);
  const label = a.status === 'missed' ? w.missed : w.atRisk;
  const gap = a.gapRatio === undefined ? '' : `${percentChange(a.gapRatio, language)} `;
  const measured = a.projection !== undefined
    ? `${fr ? 'projection' : 'projected'} ${formatKpiValue(a.projection, kpi.unit, o)} ${fr ? 'pour' : 'for'} ${formatKpiValue(a.objective!, kpi.unit, o)}`
    : `${formatKpiValue(a.value!, kpi.unit, o)} ${fr ? 'pour' : 'for'} ${formatKpiValue(a.objective!, kpi.unit, o)}`;
  return { label, background: look.background, color: look.color, text: `${name} ${gap}${fr ? 'vs objectif' : 'vs objective'} (${period})${colon} ${measured}${why}` };
}
