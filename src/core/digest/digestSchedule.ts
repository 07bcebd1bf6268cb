/**
 * When the monthly digest is due. A trigger can't be placed on a day of the month reliably, so
 * one daily trigger runs at the chosen hour and asks this rule (pure):
 *
 * - the digest of month M is sent from the chosen day (1–28) of month M + 1, to the end of M + 1;
 * - on each run it goes to the recipients who do not have it yet: a run that failed (quota, busy
 *   lock, error) is retried by the next day's run, and a recipient is never sent a month twice;
 * - once a run has reached every recipient, the month is done: a recipient added later gets the
 *   next month's digest; while some are still owed (the quota ran out), the retry goes to the
 *   settings' recipients of that day who do not have it yet;
 * - on the first day of the month after, M + 1's digest takes over and any recipient still owed
 *   M's is left without it (the record keeps who, until M + 1's digest is sent).
 */
import { ymdOfDay } from '../dates/day';
import type { Day } from '../dates/day';
import { monthOf, previousPeriod } from '../dates/period';
import { hasReceived, type DigestRecord } from './digestRecord';
import type { DigestSettings } from './digestSettings';

/** The month a digest sent on `today` reports: the month before today's, as `2026-10`. */
export function digestMonthOf(today: Day): string {
  return previousPeriod(monthOf(today)).key;
}

export type DigestDue =
  | { due: true; month: string; recipients: string[] }
  | { due: false; month: string; reason: 'off' | 'before-day' | 'sent' };

/**
 * Whether the digest is due on `today` (the spreadsheet's calendar day) and to whom: the chosen
 * day reached and the previous month's digest not yet sent to every recipient (see above).
 */
export function isDigestDue(today: Day, settings: DigestSettings, record: DigestRecord | undefined): DigestDue {
  const month = digestMonthOf(today);
  if (!settings.enabled) return { due: false, month, reason: 'off' };
  if (ymdOfDay(today).day < settings.day) return { due: false, month, reason: 'before-day' };
  // A record of a later month (the spreadsheet's zone moved back across midnight): done.
  if (record && record.month > month) return { due: false, month, reason: 'sent' };
  if (record && record.month === month && !record.notSent) return { due: false, month, reason: 'sent' };
  const recipients = settings.recipients.filter((r) => !hasReceived(record, month, r));
  return recipients.length ? { due: true, month, recipients } : { due: false, month, reason: 'sent' };
}
