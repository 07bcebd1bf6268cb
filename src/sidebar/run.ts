import type { SidebarApi } from '../addon/sidebar/api';

/**
 * A server call as a promise, typed from the server's own API: `run('saveSettings', settings)`
 * only compiles with the argument and result types SidebarApi declares.
 */
export function run<K extends keyof SidebarApi>(name: K, ...args: Parameters<SidebarApi[K]>): Promise<ReturnType<SidebarApi[K]>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((result) => resolve(result as ReturnType<SidebarApi[K]>))
      .withFailureHandler((error) => reject(new ServerError(cleanMessage(error))));
    const fn = runner[name] as ((...a: unknown[]) => void) | undefined;
    if (typeof fn !== 'function') {
      reject(new ServerError(''));
      return;
    }
    try {
      fn.apply(runner, args);
    } catch (e) {
      // The client refuses an argument before sending it (a bug of ours, never the user's).
      reject(new ServerError(''));
      console.error(e);
    }
  });
}

/** A failed call: `message` is for the user ('' when there is nothing useful to say). */
export class ServerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ServerError';
  }
}

/**
 * The failure handler's message without the exception's name Apps Script puts in front
 * ("Exception: …", "SidebarError: …"), and without any stack a server bug might carry.
 */
export function cleanMessage(error: unknown): string {
  const raw = error && typeof error === 'object' && 'message' in error ? String((error as Error).message) : String(error ?? '');
  const first = raw.split('\n')[0].replace(/^(?:[A-Z][A-Za-z]*(?:Error|Exception)|Exception|Error):\s*/, '').trim();
  return first;
}
