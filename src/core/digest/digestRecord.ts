/**
 * What the monthly digest has sent, as stored in the document's properties: for the month being
 * sent, who already has it and who is still owed it (and why). The trigger reads it to decide
 * whether the digest is due (digestSchedule.ts) and writes it after every message, so a
 * recipient is never sent the same month twice. Pure.
 */
import type { DigestSettings, DigestStatus } from './digestSettings';
import { parseStoredJson } from '../format/storedJson';

export interface DigestRecord {
  /** The month (`2026-10`) whose digest this record is about: the last one the trigger started. */
  month: string;
  /** The recipients that month's digest reached, each with when (ISO text). */
  sent: { to: string; at: string }[];
  /**
   * The recipients still owed that month's digest, why (the daily quota, an error) and when the
   * run that missed them happened. Absent once every recipient of the run has it.
   */
  notSent?: { recipients: string[]; reason: string; at: string };
  /** The last digest sent to anyone: its month and when (ISO text). Kept across months. */
  lastSent?: { month: string; at: string };
}

/** Addresses compare case-insensitively (what mail servers do with the domain, and users expect). */
export function sameAddress(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** Whether `record` says `to` already has the digest of `month`. */
export function hasReceived(record: DigestRecord | undefined, month: string, to: string): boolean {
  return !!record && record.month === month && record.sent.some((s) => sameAddress(s.to, to));
}

/**
 * The record to write to while sending `month`: the same record when it is already about that
 * month (a retry), else a fresh one that keeps only `lastSent`.
 */
export function recordFor(record: DigestRecord | undefined, month: string): DigestRecord {
  if (record && record.month === month) return { ...record, sent: record.sent.slice(), ...(record.notSent ? { notSent: { ...record.notSent, recipients: record.notSent.recipients.slice() } } : {}) };
  return { month, sent: [], ...(record?.lastSent ? { lastSent: { ...record.lastSent } } : {}) };
}

/** `to` has just been sent `record.month`'s digest at `at`. */
export function withSent(record: DigestRecord, to: string, at: string): DigestRecord {
  const out: DigestRecord = { ...record, sent: [...record.sent.filter((s) => !sameAddress(s.to, to)), { to, at }], lastSent: { month: record.month, at } };
  if (record.notSent) {
    const left = record.notSent.recipients.filter((r) => !sameAddress(r, to));
    if (left.length) out.notSent = { ...record.notSent, recipients: left };
    else delete out.notSent;
  }
  return out;
}

/** After a run: who is still owed `record.month`'s digest, and why (nobody: the month is complete). */
export function withNotSent(record: DigestRecord, recipients: string[], reason: string, at: string): DigestRecord {
  const out: DigestRecord = { ...record };
  const owed = recipients.filter((r) => !hasReceived(record, record.month, r));
  if (owed.length) out.notSent = { recipients: owed, reason, at };
  else delete out.notSent;
  return out;
}

/** The recipients in sending order: the owner (who set the digest up) first, then as listed. */
export function ownerFirst(recipients: string[], owner: string): string[] {
  const mine = recipients.filter((r) => owner !== '' && sameAddress(r, owner));
  return [...mine, ...recipients.filter((r) => !mine.includes(r))];
}

/** A stored record, or undefined when there is none or it can't be read (a hand edit). */
export function parseDigestRecord(text: string | null | undefined): DigestRecord | undefined {
  const raw = parseStoredJson(text);
  if (raw === undefined) return undefined;
  const o = raw as Partial<DigestRecord> | null;
  if (!o || typeof o !== 'object' || typeof o.month !== 'string' || !/^\d{4}-\d{2}$/.test(o.month) || !Array.isArray(o.sent)) return undefined;
  const sent = o.sent.filter((s): s is { to: string; at: string } => !!s && typeof s.to === 'string' && typeof s.at === 'string');
  const out: DigestRecord = { month: o.month, sent };
  const n = o.notSent;
  if (n && Array.isArray(n.recipients) && typeof n.reason === 'string') out.notSent = { recipients: n.recipients.filter((r) => typeof r === 'string'), reason: n.reason, at: String(n.at ?? '') };
  const l = o.lastSent;
  if (l && typeof l.month === 'string' && typeof l.at === 'string') out.lastSent = { month: l.month, at: l.at };
  return out;
}

/** What the sidebar shows: the settings, the last digest sent and who the current one missed. */
export function digestStatusOf(settings: DigestSettings, record: DigestRecord | undefined): DigestStatus {
  const status: DigestStatus = { settings: { ...settings, recipients: settings.recipients.slice() } };
  if (record?.lastSent) status.lastSent = { ...record.lastSent };
  if (record?.notSent) status.notSent = { month: record.month, recipients: record.notSent.recipients.slice(), reason: record.notSent.reason };
  return status;
}
