/**
 * Runs `fn` holding the document lock, waiting up to `waitMs` for it, and releases the lock
 * however `fn` ends (its error goes on to the caller). Undefined, without running `fn`, when the
 * lock can't be had in time: each caller says "busy" in its own words.
 */
export function withDocumentLock<T>(fn: () => T, waitMs: number): T | undefined {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(waitMs)) return undefined;
  try {
    return fn();
  } finally {
    lock.releaseLock();
  }
}
