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

  private user(method: string, email: string): GoogleAppsScript.Base.User {
    this.ctx.requireScope(`Session.${method}`, USERINFO_EMAIL_SCOPE);
    return exposeImpl(this.ctx.calls, 'Session.User', new UserImpl(email)) as unknown as GoogleAppsScript.Base.User;
  }
  /**
   * "The user's email address is not available in any context that allows a script to run
   * without that user's authorization, like a simple onOpen(e) or onEdit(e) trigger, a custom
   * function in Google Sheets" — blank there (AuthMode NONE, LIMITED, CUSTOM_FUNCTION) and in a
   * trigger fired by someone other than its creator, unless the user is in the developer's
   * domain (options.sameDomainAsDeveloper). The loader sets it per execution (ctx.execution).
   */
  getActiveUser(): GoogleAppsScript.Base.User {
    return this.user('getActiveUser', this.ctx.execution.activeUserEmail);
  }
  /** The user the script runs as: an installable trigger's creator; otherwise as getActiveUser. */
  getEffectiveUser(): GoogleAppsScript.Base.User {
    return this.user('getEffectiveUser', this.ctx.execution.effectiveUserEmail);
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
