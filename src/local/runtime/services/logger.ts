import { inspect } from 'node:util';
import type { RuntimeContext } from '../context';
import { exposeImpl } from './handles';
import { formatString } from './utilities';

/**
 * Logger (developers.google.com/apps-script/reference/base/logger) and console
 * (developers.google.com/apps-script/guides/logging): captured into ctx.events as
 * { type: 'log', level, message }, never printed.
 */

function show(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object' && Object.prototype.toString.call(v) === '[object Error]') return String((v as Error).stack ?? v);
  return inspect(v, { depth: 4, breakLength: Infinity });
}

/** console's format: %s %d %i %f %o %O %j, then the remaining values space-separated. */
function consoleFormat(args: unknown[]): string {
  if (args.length === 0) return '';
  const [first, ...rest] = args;
  if (typeof first !== 'string') return args.map(show).join(' ');
  let i = 0;
  const head = first.replace(/%[sdifoOj%]/g, (m) => {
    if (m === '%%') return '%';
    if (i >= rest.length) return m;
    const v = rest[i++];
    switch (m) {
      case '%d': case '%i': return String(Math.trunc(Number(v)));
      case '%f': return String(Number(v));
      case '%j': return JSON.stringify(v);
      default: return show(v);
    }
  });
  return [head, ...rest.slice(i).map(show)].join(' ');
}

class LoggerImpl implements GoogleAppsScript.Base.Logger {
  private lines: string[] = [];
  private proxy: GoogleAppsScript.Base.Logger | undefined;
  constructor(private readonly ctx: RuntimeContext) {}

  clear(): void {
    this.lines = [];
  }
  getLog(): string {
    return this.lines.map((l) => `${l}\n`).join('');
  }
  log(format: unknown, ...values: unknown[]): GoogleAppsScript.Base.Logger {
    const message = values.length > 0 && typeof format === 'string' ? formatString(format, values) : show(format);
    this.lines.push(message);
    this.ctx.events.push({ type: 'log', level: 'info', source: 'Logger', message });
    return this.proxy ?? this;
  }
  /** @internal */ bind(p: GoogleAppsScript.Base.Logger): GoogleAppsScript.Base.Logger {
    this.proxy = p;
    return p;
  }
}

export type ConsoleLike = Pick<Console, 'log' | 'info' | 'warn' | 'error' | 'time' | 'timeEnd'>;

class ConsoleImpl implements ConsoleLike {
  private readonly timers = new Map<string, number>();
  constructor(private readonly ctx: RuntimeContext) {}
  private emit(level: string, args: unknown[]): void {
    this.ctx.events.push({ type: 'log', level, source: 'console', message: consoleFormat(args) });
  }
  log(...args: unknown[]): void {
    this.emit('info', args);
  }
  info(...args: unknown[]): void {
    this.emit('info', args);
  }
  warn(...args: unknown[]): void {
    this.emit('warning', args);
  }
  error(...args: unknown[]): void {
    this.emit('error', args);
  }
  time(label: string): void {
    this.timers.set(String(label), this.ctx.options.now());
  }
  timeEnd(label: string): void {
    const start = this.timers.get(String(label));
    if (start === undefined) return;
    this.timers.delete(String(label));
    this.emit('info', [`${label}: ${this.ctx.options.now() - start}ms`]);
  }
}

export function createLogger(ctx: RuntimeContext): GoogleAppsScript.Base.Logger {
  const impl = new LoggerImpl(ctx);
  return impl.bind(exposeImpl(ctx.calls, 'Logger', impl));
}

export function createConsole(ctx: RuntimeContext): ConsoleLike {
  return exposeImpl(ctx.calls, 'console', new ConsoleImpl(ctx));
}
