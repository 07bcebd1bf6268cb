import { createHash } from 'node:crypto';
import type { RuntimeContext } from '../context';
import { exposeImpl } from './handles';

/**
 * Session — developers.google.com/apps-script/reference/base/session
 * Reading the user's address needs the userinfo.email scope; without it Apps Script refuses.
 */
export const USERINFO_EMAIL_SCOPE = 'https://www.googleapis.com/auth/userinfo.email';

class UserImpl implements Pick<GoogleAppsScript.Base.User, 'getEmail'> {
  constructor(private readonly email: string) {}
  getEmail(): string {
    return this.email;
  }
}

/** getTimeZone and getUser are deprecated in Apps Script and not provided. */
class SessionImpl implements Omit<GoogleAppsScript.Base.Session, 'getTimeZone' | 'getUser'> {
  constructor(private readonly ctx: RuntimeContext) {}

  private user(method: string): GoogleAppsScript.Base.User {
    this.ctx.requireScope(`Session.${method}`, USERINFO_EMAIL_SCOPE);
    // Custom functions and AuthMode.NONE never see who the user is.
    const email = this.ctx.authMode === 'FULL' || this.ctx.authMode === 'LIMITED' ? this.ctx.options.userEmail : '';
    return exposeImpl(this.ctx.calls, 'Session.User', new UserImpl(email)) as unknown as GoogleAppsScript.Base.User;
  }
  getActiveUser(): GoogleAppsScript.Base.User {
    return this.user('getActiveUser');
  }
  getEffectiveUser(): GoogleAppsScript.Base.User {
    return this.user('getEffectiveUser');
  }
  getActiveUserLocale(): string {
    return this.ctx.options.userLocale;
  }
  getScriptTimeZone(): string {
    return this.ctx.options.scriptTimeZone;
  }
  /** Stable per user and script, opaque (Google's is also stable for ~30 days). */
  getTemporaryActiveUserKey(): string {
    return createHash('sha256').update(`pilote-local:${this.ctx.options.userEmail}`).digest('base64').slice(0, 43);
  }
}

export function createSession(ctx: RuntimeContext): GoogleAppsScript.Base.Session {
  return exposeImpl(ctx.calls, 'Session', new SessionImpl(ctx)) as unknown as GoogleAppsScript.Base.Session;
}
