/**
 * The monthly digest: "share the results, good or bad". A pure function of the dashboard model
 * built for the month just ended (grain month, the last full month): subject, HTML body and a
 * plain-text alternative.
 *
 * The HTML is what mail clients render: one 600 px column of nested tables with inline CSS (no
 * <style>, no media query — Gmail's apps drop them), which narrows to a phone's width because
 * every row is at most a label, a bar and a figure; Outlook for Windows ignores max-width, so a
 * conditional 600 px table holds it there. Charts are table cells with a width in percent: no
 * image, nothing fetched. Every string from the user's data (workbook, channels, reps, sheet
 * names…) goes through escapeHtml.
 *
 * Order: what happened (status), the objectives missed with the segment that explains each, the
 * headline KPIs (value, objective, gap, change against the month before and a year before), the
 * charts (revenue by month against its objective, leads by channel), the channels to capitalise
 * on and to fix or stop, other alerts, the data check, the link to the Dashboard sheet.
 */
import { valueOf } from '../dashboard/kpiComputer';
import type { Alert, Card, ChannelRoi, Dashboard } from '../dashboard/model';
import type { NamedPeriod } from '../dates/period';
import { previousPeriod, yearBefore } from '../dates/period';
import { colon as colonOf, formatKpiValue, groupDigits, Language } from '../format/formatValue';
import { escapeHtml } from '../html/escape';
import type { KpiDefinition } from '../kpi/types';
import { alertLine } from '../render/dashboard/alertText';
import { compactValue, periodLabel, percentChange } from '../render/dashboard/formats';
import { adviceLook, statusLook, WORDS } from '../render/dashboard/words';
import { TABLES } from '../tables/schema';

export interface Digest {
  subject: string;
  html: string;
  text: string;
}

export interface DigestOptions {
  /** Link to the Dashboard sheet (the spreadsheet's URL with the sheet's gid). */
  dashboardUrl: string;
}

/** Lines per list, so a workbook with 200 channels still makes a short email (and stays far under MailApp's 200 KB). */
const MAX_ALERTS = 6;
const MAX_CHANNEL_BARS = 8;

const W = {
  en: {
    missedN: (n: number) => `${n} objective${n > 1 ? 's' : ''} missed`, allMet: (n: number) => (n === 1 ? 'objective met' : `all ${n} objectives met`), noObjective: 'no objective set',
    missed: 'Objectives missed', objectives: 'Objectives', allMetLine: (m: string) => `Every objective of ${m} was met.`, noObjectiveLine: (m: string) => `No objective was set for ${m}: add them to the Targets sheet to be told what is missed and why.`,
    headline: WORDS.en.headline, objective: 'objective', gap: 'gap', today: 'today', vs: 'vs',
    revenue: WORDS.en.revenueChart, revenueLegend: WORDS.en.revenue, missedLegend: 'objective missed', objectiveLegend: 'objective',
    leads: 'Leads by channel', otherChannels: (n: number) => `Other channels (${n})`, blank: WORDS.en.blank,
    channels: 'Channels', capitalise: 'Worth more budget', fix: 'To fix or stop', noChannel: 'No channel stands out this quarter.',
    channelLine: (roi: string, cac: string) => `revenue ${roi} the spend, ${cac}`, noCustomer: 'no customer', average: 'average',
    others: 'Other alerts', data: 'Data check', clean: 'No problem found in the data.',
    problems: (n: number) => `${n} problem${n > 1 ? 's' : ''} in the data: the Dashboard's data alerts say which rows to fix.`,
    missing: (tables: string) => `Not found in the workbook: ${tables} (the KPIs that need them are left out).`,
    open: 'Open the dashboard', footer: 'Sent by Pilote from your spreadsheet. To change or stop this digest, open the Pilote sidebar (Extensions › Pilote).',
  },
  fr: {
    missedN: (n: number) => `${n} objectif${n > 1 ? 's' : ''} manqué${n > 1 ? 's' : ''}`, allMet: (n: number) => (n === 1 ? 'objectif atteint' : `les ${n} objectifs atteints`), noObjective: 'aucun objectif fixé',
    missed: 'Objectifs manqués', objectives: 'Objectifs', allMetLine: (m: string) => `Tous les objectifs ${/^[aeiouéèêâàôî]/i.test(m) ? 'd’' : 'de '}${m} sont atteints.`, noObjectiveLine: (m: string) => `Aucun objectif n’est fixé pour ${m} : ajoutez-les dans l’onglet Objectifs pour savoir ce qui est manqué et pourquoi.`,
    headline: WORDS.fr.headline, objective: 'objectif', gap: 'écart', today: 'aujourd’hui', vs: 'vs',
    revenue: WORDS.fr.revenueChart, revenueLegend: WORDS.fr.revenue, missedLegend: 'objectif manqué', objectiveLegend: 'objectif',
    leads: 'Leads par canal', otherChannels: (n: number) => `Autres canaux (${n})`, blank: WORDS.fr.blank,
    channels: 'Canaux', capitalise: 'À renforcer', fix: 'À corriger ou arrêter', noChannel: 'Aucun canal ne se détache ce trimestre.',
    channelLine: (roi: string, cac: string) => `CA ${roi} les dépenses, ${cac}`, noCustomer: 'aucun client', average: 'moyenne',
    others: 'Autres alertes', data: 'Contrôle des données', clean: 'Aucun problème dans les données.',
    problems: (n: number) => `${n} problème${n > 1 ? 's' : ''} dans les données : les alertes Données du tableau de bord indiquent les lignes à corriger.`,
    missing: (tables: string) => `Absent du classeur : ${tables} (les indicateurs qui en ont besoin sont omis).`,
    open: 'Ouvrir le tableau de bord', footer: 'Envoyé par Pilote depuis votre classeur. Pour modifier ou arrêter ce récapitulatif, ouvrez le panneau Pilote (Extensions › Pilote).',
  },
};

type Words = (typeof W)['en'];

const FONT = 'font-family:Arial,Helvetica,sans-serif;';
const INK = '#202124';
const GREY = '#5f6368';
const GREEN = '#137333';
const RED = '#b3261e';

export function composeDigest(model: Dashboard, o: DigestOptions): Digest {
  const { language, currency } = model.settings;
  const w = W[language];
  const month = model.periods.full;
  const monthName = periodLabel(month, language);
  const judged = model.objectives.filter((a) => a.period?.key === month.key);
  const missed = judged.filter((a) => a.status === 'missed');
  const status = missed.length ? w.missedN(missed.length) : judged.length ? w.allMet(judged.length) : w.noObjective;
  const subject = `Pilote — ${monthName}${colonOf(language)} ${status} (${model.workbookName})`;
  const others = model.alerts.filter((a) => a.kind !== 'objective').slice(0, MAX_ALERTS);
  const chan = model.channels;
  const up = chan ? chan.rows.filter((r) => r.advice === 'capitalise') : [];
  const down = chan ? chan.rows.filter((r) => r.advice === 'fix' || r.advice === 'stop') : [];
  const cx: Cx = { model, w, language, currency };

  const missedHtml = missed.length
    ? section(w.missed, list(missed.map((a) => alertHtml(a, cx))))
    : section(w.objectives, paragraph(judged.length ? w.allMetLine(monthName) : w.noObjectiveLine(monthName), judged.length ? GREEN : GREY));
  const html = page(language, subject, preheader(cx, status), [
    header(cx, status, missed.length > 0),
    missedHtml,
    model.cards.length ? section(w.headline, headlineTable(cx)) : '',
    revenueBars(cx),
    leadsBars(cx),
    chan ? section(`${w.channels} — ${periodLabel(chan.period, language)}`, channelsHtml(up, down, chan.total, cx)) : '',
    others.length ? section(w.others, list(others.map((a) => alertHtml(a, cx)))) : '',
    section(w.data, dataCheck(cx).map(([t, color]) => paragraph(t, color)).join('')),
    button(o.dashboardUrl, w.open),
    `<p style="${FONT}font-size:12px;line-height:17px;color:#80868b;margin:24px 0 0">${escapeHtml(w.footer)}</p>`,
  ]);
  return { subject, html, text: plainText(cx, subject, missed, judged.length, others, up, down, o.dashboardUrl) };
}

interface Cx {
  model: Dashboard;
  w: Words;
  language: Language;
  currency: string;
}

// ---- page furniture --------------------------------------------------------------------------

function page(language: Language, title: string, pre: string, parts: string[]): string {
  return `<!DOCTYPE html><html lang="${language}"><head>`
    + '<meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">'
    + `<meta name="x-apple-disable-message-reformatting"><title>${escapeHtml(title)}</title></head>`
    + '<body style="margin:0;padding:0;background:#f1f3f4;-webkit-text-size-adjust:100%">'
    + pre
    + '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f1f3f4"><tr><td align="center" style="padding:16px 8px">'
    + '<!--[if mso]><table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0"><tr><td><![endif]-->'
    + '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:600px;background:#ffffff;border-radius:8px"><tr><td style="padding:20px 16px 24px;overflow-wrap:break-word;word-wrap:break-word;word-break:break-word">'
    + parts.filter(Boolean).join('\n')
    + '</td></tr></table>'
    + '<!--[if mso]></td></tr></table><![endif]-->'
    + '</td></tr></table></body></html>';
}

/** The line inbox lists show after the subject; hidden in the message itself. */
function preheader(cx: Cx, status: string): string {
  const revenue = cx.model.cards.find((c) => c.kpi.id === 'REVENUE');
  const v = revenue ? valueOf(revenue.full.value) : undefined;
  const text = v === undefined ? status : `${revenue!.kpi.label[cx.language]} ${formatKpiValue(v, 'currency', cx)}${revenue!.full.objective ? ` / ${formatKpiValue(revenue!.full.objective.value, 'currency', cx)}` : ''} · ${status}`;
  return `<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">${escapeHtml(text)}</div>`;
}

function header(cx: Cx, status: string, bad: boolean): string {
  return `<p style="${FONT}font-size:12px;line-height:16px;color:${GREY};margin:0 0 4px">Pilote · ${escapeHtml(cx.model.workbookName)}</p>`
    + `<h1 style="${FONT}font-size:22px;line-height:28px;color:${INK};margin:0 0 4px;font-weight:bold">${escapeHtml(capitalised(periodLabel(cx.model.periods.full, cx.language)))}</h1>`
    + `<p style="${FONT}font-size:16px;line-height:22px;font-weight:bold;margin:0;color:${bad ? RED : GREEN}">${escapeHtml(status)}</p>`;
}

/** "Octobre 2026" at the head of the message (the label is lower-case in French mid-sentence). */
function capitalised(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function section(title: string, body: string): string {
  return `<h2 style="${FONT}font-size:16px;line-height:22px;color:${INK};margin:24px 0 8px;padding-bottom:4px;border-bottom:1px solid #e8eaed;font-weight:bold">${escapeHtml(title)}</h2>${body}`;
}

function paragraph(text: string, color = INK): string {
  return `<p style="${FONT}font-size:14px;line-height:20px;margin:0 0 4px;color:${color}">${escapeHtml(text)}</p>`;
}

function list(items: string[]): string {
  return `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">${items.map((i) => `<tr><td style="padding:5px 0">${i}</td></tr>`).join('')}</table>`;
}

function pill(label: string, background: string, color: string): string {
  return `<span style="${FONT}display:inline-block;font-size:11px;line-height:15px;font-weight:bold;padding:1px 6px;border-radius:3px;background:${background};color:${color};white-space:nowrap">${escapeHtml(label)}</span>`;
}

function alertHtml(a: Alert, cx: Cx): string {
  const line = alertLine(a, cx.currency, cx.language);
  return `${pill(line.label, line.background, line.color)} <span style="${FONT}font-size:14px;line-height:20px;color:${INK}">${escapeHtml(line.text)}</span>`;
}

function button(url: string, label: string): string {
  // Only a web address becomes a link (the URL comes from Spreadsheet.getUrl(), but a link is never given a script).
  const href = /^https?:\/\//i.test(url) ? url : '#';
  return '<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:24px 0 0"><tr>'
    + `<td style="background:#1a73e8;border-radius:4px"><a href="${escapeHtml(href)}" style="${FONT}display:inline-block;padding:11px 20px;color:#ffffff;font-size:15px;font-weight:bold;text-decoration:none">${escapeHtml(label)}</a></td>`
    + '</tr></table>';
}

// ---- headline KPIs ---------------------------------------------------------------------------

/** A relative change with its comparison period, coloured by whether it is good for that KPI. */
function changeHtml(kpi: KpiDefinition, change: number | undefined, p: NamedPeriod, cx: Cx): string {
  if (change === undefined) return '';
  const good = change === 0 ? undefined : (change > 0) === (kpi.better === 'higher');
  const color = good === undefined ? GREY : good ? GREEN : RED;
  return `${escapeHtml(`${cx.w.vs} ${periodLabel(p, cx.language, true)}`)}&nbsp;<span style="color:${color};white-space:nowrap">${escapeHtml(percentChange(change, cx.language))}</span>`;
}

/** What the headline table says of a card, also used by the plain text. */
function cardFacts(c: Card, cx: Cx): { value: string; objective?: string; gap?: string; changes: { period: NamedPeriod; change: number }[] } {
  const o = { language: cx.language, currency: cx.currency };
  if (c.kpi.period === 'none') {
    const v = valueOf(c.current.value);
    return { value: v === undefined ? '—' : formatKpiValue(v, c.kpi.unit, o), changes: [] };
  }
  const p = c.full;
  const v = valueOf(p.value);
  const changes: { period: NamedPeriod; change: number }[] = [];
  if (p.changePrevious !== undefined) changes.push({ period: previousPeriod(p.period), change: p.changePrevious });
  if (p.changeYear !== undefined) changes.push({ period: yearBefore(p.period), change: p.changeYear });
  return {
    value: v === undefined ? '—' : formatKpiValue(v, c.kpi.unit, o),
    objective: p.objective ? formatKpiValue(p.objective.value, c.kpi.unit, o) : undefined,
    gap: p.gap === undefined ? undefined : `${compactValue(p.gap, c.kpi.unit, cx.currency, cx.language)}${p.gapRatio === undefined ? '' : ` (${percentChange(p.gapRatio, cx.language)})`}`,
    changes,
  };
}

/**
 * One row per KPI, two cells, so a phone shows it whole: the name with the objective, the gap and
 * the changes underneath; the value with its status under it. Missed KPIs first.
 */
function headlineTable(cx: Cx): string {
  const rank = (c: Card) => (c.kpi.period === 'none' ? 3 : c.full.status === 'missed' ? 0 : c.full.status === 'met' ? 1 : 2);
  const cards = cx.model.cards.map((c, i) => ({ c, i })).sort((a, b) => rank(a.c) - rank(b.c) || a.i - b.i).map((x) => x.c);
  const rows = cards.map((c) => {
    const f = cardFacts(c, cx);
    const sub: string[] = [];
    if (c.kpi.period === 'none') sub.push(escapeHtml(cx.w.today));
    if (f.objective) sub.push(escapeHtml(`${cx.w.objective} ${f.objective}${f.gap ? ` · ${cx.w.gap} ${f.gap}` : ''}`));
    const changes = f.changes.map((x) => changeHtml(c.kpi, x.change, x.period, cx)).filter(Boolean);
    if (changes.length) sub.push(changes.join(' · '));
    const look = statusLook(c.full.status, cx.language);
    const showPill = c.kpi.period !== 'none' && (c.full.status === 'met' || c.full.status === 'missed');
    return '<tr>'
      + `<td style="${FONT}padding:8px 8px 8px 0;border-bottom:1px solid #f1f3f4;vertical-align:top">`
      + `<div style="font-size:14px;line-height:19px;color:${INK}">${escapeHtml(c.kpi.label[cx.language])}</div>`
      + sub.map((s) => `<div style="font-size:12px;line-height:17px;color:${GREY}">${s}</div>`).join('')
      + '</td>'
      + `<td align="right" style="${FONT}padding:8px 0;border-bottom:1px solid #f1f3f4;vertical-align:top;text-align:right;white-space:nowrap">`
      + `<div style="font-size:15px;line-height:19px;font-weight:bold;color:${INK}">${escapeHtml(f.value)}</div>`
      + (showPill ? `<div style="padding-top:3px">${pill(look.label, look.background, look.color)}</div>` : '')
      + '</td></tr>';
  });
  return `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse">${rows.join('')}</table>`;
}

// ---- charts as table bars --------------------------------------------------------------------

/** A horizontal bar `pct` % wide (0–100) in `color`, `height` px high. */
function bar(pct: number, color: string, height: number, dashed = false): string {
  const fill = dashed
    ? `<td width="${pct}%" style="border-top:2px dashed ${color};font-size:0;line-height:0;height:${height}px">&nbsp;</td>`
    : `<td width="${pct}%" style="background:${color};font-size:0;line-height:0;height:${height}px">&nbsp;</td>`;
  return `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr>${pct > 0 ? fill : ''}${pct < 100 ? '<td style="font-size:0;line-height:0">&nbsp;</td>' : ''}</tr></table>`;
}

function barRow(label: string, bars: string, figure: string, labelWidth: number): string {
  // A label may wrap (a long channel name must not widen the table past a phone's screen).
  return `<tr><td width="${labelWidth}" style="${FONT}font-size:12px;line-height:16px;color:${GREY};padding:3px 8px 3px 0;vertical-align:middle;word-break:break-word">${escapeHtml(label)}</td>`
    + `<td style="padding:3px 0;vertical-align:middle">${bars}</td>`
    + `<td width="64" style="${FONT}font-size:12px;line-height:16px;color:${INK};text-align:right;padding:3px 0 3px 8px;white-space:nowrap;vertical-align:middle">${escapeHtml(figure)}</td></tr>`;
}

/** The last 12 full months (from the first with a sale or an objective): a bar for the revenue (red when its objective was missed), a dashed line as long as the objective. */
function revenueBars(cx: Cx): string {
  const s = cx.model.series.REVENUE;
  if (!s) return '';
  const full = s.points.filter((p) => !p.inProgress).slice(-12);
  // Months before the data starts (nothing sold, no objective) say nothing: they are left out.
  const first = full.findIndex((p) => (p.value ?? 0) !== 0 || p.objective !== undefined);
  if (first < 0) return '';
  const points = full.slice(first);
  const max = Math.max(1, ...points.map((p) => Math.max(p.value ?? 0, p.objective ?? 0)));
  const rows = points.map((p) => {
    const pct = Math.round(((p.value ?? 0) / max) * 100);
    const bars = bar(pct, p.status === 'missed' ? '#e8847a' : '#1a73e8', 12)
      + (p.objective !== undefined ? bar(Math.round((p.objective / max) * 100), '#e37400', 2, true) : '');
    return barRow(periodLabel(p.period, cx.language, true), bars, p.value === undefined ? '—' : compactValue(p.value, 'currency', cx.currency, cx.language, false), 64);
  });
  const legend = `<p style="${FONT}font-size:11px;line-height:16px;color:${GREY};margin:6px 0 0">`
    + `<span style="color:#1a73e8">■</span> ${escapeHtml(cx.w.revenueLegend)} &nbsp; <span style="color:#e8847a">■</span> ${escapeHtml(cx.w.missedLegend)} &nbsp; <span style="color:#e37400">- -</span> ${escapeHtml(cx.w.objectiveLegend)}</p>`;
  return section(cx.w.revenue, `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">${rows.join('')}</table>${legend}`);
}

/** Leads of the month by channel, most first; past MAX_CHANNEL_BARS the rest share one bar. */
export function leadsByChannelOf(model: Dashboard): { channel: string; leads: number; others?: number }[] {
  const lc = model.leadsByChannel;
  const at = model.months.findIndex((m) => m.key === model.periods.full.key);
  if (!lc || at < 0) return [];
  const rows = lc.segments.map((s, i) => ({ channel: s, leads: lc.values[at][i] ?? 0 })).filter((x) => x.leads > 0).sort((a, b) => b.leads - a.leads);
  if (rows.length <= MAX_CHANNEL_BARS) return rows;
  const rest = rows.slice(MAX_CHANNEL_BARS - 1);
  return [...rows.slice(0, MAX_CHANNEL_BARS - 1), { channel: '', leads: rest.reduce((s, x) => s + x.leads, 0), others: rest.length }];
}

function leadsBars(cx: Cx): string {
  const rows = leadsByChannelOf(cx.model);
  if (!rows.length) return '';
  const max = Math.max(1, ...rows.map((x) => x.leads));
  const html = rows.map((x) => barRow(x.others ? cx.w.otherChannels(x.others) : x.channel || cx.w.blank, bar(Math.round((x.leads / max) * 100), '#34a853', 12), groupDigits(x.leads, 0, cx.language === 'fr'), 110));
  return section(`${cx.w.leads} — ${periodLabel(cx.model.periods.full, cx.language)}`, `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="table-layout:auto">${html.join('')}</table>`);
}

// ---- channels, data ----------------------------------------------------------------------------

function channelText(r: ChannelRoi, total: ChannelRoi, cx: Cx): string {
  const roi = r.roi === undefined ? '—' : `${groupDigits(Math.round(r.roi * 10) / 10, 1, cx.language === 'fr').replace(/[.,]0$/, '')}×`;
  const cac = r.cac === undefined ? cx.w.noCustomer : `CAC ${compactValue(r.cac, 'currency', cx.currency, cx.language, false)}`;
  const avg = total.cac === undefined || r.cac === undefined ? '' : ` (${cx.w.average} ${compactValue(total.cac, 'currency', cx.currency, cx.language, false)})`;
  return `${r.channel || cx.w.blank}${colonOf(cx.language)} ${cx.w.channelLine(roi, cac + avg)}`;
}

function channelsHtml(up: ChannelRoi[], down: ChannelRoi[], total: ChannelRoi, cx: Cx): string {
  if (!up.length && !down.length) return paragraph(cx.w.noChannel, GREY);
  const line = (r: ChannelRoi) => {
    const look = adviceLook(r.advice, cx.language);
    return `${pill(look.label, look.background, look.color)} <span style="${FONT}font-size:14px;line-height:20px;color:${INK}">${escapeHtml(channelText(r, total, cx))}</span>`;
  };
  const head = (t: string, top: number) => `<p style="${FONT}font-size:13px;line-height:18px;color:${GREY};margin:${top}px 0 2px">${escapeHtml(t)}</p>`;
  return (up.length ? head(cx.w.capitalise, 0) + list(up.map(line)) : '') + (down.length ? head(cx.w.fix, up.length ? 10 : 0) + list(down.map(line)) : '');
}

function dataCheck(cx: Cx): [string, string][] {
  const { model, w, language } = cx;
  const out: [string, string][] = [[model.issues.length ? w.problems(model.issues.length) : w.clean, model.issues.length ? '#7f6000' : GREEN]];
  const missing = model.missing.filter((k) => k !== 'targets');
  if (missing.length) out.push([w.missing(missing.map((k) => TABLES[k].label[language]).join(', ')), GREY]);
  return out;
}

// ---- plain text --------------------------------------------------------------------------------

function plainText(cx: Cx, subject: string, missed: Alert[], judged: number, others: Alert[], up: ChannelRoi[], down: ChannelRoi[], url: string): string {
  const { model, w, language, currency } = cx;
  const monthName = periodLabel(model.periods.full, language);
  const colon = colonOf(language);
  const out = [subject, ''];
  out.push(missed.length ? w.missed : w.objectives);
  if (!missed.length) out.push(judged ? w.allMetLine(monthName) : w.noObjectiveLine(monthName));
  for (const a of missed) out.push(`- ${alertLine(a, currency, language).text}`);
  if (model.cards.length) {
    out.push('', w.headline);
    for (const c of model.cards) {
      const f = cardFacts(c, cx);
      const parts = [c.kpi.period === 'none' ? w.today : '', f.objective ? `${w.objective} ${f.objective}${f.gap ? `, ${w.gap} ${f.gap}` : ''}` : '', ...f.changes.map((x) => `${w.vs} ${periodLabel(x.period, language, true)} ${percentChange(x.change, language)}`)].filter(Boolean);
      const look = c.full.status === 'met' || c.full.status === 'missed' ? ` ${statusLook(c.full.status, language).label}` : '';
      out.push(`- ${c.kpi.label[language]}${colon} ${f.value}${look}${parts.length ? ` (${parts.join(', ')})` : ''}`);
    }
  }
  const leads = leadsByChannelOf(model);
  if (leads.length) {
    out.push('', `${w.leads} — ${monthName}`);
    for (const x of leads) out.push(`- ${x.others ? w.otherChannels(x.others) : x.channel || w.blank}${colon} ${groupDigits(x.leads, 0, language === 'fr')}`);
  }
  if (model.channels && (up.length || down.length)) {
    out.push('', `${w.channels} — ${periodLabel(model.channels.period, language)}`);
    for (const r of [...up, ...down]) out.push(`- ${adviceLook(r.advice, language).label}${colon} ${channelText(r, model.channels.total, cx)}`);
  }
  if (others.length) {
    out.push('', w.others);
    for (const a of others) {
      const l = alertLine(a, currency, language);
      out.push(`- ${l.label}${colon} ${l.text}`);
    }
  }
  out.push('', `${w.data}${colon} ${dataCheck(cx).map(([t]) => t).join(' ')}`, '', `${w.open}${colon} ${url}`, '', w.footer);
  return out.join('\n');
}
