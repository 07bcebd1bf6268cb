/**
 * The bundle's entry. esbuild wraps everything in `var Pilote = (() => …)()`; the build then
 * appends one top-level `function` per entry point below, each with its JSDoc and real
 * parameter names, because Apps Script only sees top-level function declarations.
 */
import { FORMULA_DOCS } from '../core/formulas/docs';
import { CUSTOM_FUNCTIONS } from './customFunctions';
import { onDigestTrigger } from './digest/digestTrigger';
import { sendDigestNow } from './digest/sendDigest';
import { setDigest } from './digest/setDigest';
import { insertSampleData } from './insertSampleData';
import { onInstall, onOpen } from './menu';
import { refreshDashboard } from './refreshDashboard';
import { showHelp } from './showHelp';

export interface EntryPoint {
  /** Parameter names of the generated top-level function. */
  params: string[];
  /** One line for its JSDoc. */
  doc: string;
  run: (...args: never[]) => unknown;
}

/** Menus, triggers and (later) sidebar handlers: the functions Apps Script calls by name. */
export const entryPoints: Record<string, EntryPoint> = {
  onOpen: { params: ['e'], doc: 'Adds the Pilote menu when the spreadsheet opens.', run: onOpen },
  onInstall: { params: ['e'], doc: 'Adds the Pilote menu right after the add-on is installed.', run: onInstall },
  refreshDashboard: { params: [], doc: 'Menu: generates the dashboard sheets, or replaces them with fresh ones.', run: refreshDashboard },
  insertSampleData: { params: [], doc: 'Menu: inserts the sample tables into new sheets.', run: insertSampleData },
  showHelp: { params: [], doc: 'Menu: shows the custom functions in a sidebar.', run: showHelp },
  onDigestTrigger: { params: ['e'], doc: 'Daily time-driven trigger: sends the monthly digest when it is due.', run: onDigestTrigger },
  setDigest: { params: ['settings'], doc: 'Sidebar: saves the monthly digest settings and installs or removes its daily trigger.', run: setDigest },
  sendDigestNow: { params: [], doc: 'Sidebar: sends a test digest of the last full month to the user only.', run: sendDigestNow },
};

/** The custom functions and their documentation (the build writes their JSDoc from it). */
export const customFunctions = CUSTOM_FUNCTIONS;
export const customFunctionDocs = FORMULA_DOCS;
