/**
 * Reads a chart's options whichever way the runtime stored them: Gviz dotted names as given to
 * setOption ('legend.position', 'series.0.type') or nested objects ({ legend: { position } },
 * { series: { 0: { type } } }). `get('legend.position')` finds either; later keys win.
 */
export class ChartOptionReader {
  private readonly tree: Record<string, unknown>;

  constructor(raw: Record<string, unknown>) {
    this.tree = {};
    for (const [key, value] of Object.entries(raw)) setPath(this.tree, key.split('.'), value);
  }

  get(path: string): unknown {
    let node: unknown = this.tree;
    for (const part of path.split('.')) {
      if (node === null || typeof node !== 'object') return undefined;
      node = (node as Record<string, unknown>)[part];
    }
    return node;
  }

  string(path: string): string | undefined {
    const v = this.get(path);
    return typeof v === 'string' ? v : undefined;
  }

  number(path: string): number | undefined {
    const v = this.get(path);
    return typeof v === 'number' && Number.isFinite(v) ? v : typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : undefined;
  }

  bool(path: string): boolean | undefined {
    const v = this.get(path);
    return typeof v === 'boolean' ? v : undefined;
  }

  /** Keys of an object option ('series' → ['0', '2']), [] when absent. */
  keys(path: string): string[] {
    const v = this.get(path);
    return v !== null && typeof v === 'object' ? Object.keys(v) : [];
  }

  /** Every leaf option as a dotted path ('vAxes.1.title'), arrays counted as leaves ('colors'). */
  paths(): string[] {
    const out: string[] = [];
    const walk = (node: unknown, prefix: string) => {
      if (node !== null && typeof node === 'object' && !Array.isArray(node) && Object.keys(node).length > 0) {
        for (const [k, v] of Object.entries(node)) walk(v, prefix ? `${prefix}.${k}` : k);
      } else out.push(prefix);
    };
    walk(this.tree, '');
    return out.filter((p) => p !== '');
  }
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function setPath(tree: Record<string, unknown>, parts: string[], value: unknown): void {
  let node = tree;
  for (const part of parts.slice(0, -1)) {
    if (!isPlainObject(node[part])) node[part] = Array.isArray(node[part]) ? { ...(node[part] as unknown[]) } : {};
    node = node[part] as Record<string, unknown>;
  }
  const last = parts[parts.length - 1];
  const prev = node[last];
  const val = Array.isArray(value) && (last === 'series' || last === 'vAxes') ? { ...value } : value;
  node[last] = isPlainObject(prev) && isPlainObject(val) ? merge(prev, val) : cloneValue(val);
}

function merge(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = isPlainObject(out[k]) && isPlainObject(v) ? merge(out[k] as Record<string, unknown>, v) : cloneValue(v);
  return out;
}

function cloneValue(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(cloneValue);
  if (isPlainObject(v)) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = cloneValue(x);
    return out;
  }
  return v;
}
