import { ownerFirst, recordFor, sameAddress, withNotSent } from '../../core/digest/digestRecord';
import { isDigestDue, type DigestDue } from '../../core/digest/digestSchedule';
import type { StoredDigest } from '../../core/digest/digestSettings';
import { withDocumentLock } from '../documentLock';
import { detailOf } from '../errors';
import { LOCK_WAIT_MS, refresh } from '../refreshDashboard';
import { todayIn } from '../spreadsheetDays';
import { loadDigestRecord, loadStoredDigest, saveDigestRecord } from './digestStore';
import { reasons, sendDueDigest, type DigestSendOutcome } from './sendDigest';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Trigger = GoogleAppsScript.Script.Trigger;

/** The handler Apps Script calls by name (a top-level function of build/Code.js, see main.ts). */
export const DIGEST_HANDLER = 'onDigestTrigger';

/**
 * This user's digest triggers in this spreadsheet: getUserTriggers(spreadsheet) lists only this
 * add-on's triggers of this user in this document, never the user's other triggers, another
 * add-on's, or Pilote's in another spreadsheet; the handler's name picks Pilote's digest among them.
 */
export function digestTriggers(ss: Spreadsheet): Trigger[] {
  return ScriptApp.getUserTriggers(ss).filter((t) => t.getHandlerFunction() === DIGEST_HANDLER);
}

/**
 * Exactly one digest trigger of this user in this spreadsheet, daily at `hour` in `timeZone`. An
 * add-on may hold one time-driven trigger per user and document: any digest trigger already here
 * is deleted before the new one is made, unless it is the only one and already runs at that hour
 * in that zone (`installed`: what the saved settings say it was made with), in which case it stays.
 */
export function ensureDigestTrigger(ss: Spreadsheet, hour: number, timeZone: string, installed?: { hour: number; timeZone: string }): void {
  const mine = digestTriggers(ss);
  if (mine.length === 1 && installed && installed.hour === hour && installed.timeZone === timeZone) return;
  for (const t of mine) ScriptApp.deleteTrigger(t);
  ScriptApp.newTrigger(DIGEST_HANDLER).timeBased().everyDays(1).atHour(hour).inTimezone(timeZone).create();
}

/** Deletes this user's digest triggers in this spreadsheet, and nothing else; returns how many. */
export function removeDigestTriggers(ss: Spreadsheet): number {
  const mine = digestTriggers(ss);
  for (const t of mine) ScriptApp.deleteTrigger(t);
  return mine.length;
}

/** What a run of the handler did (JSON-safe; Apps Script ignores a trigger's result, tests read it). */
export type DigestRun =
  | { outcome: 'stopped'; reason: string; deleted: number }
  | { outcome: 'not-due'; month: string; reason: Extract<DigestDue, { due: false }>['reason'] }
  | { outcome: 'busy'; month: string }
  | { outcome: 'failed'; month: string; reason: string }
  | ({ outcome: 'sent' } & DigestSendOutcome);

const LOG = 'Pilote digest:';

/**
 * The daily trigger. Sends the previous month's digest when it is due (core/digest/digestSchedule.ts),
 * and otherwise does nothing, so a failed run (quota, busy lock, error) is retried the next day.
 *
 * 1. The spreadsheet must still open and the digest's settings still exist and be switched on;
 *    when not, the trigger deletes itself (found by the event's triggerUid) and logs why. So does
 *    a trigger whose user no longer owns the digest (another editor saved it since: theirs sends).
 * 2. Due? (a cheap look at the record, no lock).
 * 3. refreshFirst: refresh({ origin: 'trigger' }), which takes and releases the document lock
 *    itself; a failure is recorded and the digest waits for the next day.
 * 4. Under the document lock: due again (another run may have sent it meanwhile), compose, send
 *    as far as the quota goes, owner first, and record each message as it goes.
 */
export function onDigestTrigger(e?: { triggerUid?: string }): DigestRun {
  const uid = e && typeof e.triggerUid === 'string' ? e.triggerUid : undefined;
  let ss: Spreadsheet | null;
  let why = '';
  try {
    ss = SpreadsheetApp.getActiveSpreadsheet();
  } catch (err) {
    ss = null;
    why = ` (${detailOf(err)})`;
  }
  if (!ss) return stop(uid, null, `the spreadsheet can no longer be opened${why}: deleted, or access lost`);
  try {
    return runDigest(ss, uid);
  } catch (err) {
    console.error(LOG, err);
    return { outcome: 'failed', month: '', reason: detailOf(err) };
  }
}

function runDigest(ss: Spreadsheet, uid: string | undefined): DigestRun {
  const stored = loadStoredDigest();
  if (!stored) return stop(uid, ss, 'its settings no longer exist in this spreadsheet');
  if (!stored.settings.enabled) return stop(uid, ss, 'the digest is switched off');
  const me = Session.getEffectiveUser().getEmail();
  if (me && stored.owner && !sameAddress(me, stored.owner)) return stop(uid, ss, `the digest was set up since by ${stored.owner}, whose trigger sends it`);

  const today = todayIn(ss.getSpreadsheetTimeZone());
  const first = isDigestDue(today, stored.settings, loadDigestRecord());
  if (!first.due) return { outcome: 'not-due', month: first.month, reason: first.reason };

  if (stored.settings.refreshFirst) {
    try {
      refresh({ origin: 'trigger' });
    } catch (err) {
      const reason = reasons(stored.settings.language).refresh(detailOf(err));
      console.warn(LOG, `${first.month} not sent today: ${reason}. Next try at tomorrow's run.`);
      withDocumentLock(() => recordFailure(stored, first, reason), LOCK_WAIT_MS);
      return { outcome: 'failed', month: first.month, reason };
    }
  }

  const result = withDocumentLock((): DigestRun => {
    // Read again under the lock: another run may have sent it, or the settings changed.
    const now = loadStoredDigest();
    if (!now || !now.settings.enabled) return { outcome: 'not-due', month: first.month, reason: 'off' };
    const record = loadDigestRecord();
    const due = isDigestDue(today, now.settings, record);
    if (!due.due) return { outcome: 'not-due', month: due.month, reason: due.reason };
    return { outcome: 'sent', ...sendDueDigest(ss, now, due, record) };
  }, LOCK_WAIT_MS);
  if (!result) {
    console.warn(LOG, `${first.month} not sent today: another run held the spreadsheet for more than ${LOCK_WAIT_MS / 1000} s. Next try at tomorrow's run.`);
    return { outcome: 'busy', month: first.month };
  }
  if (result.outcome === 'sent') {
    if (result.sentTo.length) console.log(LOG, `${result.month} sent to ${result.sentTo.join(', ')}.`);
    if (result.notSent.length) console.warn(LOG, `${result.month} not sent to ${result.notSent.join(', ')}: ${result.reason}.`);
  }
  return result;
}

function recordFailure(stored: StoredDigest, due: Extract<DigestDue, { due: true }>, reason: string): void {
  const record = recordFor(loadDigestRecord(), due.month);
  saveDigestRecord(withNotSent(record, ownerFirst(due.recipients, stored.owner), reason, new Date().toISOString()));
}

/**
 * The trigger deletes itself and logs why. By its unique id (the event's triggerUid) among the
 * user's triggers of the project, so it can go even when its spreadsheet can't be opened; without
 * an event (run from the editor), this user's digest triggers of this spreadsheet.
 */
function stop(uid: string | undefined, ss: Spreadsheet | null, reason: string): DigestRun {
  const own = uid ? ScriptApp.getProjectTriggers().filter((t) => t.getUniqueId() === uid) : ss ? digestTriggers(ss) : [];
  for (const t of own) ScriptApp.deleteTrigger(t);
  console.warn(LOG, `trigger deleted: ${reason}.`);
  return { outcome: 'stopped', reason, deleted: own.length };
}
