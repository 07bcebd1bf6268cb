import type { Day } from '../dates/day';
import { formatDay } from '../dates/day';
import { colon as colonOf, FormatOptions, formatKpiValue, Language } from '../format/formatValue';
import type { CheckedTables } from '../check/checkTables';
import type { HeadlineRow, KpiCell, PeriodReport, Report } from '../report/buildReport';
import { boundIssues } from '../check/dataCheck';

const WORDS = {
  en: { kpi: 'KPI', row: 'row', value: 'Value', target: 'Objective', gap: 'Gap', status: 'Status', prev: 'Previous', year: 'Year before', met: 'met', missed: 'MISSED', none: '—', month: 'Last full month', quarter: 'Last full quarter', asOf: 'as of', issues: 'Data check', clean: 'no problem found in', nothing: 'no table was read, so nothing was checked', problem: 'problem', problems: 'problems (=PILOTE_CHECK on a table lists its own)', rows: 'rows', more: 'more', summary: 'Objectives' },
  fr: { kpi: 'Indicateur', row: 'ligne', value: 'Valeur', target: 'Objectif', gap: 'Écart', status: 'Statut', prev: 'Précédent', year: 'Un an avant', met: 'atteint', missed: 'MANQUÉ', none: '—', month: 'Dernier mois complet', quarter: 'Dernier trimestre complet', asOf: 'au', issues: 'Contrôle des données', clean: 'aucun problème dans', nothing: 'aucun tableau lu, donc rien de vérifié', problem: 'problème', problems: 'problèmes (=PILOTE_CHECK sur un tableau liste les siens)', rows: 'lignes', more: 'de plus', summary: 'Objectifs' },
};

/**
 * The report as fixed-width text tables: the terminal output of `npm start`, and the digest's
 * text part later. The data check lists at most `maxIssues` problems (default 500), then how
 * many more; "no problem found" is said only of tables that were read and checked.
 */
export function reportText(report: Report, o: FormatOptions & { maxIssues?: number }): string {
  const w = WORDS[o.language];
  const colon = colonOf(o.language);
  const out: string[] = [];
  for (const [title, section] of [[w.month, report.lastMonth], [w.quarter, report.lastQuarter]] as const) {
    out.push(`${title}${colon} ${section.period.key} (${w.asOf} ${formatDay(report.asOf as Day)})`, '');
    out.push(table(section, o));
    out.push(summary(section, o.language), '');
  }
  out.push(...dataCheckLines(report, o));
  return out.join('\n');
}

/** The data check as text lines: the count, then the problems (bounded), or which tables were found clean. */
export function dataCheckLines(report: CheckedTables, o: FormatOptions & { maxIssues?: number }): string[] {
  const w = WORDS[o.language];
  const colon = colonOf(o.language);
  if (report.checked.length === 0) return [`${w.issues}${colon} ${w.nothing}`];
  if (report.issues.length === 0) {
    return [`${w.issues}${colon} ${w.clean} ${report.checked.map((t) => `${t.name} (${t.rows} ${w.rows})`).join(', ')}`];
  }
  const n = report.issues.length;
  const out = [`${w.issues}${colon} ${n} ${n === 1 ? w.problem : w.problems}`];
  const { shown, more } = boundIssues(report.issues, o.maxIssues);
  for (const issue of shown) out.push(`  ${issue.table} ${w.row} ${issue.row}${issue.column ? `, ${issue.column}` : ''}${colon} ${issue.value ? `"${issue.value}" ` : ''}${issue.message}`);
  if (more > 0) out.push(`  … ${o.language === 'fr' ? 'et' : 'and'} ${more} ${w.more}`);
  return out;
}

function table(section: PeriodReport, o: FormatOptions): string {
  const w = WORDS[o.language];
  const rows = section.rows.map((r) => [
    label(r, o.language),
    show(r.current, r, o),
    r.target ? formatKpiValue(r.target.value, r.kpi.unit, o) : w.none,
    r.outcome ? gap(r, o) : w.none,
    r.outcome ? (r.outcome.met ? w.met : w.missed) : w.none,
    show(r.previous, r, o),
    show(r.yearBefore, r, o),
  ]);
  return textTable([w.kpi, w.value, w.target, w.gap, w.status, w.prev, w.year], rows).join('\n');
}

/**
 * A fixed-width text table's lines: the header, a rule of dashes, then the rows; the first column
 * left-aligned, the others right-aligned, two spaces between columns, no trailing spaces.
 */
export function textTable(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (cells: string[]) => cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ').trimEnd();
  return [line(header), widths.map((n) => '-'.repeat(n)).join('  '), ...rows.map(line)];
}

function label(r: HeadlineRow, language: Language): string {
  const base = r.kpi.label[language];
  return r.filter ? `${base} [${r.filter.column} = ${r.filter.value}]` : base;
}

function show(cell: KpiCell, r: HeadlineRow, o: FormatOptions): string {
  return cell.ok ? formatKpiValue(cell.result.value, r.kpi.unit, o) : WORDS[o.language].none;
}

function gap(r: HeadlineRow, o: FormatOptions): string {
  const g = r.outcome!;
  if (g.gapRatio === undefined) return formatKpiValue(g.gap, r.kpi.unit, o);
  const pct = Math.round(g.gapRatio * 100);
  return `${pct > 0 ? '+' : pct < 0 ? '−' : ''}${Math.abs(pct)}${o.language === 'fr' ? '\u00a0%' : '%'}`;
}

function summary(section: PeriodReport, language: Language): string {
  const withTarget = section.rows.filter((r) => r.outcome);
  const missed = withTarget.filter((r) => !r.outcome!.met).length;
  return language === 'fr'
    ? `${WORDS.fr.summary} : ${withTarget.length - missed} atteint(s), ${missed} manqué(s) sur ${withTarget.length}.`
    : `${WORDS.en.summary}: ${withTarget.length - missed} met, ${missed} missed of ${withTarget.length}.`;
}
