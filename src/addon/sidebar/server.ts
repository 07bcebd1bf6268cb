import { detailOf } from '../errors';
import { RefreshError, refreshFromSidebar } from '../refreshDashboard';
import { loadSettings, saveSettings } from '../settingsStore';
import { setUpSheets } from '../setUpSheets';
import { sendDigestNow } from '../digest/sendDigest';
import { setDigest } from '../digest/setDigest';
import type { SidebarApi } from './api';
import { SIDEBAR_TEXT, SidebarError } from './messages';
import { selectProblem } from './selectProblem';
import { getSidebarState } from './state';
import { saveTargets } from './targetsStore';

/**
 * The sidebar's server functions. Typed as SidebarApi, so the compiler checks each against the
 * interface the client calls through; main.ts makes each a top-level function.
 */
export const sidebarServer: SidebarApi = {
  getSidebarState,
  saveSettings,
  saveTargets,
  selectProblem,
  refreshDashboard: () => refreshFromSidebar(),
  setUpSheets,
  setDigest,
  sendDigestNow,
};

/** One line for each function's JSDoc in build/Code.js. */
export const SIDEBAR_DOCS: { readonly [K in keyof SidebarApi]: string } = {
  getSidebarState: 'Sidebar: settings, data status, objectives and digest status, in one call.',
  saveSettings: 'Sidebar: validates and saves the dashboard settings (nothing saved when a field is wrong).',
  saveTargets: 'Sidebar: adds, edits and removes objectives in the Targets sheet, all or nothing.',
  selectProblem: 'Sidebar: selects the cell a data problem points to.',
  refreshDashboard: "Menu and sidebar: generates the dashboard sheets, or replaces them with fresh ones (the sidebar passes 'sidebar').",
  setUpSheets: 'Menu and sidebar: creates the missing input sheets, never altering an existing one.',
  setDigest: 'Sidebar: saves the monthly digest settings and installs or removes its daily trigger.',
  sendDigestNow: 'Sidebar: sends a test digest of the last full month to the user only.',
};

/**
 * Functions whose every error message is already written for the user (the digest's:
 * src/addon/digest/): not wrapped, their errors reach the sidebar as they are.
 */
export const USER_MESSAGES_ONLY: ReadonlySet<string> = new Set<keyof SidebarApi>(['setDigest', 'sendDigestNow']);

/**
 * What google.script.run hands the failure handler is the thrown error's message: only messages
 * written for the user go through as they are. Anything else (a bug, a service outage) is logged
 * for the developer and replaced by a message that says what to do, in the settings' language,
 * with the first line of the cause and never a stack trace.
 */
export function forSidebar<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  return (...args: A): R => {
    try {
      return fn(...args);
    } catch (e) {
      if (e instanceof SidebarError || e instanceof RefreshError) throw e;
      console.error(e);
      throw new SidebarError(SIDEBAR_TEXT[languageOrEnglish()].unexpected(detailOf(e, 160)));
    }
  };
}

function languageOrEnglish(): 'en' | 'fr' {
  try {
    return loadSettings().language;
  } catch {
    return 'en';
  }
}
