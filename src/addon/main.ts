/**
 * The bundle's entry. esbuild wraps everything in `var Pilote = (() => …)()`; the build then
 * appends one top-level `function` per entry point below, each with its JSDoc and real
 * parameter names, because Apps Script only sees top-level function declarations.
 */
import { FORMULA_DOCS } from '../core/formulas/docs';
import { CUSTOM_FUNCTIONS } from './customFunctions';
import { onDigestTrigger } from './digest/digestTrigger';
import { insertSampleData } from './insertSampleData';
import { onInstall, onOpen } from './menu';
import { refreshDashboardEntry } from './refreshDashboard';
import { showHelp } from './showHelp';
import { SIDEBAR_FUNCTIONS, SIDEBAR_PARAMS } from './sidebar/api';
import { openSidebar } from './sidebar/openSidebar';
import { forSidebar, SIDEBAR_DOCS, sidebarServer, USER_MESSAGES_ONLY } from './sidebar/server';

export interface EntryPoint {
  /** Parameter names of the generated top-level function. */
  params: string[];
  /** One line for its JSDoc. */
  doc: string;
  run: (...args: never[]) => unknown;
}

/**
 * The sidebar's server functions (sidebar/api.ts), each guarded so a failure reaches the
 * sidebar as a message for the user. The parameter names come from SIDEBAR_PARAMS, whose type
 * follows SidebarApi: a function added, removed or given another arity fails the typecheck.
 */
const sidebarEntryPoints: Record<string, EntryPoint> = Object.fromEntries(SIDEBAR_FUNCTIONS.map((name) => {
  const fn = sidebarServer[name] as (...args: unknown[]) => unknown;
  return [name, { params: [...SIDEBAR_PARAMS[name]], doc: SIDEBAR_DOCS[name], run: USER_MESSAGES_ONLY.has(name) ? fn : forSidebar(fn) }];
}));

/** Menus, triggers and sidebar handlers: the functions Apps Script calls by name. */
export const entryPoints: Record<string, EntryPoint> = {
  onOpen: { params: ['e'], doc: 'Adds the Pilote menu when the spreadsheet opens.', run: onOpen },
  onInstall: { params: ['e'], doc: 'Adds the Pilote menu right after the add-on is installed.', run: onInstall },
  openSidebar: { params: [], doc: 'Menu: opens the Pilote sidebar.', run: openSidebar },
  ...sidebarEntryPoints,
  // Menu and sidebar: the sidebar passes 'sidebar' (see refreshDashboardEntry).
  refreshDashboard: { params: ['from'], doc: SIDEBAR_DOCS.refreshDashboard, run: forSidebar(refreshDashboardEntry) },
  insertSampleData: { params: [], doc: 'Menu: inserts the sample tables into new sheets.', run: insertSampleData },
  showHelp: { params: [], doc: 'Menu: shows the custom functions in a sidebar.', run: showHelp },
  onDigestTrigger: { params: ['e'], doc: 'Daily time-driven trigger: sends the monthly digest when it is due.', run: onDigestTrigger },
};

/** The custom functions and their documentation (the build writes their JSDoc from it). */
export const customFunctions = CUSTOM_FUNCTIONS;
export const customFunctionDocs = FORMULA_DOCS;
