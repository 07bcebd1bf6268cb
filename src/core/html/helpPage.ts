import { FORMULA_DOCS } from '../formulas/docs';
import { escapeHtml } from './escape';

/** The help sidebar: every custom function with its syntax, definition and an example. */
export function helpPage(): string {
  const items = FORMULA_DOCS.map((f) => {
    const signature = `${f.name}(${f.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(', ')})`;
    return `<section><h3>${escapeHtml(f.name)}</h3><code>${escapeHtml(signature)}</code><p>${escapeHtml(f.description)}</p><p class="ex">${escapeHtml(f.example)}</p></section>`;
  }).join('\n');
  return `<!DOCTYPE html><html><head><base target="_top"><meta charset="utf-8">
<link rel="stylesheet" href="https://ssl.gstatic.com/docs/script/css/add-ons1.css">
<style>body{padding:0 12px;font-size:13px}h3{margin:14px 0 4px}code{font-size:12px;word-break:break-word}.ex{color:#5f6368;font-family:monospace;font-size:11px;word-break:break-all}</style>
</head><body><p>Type these formulas in any cell. Tables are whole ranges with their header row (e.g. <code>Deals!A:K</code>); periods are two dates; optional filters follow as <code>"Column", "value"</code> pairs.</p>
${items}
</body></html>`;
}
