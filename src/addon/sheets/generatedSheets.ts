import type { SheetPlan } from '../../core/render/sheetPlan';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Sheet-level developer metadata marks the sheets Pilote generated: key `pilote.generated`, the
 * plan's key (`dashboard`, `sales`…) as value. PROJECT visibility: only Pilote's own script
 * project can find, change or remove it, so no other add-on or user macro can tag a user's sheet
 * as Pilote's (which a refresh would then delete) or strip the tag from Pilote's. A deployment
 * under another Cloud project sees no tag and so treats every sheet as the user's: it writes
 * "Dashboard (Pilote)" beside the old one and deletes nothing — the safe way to fail.
 */
export const GENERATED_KEY = 'pilote.generated';

export interface GeneratedSheet {
  /** The plan key stored in the tag. */
  key: string;
  name: string;
  sheet: Sheet;
  metadata: GoogleAppsScript.Spreadsheet.DeveloperMetadata;
}

/**
 * Every sheet carrying Pilote's tag, with one finder over the spreadsheet (not by reading each
 * sheet's metadata): 4 calls, then 4 per tagged sheet (value, location, sheet, name).
 */
export function findGeneratedSheets(ss: Spreadsheet): GeneratedSheet[] {
  const found = ss.createDeveloperMetadataFinder()
    .withKey(GENERATED_KEY)
    .withLocationType(SpreadsheetApp.DeveloperMetadataLocationType.SHEET)
    .find();
  const out: GeneratedSheet[] = [];
  for (const metadata of found) {
    const key = metadata.getValue() ?? '';
    const sheet = metadata.getLocation().getSheet();
    if (sheet) out.push({ key, name: sheet.getName(), sheet, metadata });
  }
  return out;
}

export function tagSheet(sheet: Sheet, key: string): void {
  sheet.addDeveloperMetadata(GENERATED_KEY, key, SpreadsheetApp.DeveloperMetadataVisibility.PROJECT);
}

/** One tab of the workbook as the refresh found it: a user sheet (key null) or a tagged one. */
export interface Tab {
  name: string;
  generatedKey: string | null;
}

export interface Placement {
  key: SheetPlan['key'];
  /** The sheet's name: the plan's, or "… (Pilote)" when a user sheet already has the plan's. */
  name: string;
  /** The plan's name. */
  wanted: string;
  /** Final 0-based position in the tab order. */
  index: number;
}

export interface Layout {
  placements: Placement[];
  /** Tagged sheets to delete: each planned one (rewritten in its place) and any no plan asks for. */
  deleted: string[];
  /**
   * Second and later sheets tagged with the same key (a copy the user made of a generated tab,
   * if Sheets copied its metadata): left untouched and untagged, so they are the user's from now on.
   */
  released: string[];
  /** Sheets that stay: the user's (released ones included). */
  userTabs: number;
}

/**
 * Where each planned sheet goes and under which name. Pure.
 * - A planned sheet already generated takes its old sheet's place in the tab order.
 * - A new one goes right after the previous plan's sheet; the first plan (the Dashboard) goes
 *   first. So on first creation the Dashboard opens the workbook and the other tabs follow it.
 * - User sheets keep their relative order and their names: a plan whose name a user sheet
 *   already has (Sheets compares names case-insensitively) becomes "Name (Pilote)", then
 *   "Name (Pilote 2)"…
 */
export function layoutGeneratedSheets(tabs: Tab[], plans: Pick<SheetPlan, 'key' | 'name'>[]): Layout {
  const planned = new Set<string>(plans.map((p) => p.key));
  type Slot = { user: string } | { key: string };
  const slots: Slot[] = [];
  const seen = new Set<string>();
  const deleted: string[] = [], released: string[] = [];
  for (const tab of tabs) {
    if (tab.generatedKey === null) slots.push({ user: tab.name });
    else if (seen.has(tab.generatedKey)) {
      released.push(tab.name);
      slots.push({ user: tab.name });
    } else {
      seen.add(tab.generatedKey);
      deleted.push(tab.name);
      if (planned.has(tab.generatedKey)) slots.push({ key: tab.generatedKey });
    }
  }
  const slotOf = (key: string) => slots.findIndex((s) => 'key' in s && s.key === key);
  let previous = -1;
  for (const plan of plans) {
    let i = slotOf(plan.key);
    if (i < 0) {
      i = previous + 1;
      slots.splice(i, 0, { key: plan.key });
    }
    previous = i;
  }
  const taken = new Set(slots.flatMap((s) => ('user' in s ? [s.user.toLowerCase()] : [])));
  const placements = plans.map((plan): Placement => {
    let name = plan.name;
    for (let n = 1; taken.has(name.toLowerCase()); n++) name = n === 1 ? `${plan.name} (Pilote)` : `${plan.name} (Pilote ${n})`;
    taken.add(name.toLowerCase());
    return { key: plan.key, name, wanted: plan.name, index: slotOf(plan.key) };
  });
  return { placements, deleted, released, userTabs: slots.filter((s) => 'user' in s).length };
}

/** A name no sheet can have while Pilote swaps the last sheets of a workbook made only of its own. */
const PARKING_NAME = 'Pilote — refreshing…';

/**
 * Applies a layout: deletes the tagged sheets it names, then inserts each planned sheet at its
 * final position, tags it (before writing: a sheet left half-written is still Pilote's and the
 * next refresh replaces it) and hands it to `write`. Inserting in ascending final position over
 * user sheets that never move puts every sheet where the layout says. User sheets are never
 * written, renamed, moved or deleted. Returns the new sheets in plan order.
 */
export function applyLayout(ss: Spreadsheet, layout: Layout, generated: GeneratedSheet[], write: (sheet: Sheet, placement: Placement) => void): Sheet[] {
  const byName = new Map(generated.map((g) => [g.name, g]));
  for (const name of layout.released) byName.get(name)?.metadata.remove();
  const doomed = layout.deleted.map((name) => byName.get(name)).filter((g): g is GeneratedSheet => !!g);
  // A spreadsheet keeps at least one sheet: with no user sheet, the last old one waits under
  // another name until the new ones exist (or stays, if there is nothing to write).
  let parked: GeneratedSheet | null = null;
  if (layout.userTabs === 0 && doomed.length > 0) {
    const last = doomed.pop()!;
    if (layout.placements.length > 0) parked = last;
  }
  for (const g of doomed) ss.deleteSheet(g.sheet);
  if (parked) parked.sheet.setName(PARKING_NAME);
  const sheets = new Map<string, Sheet>();
  for (const p of layout.placements.slice().sort((a, b) => a.index - b.index)) {
    const sheet = ss.insertSheet(p.name, p.index);
    tagSheet(sheet, p.key);
    write(sheet, p);
    sheets.set(p.key, sheet);
  }
  if (parked) ss.deleteSheet(parked.sheet);
  return layout.placements.map((p) => sheets.get(p.key)!);
}
