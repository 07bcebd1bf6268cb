/**
 * The monthly digest's settings, as the sidebar sends them to `setDigest(settings)` and as they
 * are stored in the document's properties. Pure validation: a bad field is refused with a message
 * naming it, and nothing changes.
 */
import type { Language } from '../settings/settings';
import { parseStoredJson } from '../format/storedJson';

export interface DigestSettings {
  enabled: boolean;
  /** Day of the month the digest is due, 1–28 (every month has it). */
  day: number;
  /**
   * Hour of the day (0–23) the daily trigger runs at, in the spreadsheet's time zone (the trigger
   * is created `inTimezone` of it: the founder's 8 a.m., not the add-on developer's).
   */
  hour: number;
  /** At most MAX_RECIPIENTS addresses; the user's own by default. */
  recipients: string[];
  language: Language;
  /** Refresh the dashboard before sending. */
  refreshFirst: boolean;
}

/** What the sidebar shows of the digest: its settings and what happened last. */
export interface DigestStatus {
  settings: DigestSettings;
  /** The month (`2026-10`) of the last digest sent, and when (ISO text), if any. */
  lastSent?: { month: string; at: string };
  /** Recipients a digest could not reach (quota), for the month they missed. */
  notSent?: { month: string; recipients: string[]; reason: string };
}

export const MAX_RECIPIENTS = 10;

export interface DigestSettingsError { field: keyof DigestSettings | 'settings'; message: string }

/** A plain address check: one @, a dot in the domain, no spaces or angle brackets. */
const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;

export function defaultDigestSettings(userEmail: string, language: Language): DigestSettings {
  return { enabled: false, day: 1, hour: 8, recipients: userEmail ? [userEmail] : [], language, refreshFirst: true };
}

export function validateDigestSettings(input: unknown): { ok: true; settings: DigestSettings } | { ok: false; errors: DigestSettingsError[] } {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { ok: false, errors: [{ field: 'settings', message: 'the digest settings must be an object' }] };
  const o = input as Record<string, unknown>;
  const errors: DigestSettingsError[] = [];
  const bool = (k: 'enabled' | 'refreshFirst') => {
    if (typeof o[k] !== 'boolean') errors.push({ field: k, message: `${k} must be true or false` });
    return o[k] === true;
  };
  const int = (k: 'day' | 'hour', lo: number, hi: number, what: string) => {
    const n = typeof o[k] === 'string' && (o[k] as string).trim() !== '' ? Number(o[k]) : o[k];
    if (typeof n !== 'number' || !Number.isInteger(n) || n < lo || n > hi) errors.push({ field: k, message: `${k} must be ${what}` });
    return n as number;
  };
  const enabled = bool('enabled');
  const refreshFirst = bool('refreshFirst');
  const day = int('day', 1, 28, 'a day of the month from 1 to 28 (every month has it)');
  const hour = int('hour', 0, 23, 'an hour from 0 to 23');
  const language = o.language === 'en' || o.language === 'fr' ? o.language : undefined;
  if (!language) errors.push({ field: 'language', message: 'language must be "en" or "fr"' });
  let recipients: string[] = [];
  if (!Array.isArray(o.recipients) || !o.recipients.every((r) => typeof r === 'string')) {
    errors.push({ field: 'recipients', message: 'recipients must be a list of email addresses' });
  } else {
    recipients = [...new Set((o.recipients as string[]).map((r) => r.trim()).filter((r) => r !== ''))];
    const bad = recipients.filter((r) => !EMAIL.test(r));
    if (bad.length) errors.push({ field: 'recipients', message: `not an email address: ${bad.join(', ')}` });
    else if (recipients.length > MAX_RECIPIENTS) errors.push({ field: 'recipients', message: `at most ${MAX_RECIPIENTS} recipients (got ${recipients.length})` });
    else if (enabled && recipients.length === 0) errors.push({ field: 'recipients', message: 'give at least one recipient to switch the digest on' });
  }
  return errors.length ? { ok: false, errors } : { ok: true, settings: { enabled, day, hour, recipients, language: language!, refreshFirst } };
}

/**
 * The digest as stored in the document's properties (JSON): the settings, plus who saved them
 * (the owner: their trigger sends the digest, and they are served first when the daily email
 * quota is short) and the spreadsheet's time zone the trigger was created in.
 */
export interface StoredDigest {
  settings: DigestSettings;
  owner: string;
  timeZone: string;
}

export function serializeStoredDigest(s: StoredDigest): string {
  return JSON.stringify({ ...s.settings, owner: s.owner, timeZone: s.timeZone });
}

/** The stored digest, or undefined when there is none or it no longer validates (a hand edit). */
export function parseStoredDigest(text: string | null | undefined): StoredDigest | undefined {
  const raw = parseStoredJson(text);
  if (raw === undefined) return undefined;
  const checked = validateDigestSettings(raw);
  if (!checked.ok) return undefined;
  const o = raw as Record<string, unknown>;
  return { settings: checked.settings, owner: typeof o.owner === 'string' ? o.owner : '', timeZone: typeof o.timeZone === 'string' ? o.timeZone : '' };
}
