import { isDate } from '../infra/checkArgs';

/**
 * A chart's options as one tree of Google Charts (Gviz) configuration options, the shape Sheets'
 * charts are configured with: `{ title: 'Won', legend: { position: 'bottom' }, vAxis: { title: '€' } }`.
 *
 * EmbeddedChartBuilder.setOption takes either a dotted path or a whole branch (Google's own
 * example sets 'animation.duration'), so both must land in the same tree:
 *   setOption('legend', { position: 'bottom' })   ≡   setOption('legend.position', 'bottom')
 * and ChartOptions.get reads any path of it: get('legend.position') → 'bottom',
 * get('legend') → { position: 'bottom' }. A path set again replaces what was there (a branch
 * replaces the whole branch, as assigning a Gviz option object does).
 * Pure helpers on plain host data: no Google objects here.
 */
export type OptionTree = Record<string, unknown>;

function isBranch(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !isDate(v);
}

/** Dotted path → keys ('series.0.color' → ['series', '0', 'color']). */
function keysOf(path: string): string[] {
  return path.split('.');
}

/** Sets `value` (copied) at `path`, creating the branches on the way. */
export function setOptionAt(tree: OptionTree, path: string, value: unknown): void {
  const keys = keysOf(path);
  let node: Record<string, unknown> = tree;
  for (const k of keys.slice(0, -1)) {
    if (!isBranch(node[k])) node[k] = {};
    node = node[k] as Record<string, unknown>;
  }
  node[keys[keys.length - 1]] = toPlain(value, path);
}

/** The option at `path` (a copy), or undefined when unset. */
export function optionAt(tree: OptionTree, path: string): unknown {
  let node: unknown = tree;
  for (const k of keysOf(path)) {
    if (!isBranch(node) || !Object.prototype.hasOwnProperty.call(node, k)) return undefined;
    node = (node as Record<string, unknown>)[k];
  }
  return toPlain(node, path);
}

/**
 * A deep copy as host plain data: primitives, arrays, plain objects, Dates; an Apps Script enum
 * value becomes its name. A function cannot be a chart option.
 */
export function toPlain(v: unknown, where: string): unknown {
  if (v === null || v === undefined || typeof v !== 'object') {
    if (typeof v === 'function') throw new TypeError(`A chart option cannot be a function (${where})`);
    return v;
  }
  if (isDate(v)) return new Date(v.getTime());
  if (Array.isArray(v)) return v.map((x, i) => toPlain(x, `${where}.${i}`));
  if (typeof (v as { name?: unknown }).name === 'function' && typeof (v as { ordinal?: unknown }).ordinal === 'function') return String(v);
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) out[k] = toPlain(x, `${where}.${k}`);
  return out;
}
