import type { RuntimeContext } from '../context';
import { checkArgs } from '../infra/checkArgs';
import { exposeImpl } from './handles';
import { realmObject } from './realm';

/**
 * CacheService — developers.google.com/apps-script/reference/cache/cache
 * Expiry on the fake clock: default 600 s, at most 21600 s (6 h); key at most 250 characters;
 * value at most 100 KB; putAll at most 1000 entries.
 */
export type CacheScope = 'document' | 'script' | 'user';

export const MAX_KEY_LENGTH = 250;
export const MAX_VALUE_BYTES = 100 * 1024;
export const DEFAULT_TTL_S = 600;
export const MAX_TTL_S = 21600;

interface Entry {
  value: string;
  expiresAt: number;
}

export class CacheHost {
  readonly caches: Record<CacheScope, Map<string, Entry>> = { document: new Map(), script: new Map(), user: new Map() };

  /** Live entries of a cache at clock time `now`. */
  snapshot(scope: CacheScope, now: number): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [k, e] of this.caches[scope]) if (e.expiresAt > now) out[k] = e.value;
    return out;
  }
}

class CacheImpl implements GoogleAppsScript.Cache.Cache {
  constructor(private readonly ctx: RuntimeContext, private readonly map: Map<string, Entry>) {}

  private sig(method: string, args: unknown[], sigs: string[][]): void {
    checkArgs(`CacheService.Cache.${method}`, args, sigs, (m) => this.ctx.error(m));
  }
  private checkKey(key: string): void {
    if (key.length > MAX_KEY_LENGTH) throw this.ctx.error('Argument too large: key');
  }
  private checkValue(value: string): void {
    if (Buffer.byteLength(value) > MAX_VALUE_BYTES) throw this.ctx.error('Argument too large: value');
  }
  private ttl(seconds: number | undefined): number {
    const s = seconds === undefined ? DEFAULT_TTL_S : Math.min(Math.max(seconds, 1), MAX_TTL_S);
    return this.ctx.options.now() + s * 1000;
  }
  private live(key: string): string | null {
    const e = this.map.get(key);
    if (!e) return null;
    if (e.expiresAt <= this.ctx.options.now()) {
      this.map.delete(key);
      return null;
    }
    return e.value;
  }

  get(key: string): string | null {
    this.sig('get', [key], [['String']]);
    this.checkKey(key);
    return this.live(key);
  }
  getAll(keys: string[]): { [key: string]: string } {
    this.sig('getAll', [keys], [['String[]']]);
    const out: Record<string, string> = {};
    for (const k of keys) {
      const v = this.live(k);
      if (v !== null) out[k] = v;
    }
    return realmObject(this.ctx, out);
  }
  put(key: string, value: string, expirationInSeconds?: number): void {
    this.sig('put', [key, value, expirationInSeconds], [['String', 'String', 'Integer?']]);
    this.checkKey(key);
    this.checkValue(value);
    this.map.set(key, { value, expiresAt: this.ttl(expirationInSeconds) });
  }
  putAll(values: { [key: string]: string }, expirationInSeconds?: number): void {
    this.sig('putAll', [values, expirationInSeconds], [['Object', 'Integer?']]);
    const entries = Object.entries(values);
    if (entries.length > 1000) throw this.ctx.error('Argument too large: values');
    for (const [k, v] of entries) {
      if (typeof v !== 'string') this.sig('putAll', [values], [['Map<String,String>']]);
      this.checkKey(k);
      this.checkValue(v);
    }
    const expiresAt = this.ttl(expirationInSeconds);
    for (const [k, v] of entries) this.map.set(k, { value: v, expiresAt });
  }
  remove(key: string): void {
    this.sig('remove', [key], [['String']]);
    this.map.delete(key);
  }
  removeAll(keys: string[]): void {
    this.sig('removeAll', [keys], [['String[]']]);
    for (const k of keys) this.map.delete(k);
  }
}

class CacheServiceImpl implements GoogleAppsScript.Cache.CacheService {
  constructor(private readonly ctx: RuntimeContext, private readonly host: CacheHost) {}
  private open(scope: CacheScope): GoogleAppsScript.Cache.Cache {
    return exposeImpl(this.ctx.calls, 'CacheService.Cache', new CacheImpl(this.ctx, this.host.caches[scope]));
  }
  getDocumentCache(): GoogleAppsScript.Cache.Cache {
    return this.open('document');
  }
  getScriptCache(): GoogleAppsScript.Cache.Cache {
    return this.open('script');
  }
  getUserCache(): GoogleAppsScript.Cache.Cache {
    return this.open('user');
  }
}

export function createCacheService(ctx: RuntimeContext, host: CacheHost): GoogleAppsScript.Cache.CacheService {
  return exposeImpl(ctx.calls, 'CacheService', new CacheServiceImpl(ctx, host));
}
