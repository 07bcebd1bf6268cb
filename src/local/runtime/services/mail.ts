import type { AuthModeName, RuntimeContext } from '../context';
import { checkArgs } from '../infra/checkArgs';
import { blobOf } from './blob';
import { exposeImpl } from './handles';

/**
 * MailApp — developers.google.com/apps-script/reference/mail/mail-app
 * Quota: each recipient (to + cc + bcc) counts (developers.google.com/apps-script/guides/services/quotas).
 */
export const SEND_MAIL_SCOPE = 'https://www.googleapis.com/auth/script.send_mail';
export const MSG_QUOTA = 'Service invoked too many times for one day: email.';
export const MSG_NO_RECIPIENT = 'Failed to send email: no recipient';
/**
 * Per-message limits of the quotas page (developers.google.com/apps-script/guides/services/quotas,
 * "Current limitations"): 50 recipients per message, a 200 KB body. The messages are those
 * Apps Script users report in their execution logs.
 */
export const MAX_RECIPIENTS_PER_MESSAGE = 50;
export const MSG_TOO_MANY_RECIPIENTS = 'Limit Exceeded: Email Recipients Per Message.';
/** 200 KB read strictly as 200,000 bytes of UTF-8 (Google does not say whether a KB is 1,000 or 1,024 bytes). */
export const MAX_BODY_BYTES = 200_000;
export const MSG_BODY_TOO_LARGE = 'Limit Exceeded: Email Body Size.';

export interface MailPart {
  name: string | null;
  contentType: string | null;
  bytes: Buffer;
}

export interface SentMail {
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  body: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
  noReply: boolean;
  attachments: MailPart[];
  inlineImages: Record<string, MailPart>;
  /**
   * Keys of inlineImages that no `cid:` in htmlBody refers to. Google throws nothing for them
   * (the reference only says the option "assumes that the htmlBody parameter is used and contains
   * references to these images"): they are sent as parts the message never shows inline.
   */
  unreferencedInlineImages: string[];
  /** Clock time of sending (ms). */
  at: number;
}

export class MailHost {
  readonly sent: SentMail[] = [];
  constructor(public remainingQuota: number) {}
}

const SEND: readonly AuthModeName[] = ['FULL'];
const EMAIL = /^[^\s@<>(),;:"[\]]+@[^\s@<>(),;:"[\]]+\.[^\s@<>(),;:"[\]]+$/;

/** Splits a comma-separated recipient list ("a@x.com, B <b@y.com>"), keeping the address only. */
function addresses(ctx: RuntimeContext, list: string | undefined): string[] {
  if (!list) return [];
  return list.split(',').map((s) => s.trim()).filter(Boolean).map((s) => {
    const addr = /<([^>]+)>\s*$/.exec(s)?.[1]?.trim() ?? s;
    if (!EMAIL.test(addr)) throw ctx.error(`Invalid email: ${s}`);
    return addr;
  });
}

/** Whether `html` refers to inline image `key` as `cid:key` (in src="…", src='…' or CSS url(…)). */
function referencesCid(html: string | undefined, key: string): boolean {
  if (html === undefined) return false;
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`cid:${escaped}(?![\\w.-])`).test(String(html));
}

function part(ctx: RuntimeContext, v: unknown, what: string): MailPart {
  const b = blobOf(v);
  if (!b) throw ctx.error(`Invalid argument: ${what}`);
  return { name: b.getName(), contentType: b.getContentType(), bytes: b.buffer };
}

class MailAppImpl implements GoogleAppsScript.Mail.MailApp {
  constructor(private readonly ctx: RuntimeContext, private readonly host: MailHost) {}

  getRemainingDailyQuota(): number {
    this.ctx.requireAuthMode('MailApp.getRemainingDailyQuota', SEND);
    this.ctx.requireScope('MailApp.getRemainingDailyQuota', SEND_MAIL_SCOPE);
    return this.host.remainingQuota;
  }

  sendEmail(message: GoogleAppsScript.Mail.MailAdvancedParameters): void;
  sendEmail(recipient: string, subject: string, body: string): void;
  sendEmail(recipient: string, subject: string, body: string, options: GoogleAppsScript.Mail.MailAdvancedParameters): void;
  sendEmail(to: string, replyTo: string, subject: string, body: string): void;
  sendEmail(...args: unknown[]): void {
    this.ctx.requireAuthMode('MailApp.sendEmail', SEND);
    this.ctx.requireScope('MailApp.sendEmail', SEND_MAIL_SCOPE);
    const sigs = [['Object'], ['String', 'String', 'String'], ['String', 'String', 'String', 'Object'], ['String', 'String', 'String', 'String']];
    checkArgs('MailApp.sendEmail', args, sigs, (m) => this.ctx.error(m));
    let n = args.length;
    while (n > 0 && args[n - 1] === undefined) n--;
    let p: GoogleAppsScript.Mail.MailAdvancedParameters;
    if (n === 1) p = { ...(args[0] as object) };
    else if (n === 4 && typeof args[3] === 'string') p = { to: args[0] as string, replyTo: args[1] as string, subject: args[2] as string, body: args[3] };
    else p = { ...((args[3] as object) ?? {}), to: args[0] as string, subject: args[1] as string, body: args[2] as string };
    this.send(p);
  }

  private send(p: GoogleAppsScript.Mail.MailAdvancedParameters): void {
    const to = addresses(this.ctx, p.to);
    const cc = addresses(this.ctx, p.cc);
    const bcc = addresses(this.ctx, p.bcc);
    if (p.replyTo) addresses(this.ctx, p.replyTo);
    const count = to.length + cc.length + bcc.length;
    if (count === 0) throw this.ctx.error(MSG_NO_RECIPIENT);
    if (count > MAX_RECIPIENTS_PER_MESSAGE) throw this.ctx.error(MSG_TOO_MANY_RECIPIENTS);
    for (const body of [p.body, p.htmlBody]) if (body !== undefined && Buffer.byteLength(String(body)) > MAX_BODY_BYTES) throw this.ctx.error(MSG_BODY_TOO_LARGE);
    if (count > this.host.remainingQuota) throw this.ctx.error(MSG_QUOTA);
    const attachments = (p.attachments ?? []).map((a, i) => part(this.ctx, a, `attachments[${i}]`));
    const inlineImages: Record<string, MailPart> = {};
    for (const [k, v] of Object.entries(p.inlineImages ?? {})) inlineImages[k] = part(this.ctx, v, `inlineImages.${k}`);
    const mail: SentMail = {
      to, cc, bcc,
      subject: String(p.subject ?? ''),
      body: String(p.body ?? ''),
      ...(p.htmlBody !== undefined ? { htmlBody: String(p.htmlBody) } : {}),
      ...(p.name !== undefined ? { name: String(p.name) } : {}),
      ...(p.replyTo !== undefined ? { replyTo: String(p.replyTo) } : {}),
      noReply: p.noReply === true,
      attachments, inlineImages,
      unreferencedInlineImages: Object.keys(inlineImages).filter((key) => !referencesCid(p.htmlBody, key)),
      at: this.ctx.options.now(),
    };
    this.host.remainingQuota -= count;
    this.host.sent.push(mail);
    this.ctx.events.push({ type: 'mail', to, cc, bcc, subject: mail.subject });
  }
}

export function createMailApp(ctx: RuntimeContext, host: MailHost): GoogleAppsScript.Mail.MailApp {
  return exposeImpl(ctx.calls, 'MailApp', new MailAppImpl(ctx, host));
}
