import type { RuntimeContext } from '../context';
import { checkArgs } from '../infra/checkArgs';
import { exposeImpl, implOf } from './handles';
import { realmArray } from './realm';

/** Blob — developers.google.com/apps-script/reference/base/blob */

const EXTENSION_TYPES: Record<string, string> = {
  html: 'text/html', htm: 'text/html', txt: 'text/plain', csv: 'text/csv', json: 'application/json',
  pdf: 'application/pdf', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif',
  svg: 'image/svg+xml', xml: 'text/xml', js: 'application/javascript', css: 'text/css',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', zip: 'application/zip',
};

/** Apps Script bytes are Java's signed bytes (-128..127). */
export function toSignedBytes(buf: Uint8Array): number[] {
  return Array.from(buf, (b) => (b > 127 ? b - 256 : b));
}

export function fromBytes(bytes: readonly number[]): Buffer {
  return Buffer.from(bytes.map((b) => b & 0xff));
}

export function charsetEncoding(charset: string | undefined): BufferEncoding {
  const c = (charset ?? 'UTF-8').toUpperCase().replace(/_/g, '-');
  if (c === 'UTF-8' || c === 'UTF8') return 'utf8';
  if (c === 'US-ASCII' || c === 'ASCII') return 'ascii';
  if (c === 'ISO-8859-1' || c === 'LATIN1') return 'latin1';
  if (c === 'UTF-16LE') return 'utf16le';
  throw new Error(`Unsupported charset ${charset}`);
}

export class BlobImpl implements Omit<GoogleAppsScript.Base.Blob, 'getAllBlobs'> {
  private proxy: GoogleAppsScript.Base.Blob | undefined;

  constructor(private readonly ctx: RuntimeContext, private data: Buffer, private contentType: string | null, private name: string | null) {}

  /** Host view: the raw bytes. */
  get buffer(): Buffer {
    return Buffer.from(this.data);
  }

  copyBlob(): GoogleAppsScript.Base.Blob {
    return makeBlob(this.ctx, Buffer.from(this.data), this.contentType, this.name);
  }
  getAs(contentType: string): GoogleAppsScript.Base.Blob {
    if (contentType !== this.contentType) throw this.ctx.error(`Converting from ${this.contentType} to ${contentType} is not supported.`);
    return this.copyBlob();
  }
  getBlob(): GoogleAppsScript.Base.Blob {
    return this.self();
  }
  getBytes(): number[] {
    return realmArray(this.ctx, toSignedBytes(this.data));
  }
  getContentType(): string | null {
    return this.contentType;
  }
  getDataAsString(charset?: string): string {
    return this.data.toString(charsetEncoding(charset));
  }
  getName(): string | null {
    return this.name;
  }
  isGoogleType(): boolean {
    return false;
  }
  setBytes(data: number[]): GoogleAppsScript.Base.Blob {
    checkArgs('Blob.setBytes', [data], [['Object[]']], (m) => this.ctx.error(m));
    this.data = fromBytes(data);
    return this.self();
  }
  setContentType(contentType: string | null): GoogleAppsScript.Base.Blob {
    this.contentType = contentType;
    return this.self();
  }
  setContentTypeFromExtension(): GoogleAppsScript.Base.Blob {
    const ext = /\.([^.]+)$/.exec(this.name ?? '')?.[1]?.toLowerCase();
    const type = ext ? EXTENSION_TYPES[ext] : undefined;
    if (!type) throw this.ctx.error(`Could not infer the content type of ${this.name}.`);
    this.contentType = type;
    return this.self();
  }
  setDataFromString(string: string, charset?: string): GoogleAppsScript.Base.Blob {
    checkArgs('Blob.setDataFromString', [string, charset], [['String', 'String?']], (m) => this.ctx.error(m));
    this.data = Buffer.from(string, charsetEncoding(charset));
    return this.self();
  }
  setName(name: string): GoogleAppsScript.Base.Blob {
    checkArgs('Blob.setName', [name], [['String']], (m) => this.ctx.error(m));
    this.name = name;
    return this.self();
  }

  /** Deprecated in Apps Script: a blob holds one blob. */
  getAllBlobs(): GoogleAppsScript.Base.Blob[] {
    return realmArray(this.ctx, [this.self()]);
  }

  /** @internal */ bind(p: GoogleAppsScript.Base.Blob): GoogleAppsScript.Base.Blob {
    this.proxy = p;
    return p;
  }
  private self(): GoogleAppsScript.Base.Blob {
    return this.proxy ?? (this as unknown as GoogleAppsScript.Base.Blob);
  }
}

export function makeBlob(ctx: RuntimeContext, data: Buffer, contentType: string | null, name: string | null): GoogleAppsScript.Base.Blob {
  const impl = new BlobImpl(ctx, data, contentType, name);
  return impl.bind(exposeImpl(ctx.calls, 'Blob', impl) as unknown as GoogleAppsScript.Base.Blob);
}

/**
 * The blob behind a BlobSource the add-on hands in (a Blob, or anything with getBlob(), such as
 * an HtmlOutput). Undefined if `v` is none.
 */
export function blobOf(v: unknown): BlobImpl | undefined {
  const direct = implOf(v, BlobImpl);
  if (direct) return direct;
  if (v && typeof v === 'object' && typeof (v as GoogleAppsScript.Base.BlobSource).getBlob === 'function') {
    return implOf((v as GoogleAppsScript.Base.BlobSource).getBlob(), BlobImpl);
  }
  return undefined;
}
