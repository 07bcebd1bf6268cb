/**
 * Where a refresh puts each generated sheet and under which name (pure: layoutGeneratedSheets).
 * The end-to-end tests check the same rules on the runtime; these cover the orderings a user can
 * leave behind.
 */
import { layoutGeneratedSheets, type Tab } from '../../src/addon/sheets/generatedSheets';
import type { GeneratedSheetKey } from '../../src/core/render/sheetPlan';

const user = (name: string): Tab => ({ name, generatedKey: null });
const gen = (name: string, key: string): Tab => ({ name, generatedKey: key });
const PLANS: { key: GeneratedSheetKey; name: string }[] = [
  { key: 'dashboard', name: 'Dashboard' }, { key: 'acquisition', name: 'Acquisition' }, { key: 'sales', name: 'Sales' },
];
const order = (tabs: Tab[]) => {
  const l = layoutGeneratedSheets(tabs, PLANS);
  return { ...l, placements: l.placements.map((p) => `${p.index}:${p.name}`) };
};

describe('layoutGeneratedSheets', () => {
  it('first creation: the Dashboard first, the other tabs right after it, the user’s sheets after them', () => {
    expect(order([user('Leads'), user('Deals')])).toEqual({ placements: ['0:Dashboard', '1:Acquisition', '2:Sales'], deleted: [], released: [], userTabs: 2 });
  });

  it('a refresh keeps each generated sheet where the user put it', () => {
    // Sales moved first, Dashboard moved between the user's sheets.
    const tabs = [gen('Sales', 'sales'), user('Leads'), gen('Dashboard', 'dashboard'), gen('Acquisition', 'acquisition'), user('Deals')];
    expect(order(tabs)).toEqual({ placements: ['2:Dashboard', '3:Acquisition', '0:Sales'], deleted: ['Sales', 'Dashboard', 'Acquisition'], released: [], userTabs: 2 });
  });

  it('a missing generated sheet comes back right after the previous plan’s sheet', () => {
    const tabs = [user('Leads'), gen('Dashboard', 'dashboard'), user('Deals'), gen('Sales', 'sales')];
    // Acquisition follows the Dashboard (index 2), which pushes Deals and Sales one place right.
    expect(order(tabs).placements).toEqual(['1:Dashboard', '2:Acquisition', '4:Sales']);
  });

  it('deletes a tagged sheet no plan asks for; hands a second sheet with the same tag back to the user', () => {
    const tabs = [gen('Dashboard', 'dashboard'), gen('Retention', 'retention'), gen('Acquisition', 'acquisition'), gen('Copy of Dashboard', 'dashboard'), gen('Sales', 'sales')];
    expect(order(tabs)).toEqual({ placements: ['0:Dashboard', '1:Acquisition', '3:Sales'], deleted: ['Dashboard', 'Retention', 'Acquisition', 'Sales'], released: ['Copy of Dashboard'], userTabs: 1 });
  });

  it('a user sheet with a plan’s name, in any case, gives the generated one "(Pilote)", then "(Pilote 2)"…', () => {
    expect(order([user('dashboard'), user('SALES'), user('Sales (Pilote)')]).placements).toEqual(['0:Dashboard (Pilote)', '1:Acquisition', '2:Sales (Pilote 2)']);
    // A generated sheet's own old name is free: it is being replaced.
    expect(order([gen('Dashboard', 'dashboard')]).placements).toEqual(['0:Dashboard', '1:Acquisition', '2:Sales']);
  });

  it('a workbook of generated sheets only keeps no user tab (the writer then parks the last old sheet)', () => {
    expect(order([gen('Dashboard', 'dashboard'), gen('Sales', 'sales')]).userTabs).toBe(0);
  });
});
