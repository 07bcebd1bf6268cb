/**
 * What the digest needed from the runtime beyond the services it already had:
 * - a spreadsheet that can no longer be opened (deleted, or the user lost access): "Returns the
 *   currently active spreadsheet, or null if there is none"
 *   (developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#getActiveSpreadsheet(),
 *   and #getActive() likewise);
 * - two executions at once: a second one begun inside the first (a trigger firing while another
 *   run of it is still going) holds its own locks, and the first resumes when it ends
 *   (developers.google.com/apps-script/reference/lock/lock#tryLock(Integer): a lock held by
 *   another execution makes tryLock wait, then return false).
 */
import { LocalRuntime } from '../../../src/local/runtime/LocalRuntime';
import { WorkbookModel } from '../../../src/local/runtime/spreadsheet';
import { loadBundle } from './services/fixture';

describe('a spreadsheet that can no longer be opened', () => {
  it('getActive() and getActiveSpreadsheet() return null; the add-on can tell', () => {
    const rt = new LocalRuntime({}, WorkbookModel.fromGrids({ Deals: [['Deal']] }));
    const addon = loadBundle('function probe() { var a = SpreadsheetApp.getActiveSpreadsheet(); var b = SpreadsheetApp.getActive(); return [a === null, b === null, a ? a.getName() : null]; }', rt);
    expect(addon.call('probe')).toEqual([false, false, 'Pilote (local)']);
    rt.workbook.unavailable = true;
    expect(addon.call('probe')).toEqual([true, true, null]);
  });
});

describe('an execution begun inside another', () => {
  it('has its own locks: it waits for the first one’s, and the first still holds it after', () => {
    const rt = new LocalRuntime({ now: () => Date.UTC(2026, 3, 5, 12) });
    const addon = loadBundle(`
      function inner() { var l = LockService.getDocumentLock(); return l.tryLock(30000); }
      function outer() {
        var l = LockService.getDocumentLock();
        l.tryLock(1000);
        var second = __host.runInner();
        return [second, l.hasLock()];
      }`, rt);
    (addon.context as unknown as { __host: unknown }).__host = { runInner: () => addon.call('inner') };
    const start = rt.clock.now();
    expect(addon.call('outer')).toEqual([false, true]);
    expect(rt.clock.now() - start).toBe(30_000);
    expect(rt.locks.holder('document')).toBeNull(); // released when the outer execution ended
    expect(addon.call('inner')).toBe(true);
  });
});
