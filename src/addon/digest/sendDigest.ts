import { dashboardModel } from '../../core/dashboard/dashboardSheets';
import { composeDigest, type Digest } from '../../core/digest/composeDigest';
import { ownerFirst, recordFor, withNotSent, withSent, type DigestRecord } from '../../core/digest/digestRecord';
import type { DigestDue } from '../../core/digest/digestSchedule';
import type { StoredDigest } from '../../core/digest/digestSettings';
import type { Language, Settings } from '../../core/settings/settings';
import { withDocumentLock } from '../documentLock';
import { detailOf } from '../errors';
import { LOCK_WAIT_MS } from '../refreshDashboard';
import { loadSettings } from '../settingsStore';
import { findGeneratedSheets } from '../sheets/generatedSheets';
import { readWorkbook } from '../sheets/readWorkbook';
import { spreadsheetDayOf } from '../spreadsheetDays';
import { loadStoredDigest, saveDigestRecord } from './digestStore';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The sender's name the inbox shows. */
const SENDER = 'Pilote';

export interface ComposedDigest {
  digest: Digest;
  /** The month it reports, `2026-10`. */
  month: string;
  dashboardUrl: string;
}

/**
 * The digest of the last full month (or of `month`), in `language`: reads the workbook once (as a
 * refresh does), builds the dashboard model with the dashboard's settings at the month grain, and
 * composes it. The link opens the generated Dashboard sheet, found by its tag (not its name); the
 * spreadsheet itself when there is none yet.
 */
export function composeDigestFor(ss: Spreadsheet, language: Language, month?: string): ComposedDigest {
  const generated = findGeneratedSheets(ss);
  const book = readWorkbook(ss, generated);
  const dayOf = spreadsheetDayOf(book.timeZone);
  const base = loadSettings(book.locale);
  const settings: Settings = { ...base, grain: 'month', language };
  if (month) settings.period = month;
  else delete settings.period;
  const model = dashboardModel({ sheets: book.sheets, settings, asOf: dayOf(new Date()), dayOf, locale: book.locale, workbookName: book.name });
  const dashboard = generated.find((g) => g.key === 'dashboard');
  const url = ss.getUrl();
  const dashboardUrl = dashboard ? `${url}#gid=${dashboard.sheet.getSheetId()}` : url;
  return { digest: composeDigest(model, { dashboardUrl }), month: model.periods.full.key, dashboardUrl };
}

function send(to: string, digest: Digest, subjectPrefix = ''): void {
  MailApp.sendEmail({ to, subject: subjectPrefix + digest.subject, body: digest.text, htmlBody: digest.html, name: SENDER });
}

const REASONS = {
  en: {
    quota: (left: number) => `the daily email quota ran out (it allowed ${left} more today); Pilote tries again tomorrow`,
    error: (to: string, detail: string) => `sending to ${to} failed (${detail})`,
    compose: (detail: string) => `the digest could not be composed (${detail})`,
    refresh: (detail: string) => `the dashboard could not be refreshed first (${detail})`,
  },
  fr: {
    quota: (left: number) => `le quota quotidien d’e-mails était épuisé (encore ${left} envoi(s) possible(s) aujourd’hui) ; Pilote réessaie demain`,
    error: (to: string, detail: string) => `l’envoi à ${to} a échoué (${detail})`,
    compose: (detail: string) => `le récapitulatif n’a pas pu être composé (${detail})`,
    refresh: (detail: string) => `le tableau de bord n’a pas pu être actualisé avant l’envoi (${detail})`,
  },
} as const;

export function reasons(language: Language) {
  return REASONS[language] ?? REASONS.en;
}

export interface DigestSendOutcome {
  month: string;
  sentTo: string[];
  notSent: string[];
  reason?: string;
}

/**
 * Sends a due digest, under the document lock the caller holds: composes it once, then one
 * message per recipient, the owner first, as far as MailApp's remaining daily quota goes (each
 * message to one recipient uses one). The record is written after every message, so a run cut
 * short never makes the next one send twice; who was not reached, and why, is recorded with it
 * (the sidebar shows it) and is sent to by the next day's run. `saved`: the record as the caller
 * read it under that lock (to decide the digest was due).
 */
export function sendDueDigest(ss: Spreadsheet, stored: StoredDigest, due: Extract<DigestDue, { due: true }>, saved: DigestRecord | undefined): DigestSendOutcome {
  const why = reasons(stored.settings.language);
  const now = () => new Date().toISOString();
  let record: DigestRecord = recordFor(saved, due.month);
  const recipients = ownerFirst(due.recipients, stored.owner);
  let composed: ComposedDigest;
  try {
    composed = composeDigestFor(ss, stored.settings.language, due.month);
  } catch (e) {
    console.error(e);
    const reason = why.compose(detailOf(e));
    saveDigestRecord(withNotSent(record, recipients, reason, now()));
    return { month: due.month, sentTo: [], notSent: recipients, reason };
  }
  const quota = MailApp.getRemainingDailyQuota();
  const sentTo: string[] = [];
  const problems: string[] = [];
  const missed: string[] = [];
  let overQuota = 0;
  for (const to of recipients) {
    if (sentTo.length >= quota) {
      missed.push(to);
      overQuota++;
      continue;
    }
    try {
      send(to, composed.digest);
    } catch (e) {
      missed.push(to);
      problems.push(why.error(to, detailOf(e)));
      continue;
    }
    sentTo.push(to);
    record = withSent(record, to, now());
    saveDigestRecord(record);
  }
  const reason = [overQuota ? why.quota(Math.max(0, quota)) : '', ...problems].filter(Boolean).join('; ');
  record = withNotSent(record, missed, reason, now());
  saveDigestRecord(record);
  return { month: due.month, sentTo, notSent: missed, ...(missed.length ? { reason } : {}) };
}

const NOW_TEXT = {
  en: {
    prefix: '[Test] ',
    noUser: 'Pilote cannot read your email address, so it can’t send you a test digest.',
    quota: 'Your daily email quota is used up: try the test digest again tomorrow.',
    busy: 'The dashboard is being refreshed right now (by another editor or the monthly digest). Wait a minute, then send the test again.',
  },
  fr: {
    prefix: '[Test] ',
    noUser: 'Pilote ne peut pas lire votre adresse e-mail : impossible de vous envoyer un récapitulatif de test.',
    quota: 'Votre quota quotidien d’e-mails est épuisé : réessayez l’envoi de test demain.',
    busy: 'Le tableau de bord est en cours d’actualisation (par un autre éditeur ou par le résumé mensuel). Patientez une minute, puis renvoyez le test.',
  },
} as const;

/**
 * Sidebar: "Send a test now". The digest of the last full month, in the saved digest's language
 * (else the dashboard's), sent at once to the user only, subject marked [Test]. Not recorded: it
 * never counts as the month's digest. Throws a message for the user when it can't send.
 */
export function sendDigestNow(): { sentTo: string[] } {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const language = loadStoredDigest()?.settings.language ?? loadSettings(ss.getSpreadsheetLocale()).language;
  const t = NOW_TEXT[language] ?? NOW_TEXT.en;
  const me = Session.getActiveUser().getEmail();
  if (!me) throw new Error(t.noUser);
  if (MailApp.getRemainingDailyQuota() < 1) throw new Error(t.quota);
  // Read the workbook while no refresh is rewriting Pilote's sheets.
  const composed = withDocumentLock(() => composeDigestFor(ss, language), LOCK_WAIT_MS);
  if (composed === undefined) throw new Error(t.busy);
  send(me, composed.digest, t.prefix);
  return { sentTo: [me] };
}
