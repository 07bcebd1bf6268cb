import * as fs from 'node:fs';
import * as path from 'node:path';
import type { RuntimeContext } from '../context';
import { checkArgs } from '../infra/checkArgs';
import { blobOf, makeBlob } from './blob';
import { enumName, isMember, makeEnum } from './enums';
import { exposeImpl, implOf } from './handles';
import { realmArray, realmOf } from './realm';

/**
 * HtmlService — developers.google.com/apps-script/reference/html/html-service
 * Templates: developers.google.com/apps-script/guides/html/templates
 *   <? code ?> runs; <?= expr ?> prints with contextual escaping; <?!= expr ?> prints raw.
 */

export const SandboxMode = makeEnum(['EMULATED', 'IFRAME', 'NATIVE'] as const);
export const XFrameOptionsMode = makeEnum(['ALLOWALL', 'DEFAULT'] as const);

/** HTML-context escaping as Apps Script applies it to `<?= ?>` and appendUntrusted. */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Script-context escaping for `<?= ?>` inside <script>: a JS literal that cannot close the tag. */
export function escapeScript(v: unknown): string {
  const json = JSON.stringify(v === undefined ? null : v) ?? 'null';
  return json.replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** What `<?= v ?>` prints in HTML context before escaping (null and undefined print nothing). */
function printable(v: unknown): string {
  return v === undefined || v === null ? '' : String(v);
}

class MetaTagImpl implements GoogleAppsScript.HTML.HtmlOutputMetaTag {
  constructor(private readonly name: string, private readonly content: string) {}
  getName(): string {
    return this.name;
  }
  getContent(): string {
    return this.content;
  }
}

export class HtmlOutputImpl implements GoogleAppsScript.HTML.HtmlOutput {
  private title = '';
  private width: number | undefined;
  private height: number | undefined;
  private favicon: string | null = null;
  private readonly meta: { name: string; content: string }[] = [];
  sandboxMode = 'IFRAME';
  xFrameOptionsMode = 'DEFAULT';
  private proxy: GoogleAppsScript.HTML.HtmlOutput | undefined;

  constructor(private readonly ctx: RuntimeContext, private content: string) {}

  private fail(m: string): Error {
    return this.ctx.error(m);
  }

  addMetaTag(name: string, content: string): GoogleAppsScript.HTML.HtmlOutput {
    checkArgs('HtmlOutput.addMetaTag', [name, content], [['String', 'String']], (m) => this.fail(m));
    this.meta.push({ name, content });
    return this.self();
  }
  append(addedContent: string): GoogleAppsScript.HTML.HtmlOutput {
    checkArgs('HtmlOutput.append', [addedContent], [['String']], (m) => this.fail(m));
    this.content += addedContent;
    return this.self();
  }
  appendUntrusted(addedContent: string): GoogleAppsScript.HTML.HtmlOutput {
    checkArgs('HtmlOutput.appendUntrusted', [addedContent], [['String']], (m) => this.fail(m));
    this.content += escapeHtml(addedContent);
    return this.self();
  }
  asTemplate(): GoogleAppsScript.HTML.HtmlTemplate {
    return makeTemplate(this.ctx, this.content);
  }
  clear(): GoogleAppsScript.HTML.HtmlOutput {
    this.content = '';
    return this.self();
  }
  getAs(contentType: string): GoogleAppsScript.Base.Blob {
    return this.getBlob().getAs(contentType);
  }
  getBlob(): GoogleAppsScript.Base.Blob {
    return makeBlob(this.ctx, Buffer.from(this.content, 'utf8'), 'text/html', this.title || null);
  }
  getContent(): string {
    return this.content;
  }
  getFaviconUrl(): string {
    return this.favicon as string;
  }
  getHeight(): number {
    return this.height ?? 0;
  }
  getMetaTags(): GoogleAppsScript.HTML.HtmlOutputMetaTag[] {
    return realmArray(this.ctx, this.meta.map((t) => exposeImpl(this.ctx.calls, 'HtmlService.HtmlOutputMetaTag', new MetaTagImpl(t.name, t.content))));
  }
  getTitle(): string {
    return this.title;
  }
  getWidth(): number {
    return this.width ?? 0;
  }
  setContent(content: string): GoogleAppsScript.HTML.HtmlOutput {
    checkArgs('HtmlOutput.setContent', [content], [['String']], (m) => this.fail(m));
    this.content = content;
    return this.self();
  }
  setFaviconUrl(iconUrl: string): GoogleAppsScript.HTML.HtmlOutput {
    checkArgs('HtmlOutput.setFaviconUrl', [iconUrl], [['String']], (m) => this.fail(m));
    this.favicon = iconUrl;
    return this.self();
  }
  setHeight(height: number): GoogleAppsScript.HTML.HtmlOutput {
    checkArgs('HtmlOutput.setHeight', [height], [['Integer']], (m) => this.fail(m));
    this.height = height;
    return this.self();
  }
  setSandboxMode(mode: GoogleAppsScript.HTML.SandboxMode): GoogleAppsScript.HTML.HtmlOutput {
    if (!isMember(SandboxMode, mode)) checkArgs('HtmlOutput.setSandboxMode', [mode], [['SandboxMode']], (m) => this.fail(m));
    this.sandboxMode = enumName(mode)!;
    return this.self();
  }
  setTitle(title: string): GoogleAppsScript.HTML.HtmlOutput {
    checkArgs('HtmlOutput.setTitle', [title], [['String']], (m) => this.fail(m));
    this.title = title;
    return this.self();
  }
  setWidth(width: number): GoogleAppsScript.HTML.HtmlOutput {
    checkArgs('HtmlOutput.setWidth', [width], [['Integer']], (m) => this.fail(m));
    this.width = width;
    return this.self();
  }
  setXFrameOptionsMode(mode: GoogleAppsScript.HTML.XFrameOptionsMode): GoogleAppsScript.HTML.HtmlOutput {
    if (!isMember(XFrameOptionsMode, mode)) checkArgs('HtmlOutput.setXFrameOptionsMode', [mode], [['XFrameOptionsMode']], (m) => this.fail(m));
    this.xFrameOptionsMode = enumName(mode)!;
    return this.self();
  }

  /** @internal Appends without counting a call (template output). */
  appendRaw(s: string): void {
    this.content += s;
  }

  /** Host view. */
  widthOrNull(): number | null {
    return this.width ?? null;
  }
  heightOrNull(): number | null {
    return this.height ?? null;
  }
  metaTags(): { name: string; content: string }[] {
    return this.meta.map((m) => ({ ...m }));
  }

  /** @internal */ bind(p: GoogleAppsScript.HTML.HtmlOutput): GoogleAppsScript.HTML.HtmlOutput {
    this.proxy = p;
    return p;
  }
  private self(): GoogleAppsScript.HTML.HtmlOutput {
    return this.proxy ?? this;
  }
}

export function makeHtmlOutput(ctx: RuntimeContext, content: string): GoogleAppsScript.HTML.HtmlOutput {
  const impl = new HtmlOutputImpl(ctx, content);
  return impl.bind(exposeImpl(ctx.calls, 'HtmlService.HtmlOutput', impl));
}

/** The implementation behind an HtmlOutput the add-on hands back (e.g. to Ui.showSidebar). */
export function htmlOutputImpl(v: unknown): HtmlOutputImpl | undefined {
  return implOf(v, HtmlOutputImpl);
}

// ---- templates -------------------------------------------------------------------------

type Segment = { kind: 'text'; text: string } | { kind: 'code' | 'print' | 'raw'; text: string; inScript: boolean };

export function parseTemplate(raw: string): Segment[] {
  const out: Segment[] = [];
  let staticSoFar = '';
  let i = 0;
  while (i < raw.length) {
    const open = raw.indexOf('<?', i);
    if (open < 0) break;
    const close = raw.indexOf('?>', open + 2);
    if (close < 0) break;
    const text = raw.slice(i, open);
    if (text) out.push({ kind: 'text', text });
    staticSoFar += text;
    let body = raw.slice(open + 2, close);
    let kind: 'code' | 'print' | 'raw' = 'code';
    if (body.startsWith('!=')) { kind = 'raw'; body = body.slice(2); }
    else if (body.startsWith('=')) { kind = 'print'; body = body.slice(1); }
    const lastOpen = staticSoFar.search(/<script\b[^>]*>(?![\s\S]*<script\b)/i);
    const lastClose = staticSoFar.search(/<\/script\s*>(?![\s\S]*<\/script\s*>)/i);
    out.push({ kind, text: body, inScript: lastOpen >= 0 && lastOpen > lastClose });
    i = close + 2;
  }
  if (i < raw.length) out.push({ kind: 'text', text: raw.slice(i) });
  return out;
}

/** The JS that evaluate() runs, as HtmlTemplate.getCode() shows it (our own shape, not Google's). */
export function compileTemplate(raw: string): string {
  const lines = parseTemplate(raw).map((s) => {
    switch (s.kind) {
      case 'text': return `__emit(${JSON.stringify(s.text)});`;
      case 'code': return s.text;
      case 'print': return `__emit(__print(${s.text.trim() || 'undefined'}, ${s.inScript}));`;
      case 'raw': return `__emit(__raw(${s.text.trim() || 'undefined'}));`;
    }
  });
  return `(function (__vars, __emit, __print, __raw, output) { with (__vars) {\n${lines.join('\n')}\n} })`;
}

class TemplateImpl {
  readonly vars: Record<string, unknown> = Object.create(null);
  constructor(private readonly ctx: RuntimeContext, readonly raw: string) {}

  evaluate(): GoogleAppsScript.HTML.HtmlOutput {
    const output = makeHtmlOutput(this.ctx, '');
    const impl = htmlOutputImpl(output)!;
    type Compiled = (v: object, emit: (s: string) => void, p: (v: unknown, s: boolean) => string, r: (v: unknown) => string, o: unknown) => void;
    let fn: Compiled;
    try {
      fn = realmOf(this.ctx).evaluate(compileTemplate(this.raw)) as Compiled;
    } catch (e) {
      throw this.ctx.error(`SyntaxError: ${(e as Error).message}`);
    }
    fn(this.vars, (s) => impl.appendRaw(s), (v, inScript) => (inScript ? escapeScript(v) : escapeHtml(printable(v))), (v) => printable(v), output);
    return output;
  }
  getCode(): string {
    return compileTemplate(this.raw);
  }
  getCodeWithComments(): string {
    return compileTemplate(this.raw);
  }
  getRawContent(): string {
    return this.raw;
  }
}

const TEMPLATE_METHODS = new Set(['evaluate', 'getCode', 'getCodeWithComments', 'getRawContent']);

/**
 * An HtmlTemplate: methods are counted like any exposed object, and any other property is a
 * template variable the add-on may set and read back (`t.kpis = …`).
 */
export function makeTemplate(ctx: RuntimeContext, raw: string): GoogleAppsScript.HTML.HtmlTemplate {
  const impl = new TemplateImpl(ctx, raw);
  return new Proxy(impl, {
    get(target, prop) {
      if (typeof prop === 'string' && TEMPLATE_METHODS.has(prop)) {
        const m = (target as unknown as Record<string, (...a: unknown[]) => unknown>)[prop];
        return (...args: unknown[]) => {
          ctx.calls.record(`HtmlService.HtmlTemplate.${prop}`);
          return m.apply(target, args);
        };
      }
      if (typeof prop === 'symbol') return undefined;
      return target.vars[prop];
    },
    set(target, prop, value) {
      if (typeof prop === 'string' && !TEMPLATE_METHODS.has(prop)) target.vars[prop] = value;
      return true;
    },
    has(target, prop) {
      return typeof prop === 'string' && (TEMPLATE_METHODS.has(prop) || prop in target.vars);
    },
  }) as unknown as GoogleAppsScript.HTML.HtmlTemplate;
}

// ---- the service -----------------------------------------------------------------------

class HtmlServiceImpl implements Omit<GoogleAppsScript.HTML.HtmlService, 'getUserAgent'> {
  readonly SandboxMode = SandboxMode as unknown as typeof GoogleAppsScript.HTML.SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode as unknown as typeof GoogleAppsScript.HTML.XFrameOptionsMode;

  constructor(private readonly ctx: RuntimeContext) {}

  createHtmlOutput(arg?: string | GoogleAppsScript.Base.BlobSource): GoogleAppsScript.HTML.HtmlOutput {
    if (arg === undefined) return makeHtmlOutput(this.ctx, '');
    if (typeof arg === 'string') return makeHtmlOutput(this.ctx, arg);
    const blob = blobOf(arg);
    if (!blob) checkArgs('HtmlService.createHtmlOutput', [arg], [[], ['String'], ['BlobSource']], (m) => this.ctx.error(m));
    return makeHtmlOutput(this.ctx, blob!.getDataAsString());
  }

  createHtmlOutputFromFile(filename: string): GoogleAppsScript.HTML.HtmlOutput {
    checkArgs('HtmlService.createHtmlOutputFromFile', [filename], [['String']], (m) => this.ctx.error(m));
    return makeHtmlOutput(this.ctx, this.readFile(filename));
  }

  createTemplate(arg: string | GoogleAppsScript.Base.BlobSource): GoogleAppsScript.HTML.HtmlTemplate {
    if (typeof arg === 'string') return makeTemplate(this.ctx, arg);
    const blob = blobOf(arg);
    if (!blob) checkArgs('HtmlService.createTemplate', [arg], [['String'], ['BlobSource']], (m) => this.ctx.error(m));
    return makeTemplate(this.ctx, blob!.getDataAsString());
  }

  createTemplateFromFile(filename: string): GoogleAppsScript.HTML.HtmlTemplate {
    checkArgs('HtmlService.createTemplateFromFile', [filename], [['String']], (m) => this.ctx.error(m));
    return makeTemplate(this.ctx, this.readFile(filename));
  }

  /** `name` or `name.html` in options.htmlRoot, as the project's HTML files are named. */
  private readFile(filename: string): string {
    const base = filename.replace(/\.html$/, '');
    const file = path.join(this.ctx.options.htmlRoot, `${base}.html`);
    if (!/^[\w\-./ ]+$/.test(base) || base.split('/').includes('..') || !fs.existsSync(file)) {
      throw this.ctx.error(`No HTML file named ${filename} was found.`);
    }
    return fs.readFileSync(file, 'utf8');
  }
}

export function createHtmlService(ctx: RuntimeContext): GoogleAppsScript.HTML.HtmlService {
  return exposeImpl(ctx.calls, 'HtmlService', new HtmlServiceImpl(ctx)) as unknown as GoogleAppsScript.HTML.HtmlService;
}
