/**
 * The monthly digest: "share the results, good or bad". A pure function of the dashboard model
 * built for the month just ended: subject, HTML body (table layout with inline CSS, readable at
 * 600 px and on a phone, charts drawn as table bars so Gmail and Outlook show them with no
 * external request) and a plain-text alternative. Every string from the user's data is escaped.
 */
import { valueOf } from '../dashboard/kpiComputer';
import type { Alert, Card, ChannelRoi, Dashboard } from '../dashboard/model';
import { formatKpiValue, Language } from '../format/formatValue';
import { escapeHtml } from '../html/escape';
import { alertLine } from '../render/dashboard/alertText';
import { adviceLook, statusLook } from '../render/dashboard/words';
import { compactValue, periodLabel, percentChange } from '../render/dashboard/formats';

export interface Digest {
  subject: string;
  html: string;
  text: string;
}

export interface DigestOptions {
  /** Link to the Dashboard sheet (the spreadsheet's URL with the sheet's gid). */
  dashboardUrl: string;
}

const W = {
  en: {
    missedN: (n: number) => `${n} objective${n > 1 ? 's' : ''} missed`, allMet: (n: number) => (n === 1 ? 'objective met' : `all ${n} objectives met`), noObjective: 'no objective set',
    headline: 'Headline KPIs', kpi: 'KPI', value: 'Value', objective: 'Objective', gap: 'Gap', status: 'Status', prev: 'vs previous month', year: 'vs a year before',
    missed: 'Objectives missed', why: 'what explains it', others: 'Other alerts', channels: 'Channels', capitalise: 'Worth more budget', fix: 'To fix or stop',
    noChannel: 'No channel stands out this quarter.', revenue: 'Revenue by month vs objective', leads: 'Leads by channel', data: 'Data check',
    clean: 'No problem found in the data.', problems: (n: number) => `${n} problem${n > 1 ? 's' : ''} in the data: open the dashboard's data alerts to fix them.`,
    open: 'Open the dashboard', footer: 'Sent by Pilote from your spreadsheet. Change or stop this digest in Extensions › Pilote › Open Pilote.',
    objectiveShort: 'obj.', none: 'nothing missed this month',
  },
  fr: {
    missedN: (n: number) => `${n} objectif${n > 1 ? 's' : ''} manqué${n > 1 ? 's' : ''}`, allMet: (n: number) => (n === 1 ? 'objectif atteint' : `les ${n} objectifs atteints`), noObjective: 'aucun objectif fixé',
    headline: 'Indicateurs clés', kpi: 'Indicateur', value: 'Valeur', objective: 'Objectif', gap: 'Écart', status: 'Statut', prev: 'vs mois précédent', year: 'vs un an avant',
    missed: 'Objectifs manqués', why: 'ce qui l’explique', others: 'Autres alertes', channels: 'Canaux', capitalise: 'À renforcer', fix: 'À corriger ou arrêter',
    noChannel: 'Aucun canal ne se détache ce trimestre.', revenue: 'Chiffre d’affaires mensuel vs objectif', leads: 'Leads par canal', data: 'Contrôle des données',
    clean: 'Aucun problème dans les données.', problems: (n: number) => `${n} problème${n > 1 ? 's' : ''} dans les données : ouvrez les alertes Données du tableau de bord pour les corriger.`,
    open: 'Ouvrir le tableau de bord', footer: 'Envoyé par Pilote depuis votre classeur. Modifiez ou arrêtez ce récapitulatif dans Extensions › Pilote › Ouvrir Pilote.',
    objectiveShort: 'obj.', none: 'rien de manqué ce mois-ci',
  },
};

const FONT = 'font-family:Arial,Helvetica,sans-serif;';

export function composeDigest(model: Dashboard, o: DigestOptions): Digest {
  const { language, currency } = model.settings;
  const w = W[language];
  const month = model.periods.full;
  const full = model.objectives.filter((a) => a.period?.key === month.key);
  const missed = full.filter((a) => a.status === 'missed');
  const status = missed.length ? w.missedN(missed.length) : full.length ? w.allMet(full.length) : w.noObjective;
  const subject = `Pilote — ${model.workbookName} — ${periodLabel(month, language)}${language === 'fr' ? '\u00a0:' : ':'} ${status}`;
  const others = model.alerts.filter((a) => !(a.kind === 'objective' && a.period?.key === month.key && a.status === 'missed') && !(a.kind === 'objective' && a.period?.key === model.periods.current.key));
  const chan = model.channels;
  const up = chan ? chan.rows.filter((r) => r.advice === 'capitalise') : [];
  const down = chan ? chan.rows.filter((r) => r.advice === 'fix' || r.advice === 'stop') : [];

  const html = page(subject, [
    header(model, status, missed.length > 0, language),
    section(w.headline, headlineTable(model.cards, language, currency)),
    section(w.missed, missed.length ? list(missed.map((a) => alertHtml(a, currency, language))) : `<p style="${FONT}font-size:14px;color:#137333;margin:0">${escapeHtml(w.none)}</p>`),
    others.length ? section(w.others, list(others.slice(0, 8).map((a) => alertHtml(a, currency, language)))) : '',
    chan ? section(`${w.channels} — ${periodLabel(chan.period, language)}`, channelsHtml(up, down, chan.total, language, currency)) : '',
    revenueBars(model, language, currency),
    leadsBars(model, language),
    section(w.data, `<p style="${FONT}font-size:14px;margin:0;color:${model.issues.length ? '#7f6000' : '#137333'}">${escapeHtml(model.issues.length ? w.problems(model.issues.length) : w.clean)}</p>`),
    button(o.dashboardUrl, w.open),
    `<p style="${FONT}font-size:12px;color:#80868b;margin:24px 0 0">${escapeHtml(w.footer)}</p>`,
  ]);
  return { subject, html, text: plainText(model, subject, missed, others, up, down, o.dashboardUrl) };
}

function page(title: string, parts: string[]): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)}</title></head>`
    + `<body style="margin:0;padding:0;background:#f1f3f4">`
    + `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f1f3f4"><tr><td align="center" style="padding:16px 8px">`
    + `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:600px;background:#ffffff;border-radius:8px"><tr><td style="padding:20px 20px 24px">`
    + parts.filter(Boolean).join('\n')
    + `</td></tr></table></td></tr></table></body></html>`;
}

function header(model: Dashboard, status: string, bad: boolean, language: Language): string {
  return `<p style="${FONT}font-size:12px;color:#5f6368;margin:0 0 4px">Pilote · ${escapeHtml(model.workbookName)}</p>`
    + `<h1 style="${FONT}font-size:22px;line-height:28px;color:#202124;margin:0 0 6px">${escapeHtml(periodLabel(model.periods.full, language))}</h1>`
    + `<p style="${FONT}font-size:15px;font-weight:bold;margin:0 0 8px;color:${bad ? '#b3261e' : '#137333'}">${escapeHtml(status)}</p>`;
}

function section(title: string, body: string): string {
  return `<h2 style="${FONT}font-size:16px;color:#202124;margin:22px 0 8px;border-bottom:1px solid #e8eaed;padding-bottom:4px">${escapeHtml(title)}</h2>${body}`;
}

function list(items: string[]): string {
  return `<table role="presentation" width="100%" cellpadding="0" cellspacing="0">${items.map((i) => `<tr><td style="padding:4px 0">${i}</td></tr>`).join('')}</table>`;
}

function alertHtml(a: Alert, currency: string, language: Language): string {
  const line = alertLine(a, currency, language);
  return `<span style="${FONT}display:inline-block;font-size:11px;font-weight:bold;padding:2px 6px;border-radius:3px;background:${line.background};color:${line.color}">${escapeHtml(line.label)}</span> `
    + `<span style="${FONT}font-size:14px;line-height:20px;color:#202124">${escapeHtml(line.text)}</span>`;
}

function headlineTable(cards: Card[], language: Language, currency: string): string {
  const w = W[language];
  const o = { language, currency };
  const th = (t: string, align = 'right') => `<th style="${FONT}font-size:11px;color:#5f6368;text-align:${align};padding:4px 6px;border-bottom:1px solid #dadce0;font-weight:normal">${escapeHtml(t)}</th>`;
  const td = (t: string, style = '') => `<td style="${FONT}font-size:13px;text-align:right;padding:6px;border-bottom:1px solid #f1f3f4;${style}">${escapeHtml(t)}</td>`;
  const rows = cards.filter((c) => c.kpi.period !== 'none').map((c) => {
    const p = c.full;
    const v = valueOf(p.value);
    const look = statusLook(p.status, language);
    const change = (x: number | undefined) => (x === undefined ? '—' : percentChange(x, language));
    return `<tr><td style="${FONT}font-size:13px;padding:6px;border-bottom:1px solid #f1f3f4;color:#202124">${escapeHtml(c.kpi.label[language])}</td>`
      + td(v === undefined ? '—' : formatKpiValue(v, c.kpi.unit, o), 'font-weight:bold')
      + td(p.objective ? formatKpiValue(p.objective.value, c.kpi.unit, o) : '—', 'color:#5f6368')
      + `<td style="${FONT}font-size:12px;text-align:center;padding:6px;border-bottom:1px solid #f1f3f4"><span style="padding:2px 6px;border-radius:3px;background:${look.background};color:${look.color};white-space:nowrap">${escapeHtml(look.label)}${p.gapRatio !== undefined && p.status !== 'no_objective' ? ` ${escapeHtml(percentChange(p.gapRatio, language))}` : ''}</span></td>`
      + td(change(p.changePrevious), 'color:#5f6368') + td(change(p.changeYear), 'color:#5f6368') + '</tr>';
  });
  return `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="border-collapse:collapse"><tr>${th(w.kpi, 'left')}${th(w.value)}${th(w.objective)}${th(w.status, 'center')}${th(w.prev)}${th(w.year)}</tr>${rows.join('')}</table>`;
}

function channelsHtml(up: ChannelRoi[], down: ChannelRoi[], total: ChannelRoi, language: Language, currency: string): string {
  const w = W[language];
  if (!up.length && !down.length) return `<p style="${FONT}font-size:14px;margin:0">${escapeHtml(w.noChannel)}</p>`;
  const line = (r: ChannelRoi) => {
    const look = adviceLook(r.advice, language);
    const roi = r.roi === undefined ? '—' : `${(Math.round(r.roi * 10) / 10).toString().replace('.', language === 'fr' ? ',' : '.')}×`;
    const cac = r.cac === undefined ? (language === 'fr' ? 'aucun client' : 'no customer') : `CAC ${compactValue(r.cac, 'currency', currency, language, false)}`;
    const avg = total.cac === undefined ? '' : ` (${language === 'fr' ? 'moyenne' : 'average'} ${compactValue(total.cac, 'currency', currency, language, false)})`;
    return `<span style="${FONT}display:inline-block;font-size:11px;font-weight:bold;padding:2px 6px;border-radius:3px;background:${look.background};color:${look.color}">${escapeHtml(look.label)}</span> `
      + `<span style="${FONT}font-size:14px">${escapeHtml(`${r.channel}: ${language === 'fr' ? 'CA' : 'revenue'} ${roi} ${language === 'fr' ? 'les dépenses' : 'the spend'}, ${cac}${avg}`)}</span>`;
  };
  return (up.length ? `<p style="${FONT}font-size:13px;color:#5f6368;margin:0 0 4px">${escapeHtml(w.capitalise)}</p>${list(up.map(line))}` : '')
    + (down.length ? `<p style="${FONT}font-size:13px;color:#5f6368;margin:10px 0 4px">${escapeHtml(w.fix)}</p>${list(down.map(line))}` : '');
}

/** Horizontal bars, one table row per month: a bar for the revenue and a tick for the objective. */
function revenueBars(model: Dashboard, language: Language, currency: string): string {
  const s = model.series.REVENUE;
  if (!s) return '';
  const w = W[language];
  const points = s.points.filter((p) => !p.inProgress).slice(-12);
  const max = Math.max(1, ...points.map((p) => Math.max(p.value ?? 0, p.objective ?? 0)));
  const rows = points.map((p) => {
    const v = p.value ?? 0;
    const pct = Math.round((v / max) * 100);
    const obj = p.objective === undefined ? undefined : Math.round((p.objective / max) * 100);
    const missed = p.status === 'missed';
    const bar = `<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr>`
      + (pct > 0 ? `<td width="${pct}%" style="background:${missed ? '#ea8a80' : '#1a73e8'};height:14px;font-size:0;line-height:0">&nbsp;</td>` : '')
      + `<td style="font-size:0;line-height:0">&nbsp;</td></tr></table>`
      + (obj !== undefined ? `<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr>${obj > 0 ? `<td width="${obj}%" style="border-top:2px dashed #e37400;font-size:0;line-height:0;height:2px">&nbsp;</td>` : ''}<td style="font-size:0;line-height:0">&nbsp;</td></tr></table>` : '');
    return `<tr><td style="${FONT}font-size:12px;color:#5f6368;padding:2px 6px 2px 0;white-space:nowrap;width:64px">${escapeHtml(periodLabel(p.period, language, true))}</td>`
      + `<td style="padding:2px 0">${bar}</td>`
      + `<td style="${FONT}font-size:12px;text-align:right;padding:2px 0 2px 6px;white-space:nowrap;width:90px">${escapeHtml(p.value === undefined ? '—' : compactValue(p.value, 'currency', currency, language, false))}</td></tr>`;
  });
  const legend = `<p style="${FONT}font-size:11px;color:#5f6368;margin:6px 0 0"><span style="color:#1a73e8">■</span> ${escapeHtml(w.revenue.split(' ')[0])} · <span style="color:#ea8a80">■</span> ${escapeHtml(language === 'fr' ? 'objectif manqué' : 'objective missed')} · <span style="color:#e37400">┄</span> ${escapeHtml(w.objective)}</p>`;
  return section(w.revenue, `<table role="presentation" width="100%" cellpadding="0" cellspacing="0">${rows.join('')}</table>${legend}`);
}

/** Leads of the month by channel, as bars. */
function leadsBars(model: Dashboard, language: Language): string {
  const lc = model.leadsByChannel;
  if (!lc) return '';
  const at = model.months.findIndex((m) => m.key === model.periods.full.key);
  if (at < 0) return '';
  const values = lc.segments.map((s, i) => ({ s, v: lc.values[at][i] ?? 0 })).sort((a, b) => b.v - a.v);
  const max = Math.max(1, ...values.map((x) => x.v));
  const rows = values.map(({ s, v }) => {
    const pct = Math.round((v / max) * 100);
    return `<tr><td style="${FONT}font-size:12px;color:#202124;padding:2px 6px 2px 0;white-space:nowrap;width:120px">${escapeHtml(s || (language === 'fr' ? '(vide)' : '(blank)'))}</td>`
      + `<td style="padding:2px 0"><table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr>${pct > 0 ? `<td width="${pct}%" style="background:#34a853;height:14px;font-size:0;line-height:0">&nbsp;</td>` : ''}<td style="font-size:0;line-height:0">&nbsp;</td></tr></table></td>`
      + `<td style="${FONT}font-size:12px;text-align:right;padding:2px 0 2px 6px;width:48px">${v}</td></tr>`;
  });
  return section(`${W[language].leads} — ${periodLabel(model.periods.full, language)}`, `<table role="presentation" width="100%" cellpadding="0" cellspacing="0">${rows.join('')}</table>`);
}

function button(url: string, label: string): string {
  return `<table role="presentation" cellpadding="0" cellspacing="0" style="margin:24px 0 0"><tr><td style="background:#1a73e8;border-radius:4px"><a href="${escapeHtml(url)}" style="${FONT}display:inline-block;padding:10px 18px;color:#ffffff;font-size:14px;font-weight:bold;text-decoration:none">${escapeHtml(label)}</a></td></tr></table>`;
}

function plainText(model: Dashboard, subject: string, missed: Alert[], others: Alert[], up: ChannelRoi[], down: ChannelRoi[], url: string): string {
  const { language, currency } = model.settings;
  const w = W[language];
  const o = { language, currency };
  const out = [subject, ''];
  out.push(`${w.headline}`);
  for (const c of model.cards) {
    if (c.kpi.period === 'none') continue;
    const v = valueOf(c.full.value);
    const look = statusLook(c.full.status, language);
    out.push(`- ${c.kpi.label[language]}: ${v === undefined ? '—' : formatKpiValue(v, c.kpi.unit, o)}${c.full.objective ? ` (${w.objective.toLowerCase()} ${formatKpiValue(c.full.objective.value, c.kpi.unit, o)}, ${look.label})` : ''}${c.full.changePrevious !== undefined ? `, ${percentChange(c.full.changePrevious, language)} ${w.prev}` : ''}`);
  }
  out.push('', w.missed);
  if (!missed.length) out.push(`- ${w.none}`);
  for (const a of missed) out.push(`- ${alertLine(a, currency, language).text}`);
  if (others.length) {
    out.push('', w.others);
    for (const a of others.slice(0, 8)) { const l = alertLine(a, currency, language); out.push(`- ${l.label}: ${l.text}`); }
  }
  if (up.length || down.length) {
    out.push('', w.channels);
    for (const r of [...up, ...down]) out.push(`- ${adviceLook(r.advice, language).label}: ${r.channel}${r.roi !== undefined ? ` (${Math.round(r.roi * 10) / 10}×)` : ''}`);
  }
  out.push('', `${w.data}: ${model.issues.length ? w.problems(model.issues.length) : w.clean}`, '', `${w.open}: ${url}`);
  return out.join('\n');
}
