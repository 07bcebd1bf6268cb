import { digestStatusOf, sameAddress } from '../../core/digest/digestRecord';
import { defaultDigestSettings, validateDigestSettings } from '../../core/digest/digestSettings';
import type { DigestSettings, DigestStatus } from '../../core/digest/digestSettings';
import type { Language } from '../../core/settings/settings';
import { detailOf } from '../errors';
import type { SetDigestResult } from '../sidebar/api';
import { loadSettings } from '../settingsStore';
import { ensureDigestTrigger, removeDigestTriggers } from './digestTrigger';
import { loadDigestRecord, loadStoredDigest, saveStoredDigest } from './digestStore';

const TEXT = {
  en: (detail: string) => `Pilote could not schedule the digest (${detail}). Your digest settings were not changed.`,
  fr: (detail: string) => `Pilote n’a pas pu programmer le récapitulatif (${detail}). Vos réglages du récapitulatif n’ont pas changé.`,
} as const;

/**
 * Sidebar: saves the digest's settings and installs or removes its trigger. A bad field is
 * refused with a message naming it, and then nothing changes (no property, no trigger).
 *
 * On: exactly one Pilote trigger of this user in this spreadsheet, daily at the chosen hour in the
 * spreadsheet's time zone, however many times this is called (an unchanged hour keeps the trigger
 * already there). Off: this user's Pilote digest trigger in this spreadsheet is deleted, and no
 * other trigger. The user who saves becomes the digest's owner (their trigger sends it).
 */
export function setDigest(settings: DigestSettings): SetDigestResult {
  const checked = validateDigestSettings(settings);
  if (!checked.ok) return { ok: false, errors: checked.errors };
  const next = checked.settings;
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const timeZone = ss.getSpreadsheetTimeZone();
  const owner = Session.getEffectiveUser().getEmail();
  const previous = loadStoredDigest();
  const installed = previous && previous.settings.enabled && sameAddress(previous.owner, owner) ? { hour: previous.settings.hour, timeZone: previous.timeZone } : undefined;
  if (next.enabled) {
    try {
      ensureDigestTrigger(ss, next.hour, timeZone, installed);
    } catch (e) {
      // Put back the trigger the saved settings promise, if this user had one (best effort).
      if (installed) {
        try {
          ensureDigestTrigger(ss, installed.hour, installed.timeZone);
        } catch {
          /* the saved settings stay; the sidebar shows the error */
        }
      }
      throw new Error((TEXT[next.language] ?? TEXT.en)(detailOf(e)));
    }
  } else {
    removeDigestTriggers(ss);
  }
  saveStoredDigest({ settings: next, owner, timeZone });
  return { ok: true, status: digestStatusOf(next, loadDigestRecord()) };
}

/**
 * What the sidebar shows of the digest (its getSidebarState calls this): the saved settings, or
 * the defaults when none are saved (off, the 1st at 8:00, the user as recipient, the dashboard's
 * language — itself the spreadsheet locale's unless chosen); the last digest sent; who the
 * current month's digest has not reached yet, and why. `language`: the dashboard's, when the
 * caller has already loaded its settings (read only when no digest is saved).
 */
export function digestStatus(language?: Language): DigestStatus {
  const stored = loadStoredDigest();
  const settings = stored?.settings ?? defaultDigestSettings(activeUserEmail(), language ?? loadSettings().language);
  return digestStatusOf(settings, loadDigestRecord());
}

/** The user's address, '' where Apps Script does not reveal it. */
function activeUserEmail(): string {
  try {
    return Session.getActiveUser().getEmail() || '';
  } catch {
    return '';
  }
}
