import { createHash, createHmac, randomUUID } from 'node:crypto';
import { parse as parseCsvSync } from 'csv-parse/sync';
import type { RuntimeContext } from '../context';
import { checkArgs, isDate } from '../infra/checkArgs';
import { charsetEncoding, fromBytes, makeBlob, toSignedBytes } from './blob';
import type { Clock } from './clock';
import { enumName, isMember, makeEnum } from './enums';
import { formatDate, PatternError } from './formatDate';
import { exposeImpl } from './handles';
import { realmArray } from './realm';

/** Utilities — developers.google.com/apps-script/reference/utilities/utilities */

export const Charset = makeEnum(['US_ASCII', 'UTF_8'] as const);
export const DigestAlgorithm = makeEnum(['MD2', 'MD5', 'SHA_1', 'SHA_256', 'SHA_384', 'SHA_512'] as const);
export const MacAlgorithm = makeEnum(['HMAC_MD5', 'HMAC_SHA_1', 'HMAC_SHA_256', 'HMAC_SHA_384', 'HMAC_SHA_512'] as const);
export const RsaAlgorithm = makeEnum(['RSA_SHA_1', 'RSA_SHA_256'] as const);

const NODE_DIGEST: Record<string, string> = { MD5: 'md5', SHA_1: 'sha1', SHA_256: 'sha256', SHA_384: 'sha384', SHA_512: 'sha512' };

/**
 * Java's String.format subset Utilities.formatString documents ("sprintf-like"):
 * %[flags][width][.precision]conversion with s d i f e x o c b %, flags - 0 + , and space.
 */
export function formatString(template: string, args: readonly unknown[]): string {
  let next = 0;
  return template.replace(/%([-0+ ,]*)(\d+)?(?:\.(\d+))?([sdifexXocb%n])/g, (_m, flags: string, width: string | undefined, prec: string | undefined, conv: string) => {
    if (conv === '%') return '%';
    if (conv === 'n') return '\n';
    const v = args[next++];
    let s: string;
    switch (conv) {
      case 'd': case 'i': {
        const n = Math.trunc(Number(v));
        s = flags.includes(',') ? Math.abs(n).toLocaleString('en-US') : String(Math.abs(n));
        s = (n < 0 ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '') + s;
        break;
      }
      case 'f': {
        const n = Number(v);
        const p = prec === undefined ? 6 : Number(prec);
        s = flags.includes(',') ? Math.abs(n).toLocaleString('en-US', { minimumFractionDigits: p, maximumFractionDigits: p }) : Math.abs(n).toFixed(p);
        s = (n < 0 ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '') + s;
        break;
      }
      case 'e': s = Number(v).toExponential(prec === undefined ? 6 : Number(prec)).replace(/e([+-])(\d)$/, 'e$10$2'); break;
      case 'x': s = Math.trunc(Number(v)).toString(16); break;
      case 'X': s = Math.trunc(Number(v)).toString(16).toUpperCase(); break;
      case 'o': s = Math.trunc(Number(v)).toString(8); break;
      case 'c': s = typeof v === 'number' ? String.fromCharCode(v) : String(v).charAt(0); break;
      case 'b': s = String(v !== null && v !== undefined && v !== false); break;
      default: s = v === undefined ? 'undefined' : String(v); if (prec !== undefined) s = s.slice(0, Number(prec));
    }
    const w = width === undefined ? 0 : Number(width);
    if (s.length < w) {
      if (flags.includes('-')) s = s.padEnd(w);
      else if (flags.includes('0') && /[dife]/.test(conv)) s = (/^[-+ ]/.test(s) ? s[0] : '') + s.replace(/^[-+ ]/, '').padStart(w - (/^[-+ ]/.test(s) ? 1 : 0), '0');
      else s = s.padStart(w);
    }
    return s;
  });
}

type Implemented =
  | 'Charset' | 'DigestAlgorithm' | 'MacAlgorithm' | 'RsaAlgorithm'
  | 'base64Decode' | 'base64DecodeWebSafe' | 'base64Encode' | 'base64EncodeWebSafe'
  | 'computeDigest' | 'computeHmacSha256Signature' | 'computeHmacSignature'
  | 'formatDate' | 'formatString' | 'getUuid' | 'newBlob' | 'parseCsv' | 'sleep';

class UtilitiesImpl implements Pick<GoogleAppsScript.Utilities.Utilities, Implemented> {
  readonly Charset = Charset as unknown as typeof GoogleAppsScript.Utilities.Charset;
  readonly DigestAlgorithm = DigestAlgorithm as unknown as typeof GoogleAppsScript.Utilities.DigestAlgorithm;
  readonly MacAlgorithm = MacAlgorithm as unknown as typeof GoogleAppsScript.Utilities.MacAlgorithm;
  readonly RsaAlgorithm = RsaAlgorithm as unknown as typeof GoogleAppsScript.Utilities.RsaAlgorithm;

  constructor(private readonly ctx: RuntimeContext, private readonly clock: Clock) {}

  private sig(method: string, args: unknown[], sigs: string[][]): void {
    checkArgs(`Utilities.${method}`, args, sigs, (m) => this.ctx.error(m));
  }
  private enc(method: string, charset: unknown): BufferEncoding {
    if (charset === undefined) return 'utf8';
    if (!isMember(Charset, charset)) this.sig(method, [charset], [['Charset']]);
    return charsetEncoding(enumName(charset)!.replace('_', '-'));
  }
  private data(method: string, data: unknown, charset: unknown): Buffer {
    if (typeof data === 'string') return Buffer.from(data, this.enc(method, charset));
    if (Array.isArray(data) && data.every((b) => typeof b === 'number')) return fromBytes(data);
    this.sig(method, [data, charset], [['Byte[]'], ['String', 'Charset?']]);
    throw this.ctx.error(`Invalid argument for Utilities.${method}`);
  }
  private bytes(buf: Buffer): number[] {
    return realmArray(this.ctx, toSignedBytes(buf));
  }

  base64Decode(encoded: string, charset?: GoogleAppsScript.Utilities.Charset): number[] {
    this.sig('base64Decode', [encoded], [['String']]);
    this.enc('base64Decode', charset);
    if (!/^[A-Za-z0-9+/\s]*={0,2}\s*$/.test(encoded)) throw this.ctx.error('Could not decode string.');
    return this.bytes(Buffer.from(encoded, 'base64'));
  }
  base64DecodeWebSafe(encoded: string, charset?: GoogleAppsScript.Utilities.Charset): number[] {
    this.sig('base64DecodeWebSafe', [encoded], [['String']]);
    this.enc('base64DecodeWebSafe', charset);
    if (!/^[A-Za-z0-9\-_\s]*={0,2}\s*$/.test(encoded)) throw this.ctx.error('Could not decode string.');
    return this.bytes(Buffer.from(encoded, 'base64url'));
  }
  base64Encode(data: string | number[], charset?: GoogleAppsScript.Utilities.Charset): string {
    return this.data('base64Encode', data, charset).toString('base64');
  }
  base64EncodeWebSafe(data: string | number[], charset?: GoogleAppsScript.Utilities.Charset): string {
    // Google's web-safe form keeps the '=' padding.
    return this.data('base64EncodeWebSafe', data, charset).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
  }
  computeDigest(algorithm: GoogleAppsScript.Utilities.DigestAlgorithm, value: string | number[], charset?: GoogleAppsScript.Utilities.Charset): number[] {
    if (!isMember(DigestAlgorithm, algorithm)) this.sig('computeDigest', [algorithm, value], [['DigestAlgorithm', 'String']]);
    const alg = NODE_DIGEST[enumName(algorithm)!];
    if (!alg) throw this.ctx.error(`Unsupported digest algorithm: ${enumName(algorithm)}`);
    return this.bytes(createHash(alg).update(this.data('computeDigest', value, charset)).digest());
  }
  computeHmacSha256Signature(value: string | number[], key: string | number[], charset?: GoogleAppsScript.Utilities.Charset): number[] {
    return this.bytes(createHmac('sha256', this.data('computeHmacSha256Signature', key, charset)).update(this.data('computeHmacSha256Signature', value, charset)).digest());
  }
  computeHmacSignature(algorithm: GoogleAppsScript.Utilities.MacAlgorithm, value: string | number[], key: string | number[], charset?: GoogleAppsScript.Utilities.Charset): number[] {
    if (!isMember(MacAlgorithm, algorithm)) this.sig('computeHmacSignature', [algorithm, value, key], [['MacAlgorithm', 'String', 'String']]);
    const alg = enumName(algorithm)!.replace('HMAC_', '').replace('_', '').toLowerCase();
    return this.bytes(createHmac(alg, this.data('computeHmacSignature', key, charset)).update(this.data('computeHmacSignature', value, charset)).digest());
  }
  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
    if (!isDate(date) || typeof timeZone !== 'string' || typeof format !== 'string') this.sig('formatDate', [date, timeZone, format], [['Date', 'String', 'String']]);
    const ms = (date as unknown as Date).getTime();
    if (Number.isNaN(ms)) throw this.ctx.error('Invalid argument: date');
    try {
      return formatDate(ms, timeZone, format);
    } catch (e) {
      if (e instanceof PatternError) throw this.ctx.error(e.message);
      throw e;
    }
  }
  formatString(template: string, ...args: unknown[]): string {
    this.sig('formatString', [template], [['String']]);
    return formatString(template, args);
  }
  getUuid(): string {
    return randomUUID();
  }
  newBlob(data: string | number[], contentType?: string, name?: string): GoogleAppsScript.Base.Blob {
    this.sig('newBlob', [data, contentType, name], [['Object[]', 'String?', 'String?'], ['String', 'String?', 'String?']]);
    const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : fromBytes(data);
    return makeBlob(this.ctx, buf, contentType ?? (typeof data === 'string' ? 'text/plain' : null), name ?? null);
  }
  parseCsv(csv: string, delimiter?: string): string[][] {
    this.sig('parseCsv', [csv, delimiter], [['String', 'String?']]);
    const rows = parseCsvSync(csv, { delimiter: delimiter ?? ',', relax_column_count: true }) as string[][];
    return realmArray(this.ctx, rows.map((r) => realmArray(this.ctx, r)));
  }
  /** Advances the fake clock instead of sleeping. Apps Script caps a sleep at 5 minutes. */
  sleep(milliseconds: number): void {
    this.sig('sleep', [milliseconds], [['Number']]);
    this.clock.advance(Math.max(0, Math.min(milliseconds, 300000)));
  }
}

export function createUtilities(ctx: RuntimeContext, clock: Clock): GoogleAppsScript.Utilities.Utilities {
  return exposeImpl(ctx.calls, 'Utilities', new UtilitiesImpl(ctx, clock)) as unknown as GoogleAppsScript.Utilities.Utilities;
}
