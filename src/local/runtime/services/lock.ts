import type { RuntimeContext } from '../context';
import { checkArgs } from '../infra/checkArgs';
import type { Clock } from './clock';
import type { Executions } from './execution';
import { exposeImpl } from './handles';

/**
 * LockService — developers.google.com/apps-script/reference/lock
 * Concurrency is simulated: a lock is held by an execution id. A test makes "another
 * execution" hold one with `runtime.locks.holdAsOtherExecution(scope, untilMs?)`; waiting for
 * it advances the fake clock instead of sleeping. Locks are released when their execution ends.
 */
export type LockScope = 'document' | 'script' | 'user';

/** The message waitLock throws on timeout (as Apps Script reports it; not on a reference page). */
export const MSG_LOCK_TIMEOUT = 'Lock timeout: another process was holding the lock for too long.';

interface Holder {
  executionId: string;
  /** When the other execution releases it (ms since epoch); undefined: never on its own. */
  until?: number;
  /** The Lock objects of that execution that acquired it (hasLock is per object). */
  owners: Set<number>;
}

export class LocksHost {
  private readonly holders = new Map<LockScope, Holder>();
  private others = 0;

  constructor(private readonly clock: Clock, private readonly executions: Executions) {
    executions.onEnd((id) => this.releaseAllOf(id));
  }

  /** Another execution takes the lock now, until `untilMs` (absolute ms) or until `releaseOther`. */
  holdAsOtherExecution(scope: LockScope, untilMs?: number): string {
    const id = `other-${++this.others}`;
    this.holders.set(scope, { executionId: id, until: untilMs, owners: new Set() });
    return id;
  }

  /** The other execution releases the lock. */
  releaseOther(scope: LockScope): void {
    const h = this.holders.get(scope);
    if (h && h.executionId.startsWith('other-')) this.holders.delete(scope);
  }

  /** Who holds `scope` now ('exec-N', 'other-N', or null). */
  holder(scope: LockScope): string | null {
    return this.live(scope)?.executionId ?? null;
  }

  /** @internal */
  live(scope: LockScope): Holder | undefined {
    const h = this.holders.get(scope);
    if (h && h.until !== undefined && h.until <= this.clock.now()) {
      this.holders.delete(scope);
      return undefined;
    }
    return h;
  }

  /**
   * @internal Lock object `owner` tries to take `scope` for the current execution, waiting up to
   * timeoutMs of fake time. Another Lock object of the same execution gets it at once (doubtful:
   * Google does not say whether its locks are re-entrant within an execution).
   */
  acquire(scope: LockScope, timeoutMs: number, owner: number): boolean {
    const me = this.executions.current;
    const h = this.live(scope);
    if (h && h.executionId === me) {
      h.owners.add(owner);
      return true;
    }
    if (!h) {
      this.holders.set(scope, { executionId: me, owners: new Set([owner]) });
      return true;
    }
    const wait = h.until === undefined ? Infinity : h.until - this.clock.now();
    if (wait <= timeoutMs) {
      this.clock.advance(wait);
      this.holders.set(scope, { executionId: me, owners: new Set([owner]) });
      return true;
    }
    this.clock.advance(timeoutMs);
    return false;
  }

  /**
   * @internal releaseLock frees `scope` if the current execution holds it, whichever of its Lock
   * objects is called (doubtful: the reference does not say what releaseLock on a second object
   * does); every object of the execution then reports hasLock false.
   */
  release(scope: LockScope): void {
    if (this.holders.get(scope)?.executionId === this.executions.current) this.holders.delete(scope);
  }

  /** @internal Whether Lock object `owner` of the current execution holds `scope`. */
  holds(scope: LockScope, owner: number): boolean {
    const h = this.live(scope);
    return !!h && h.executionId === this.executions.current && h.owners.has(owner);
  }

  /** @internal A fresh id for a Lock object. */
  nextOwner(): number {
    return ++this.lockObjects;
  }
  private lockObjects = 0;

  private releaseAllOf(id: string): void {
    for (const [scope, h] of this.holders) if (h.executionId === id) this.holders.delete(scope);
  }
}

/**
 * One Lock object. hasLock is this object's own state: "Returns true if the lock was acquired.
 * This method will return false if tryLock(timeoutInMillis) or waitLock(timeoutInMillis) were
 * never called, timed out before the lock could be retrieved, or if releaseLock() was called"
 * (developers.google.com/apps-script/reference/lock/lock#hasLock()) — so a second
 * getDocumentLock() object that never called tryLock reports false even while the first holds it.
 */
class LockImpl implements GoogleAppsScript.Lock.Lock {
  private readonly id: number;
  constructor(private readonly ctx: RuntimeContext, private readonly host: LocksHost, private readonly scope: LockScope) {
    this.id = host.nextOwner();
  }

  hasLock(): boolean {
    return this.host.holds(this.scope, this.id);
  }
  releaseLock(): void {
    this.host.release(this.scope);
  }
  tryLock(timeoutInMillis: number): boolean {
    checkArgs('LockService.Lock.tryLock', [timeoutInMillis], [['Integer']], (m) => this.ctx.error(m));
    return this.host.acquire(this.scope, Math.max(0, timeoutInMillis), this.id);
  }
  waitLock(timeoutInMillis: number): void {
    checkArgs('LockService.Lock.waitLock', [timeoutInMillis], [['Integer']], (m) => this.ctx.error(m));
    if (!this.host.acquire(this.scope, Math.max(0, timeoutInMillis), this.id)) throw this.ctx.error(MSG_LOCK_TIMEOUT);
  }
}

class LockServiceImpl implements GoogleAppsScript.Lock.LockService {
  constructor(private readonly ctx: RuntimeContext, private readonly host: LocksHost) {}
  private lock(scope: LockScope): GoogleAppsScript.Lock.Lock {
    return exposeImpl(this.ctx.calls, 'LockService.Lock', new LockImpl(this.ctx, this.host, scope));
  }
  getDocumentLock(): GoogleAppsScript.Lock.Lock {
    return this.lock('document');
  }
  getScriptLock(): GoogleAppsScript.Lock.Lock {
    return this.lock('script');
  }
  getUserLock(): GoogleAppsScript.Lock.Lock {
    return this.lock('user');
  }
}

export function createLockService(ctx: RuntimeContext, host: LocksHost): GoogleAppsScript.Lock.LockService {
  return exposeImpl(ctx.calls, 'LockService', new LockServiceImpl(ctx, host));
}
