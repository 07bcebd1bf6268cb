import { MSG_LOCK_TIMEOUT } from '../../../../src/local/runtime/services/lock';
import { makeRuntime, thrown } from './fixture';

describe('LockService', () => {
  it('waitLock times out while another execution holds the lock, advancing the clock (developers.google.com/apps-script/reference/lock/lock#waitLock(Integer))', () => {
    const rt = makeRuntime();
    rt.clock.set(0);
    rt.locks.holdAsOtherExecution('document', 60000);
    const e = thrown(() => rt.execute('FULL', () => rt.globals().LockService.getDocumentLock().waitLock(30000)));
    expect(e).toEqual({ name: 'Exception', message: MSG_LOCK_TIMEOUT });
    expect(rt.options.now()).toBe(30000);
  });

  it('tryLock waits for the other holder when it releases in time (developers.google.com/apps-script/reference/lock/lock#tryLock(Integer))', () => {
    const rt = makeRuntime();
    rt.clock.set(0);
    rt.locks.holdAsOtherExecution('script', 5000);
    const got = rt.execute('FULL', () => {
      const lock = rt.globals().LockService.getScriptLock();
      const ok = lock.tryLock(10000);
      expect(lock.hasLock()).toBe(true);
      return ok;
    });
    expect(got).toBe(true);
    expect(rt.options.now()).toBe(5000);
    expect(rt.locks.holder('script')).toBeNull(); // released when the execution ended
  });

  it('tryLock returns false against a holder that never releases; other scopes are independent', () => {
    const rt = makeRuntime();
    rt.locks.holdAsOtherExecution('user');
    rt.execute('FULL', () => {
      const L = rt.globals().LockService;
      expect(L.getUserLock().tryLock(100)).toBe(false);
      expect(L.getUserLock().hasLock()).toBe(false);
      expect(L.getDocumentLock().tryLock(0)).toBe(true);
      L.getDocumentLock().releaseLock();
      expect(rt.locks.holder('document')).toBeNull();
    });
  });

  it('the same execution re-acquires its own lock', () => {
    const rt = makeRuntime();
    rt.execute('FULL', () => {
      const l = rt.globals().LockService.getScriptLock();
      l.waitLock(0);
      l.waitLock(0);
      expect(l.hasLock()).toBe(true);
    });
    expect(rt.calls.get('LockService.Lock.waitLock')).toBe(2);
  });
});
