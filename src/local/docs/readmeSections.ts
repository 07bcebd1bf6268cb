import { FORMULA_DOCS } from '../../core/formulas/docs';
import { KPIS } from '../../core/kpi/registry';
import { SHEET_NAMES, TABLES, TABLE_KINDS, TableKind } from '../../core/tables/schema';

/**
 * The README's reference sections, generated from the code that defines them (KPI definitions,
 * custom function docs, table aliases), so the README can't drift: `npm run docs` rewrites them
 * and a test fails when they differ.
 */
const UNIT: Record<string, string> = { count: 'count', currency: 'amount', ratio: 'fraction', days: 'days', score: '−100…100' };

export function kpiReference(): string {
  const rows = KPIS.map((k) => `| \`${k.id}\` | ${k.label.en} / ${k.label.fr} | ${UNIT[k.unit]} | ${k.better} | ${k.definition.en} | ${needsOf(k)} |`);
  return ['| KPI | Name (EN / FR) | Unit | Better | Definition | Columns it needs |', '|---|---|---|---|---|---|', ...rows].join('\n');
}

/** `Deals: Stage, Amount, Close date` from the definition's `needs`. */
function needsOf(k: (typeof KPIS)[number]): string {
  return (Object.entries(k.needs) as [TableKind, readonly string[]][])
    .map(([kind, fields]) => `${TABLES[kind].label.en}: ${fields.map((f) => TABLES[kind].fields.find((x) => x.key === f)!.label.en).join(', ')}`)
    .join('; ');
}

export function functionReference(): string {
  return FORMULA_DOCS.map((f) => {
    const sig = `${f.name}(${f.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(', ')})`;
    return `- \`${sig}\` — ${f.description} Example: \`${f.example}\``;
  }).join('\n');
}

export function tableReference(): string {
  return TABLE_KINDS.map((kind) => {
    const t = TABLES[kind];
    const fields = t.fields.map((f) => `${f.label.en} (${f.aliases.map((a) => `\`${a}\``).join(', ')})`).join('; ');
    return `- **${t.label.en}** / ${t.label.fr}: ${fields}. Sheet names: ${SHEET_NAMES[kind].join(', ')}.`;
  }).join('\n');
}

export const SECTIONS: Record<string, () => string> = { 'kpi-reference': kpiReference, 'function-reference': functionReference, 'table-reference': tableReference };

/** The README with each `<!-- name:start -->…<!-- name:end -->` block regenerated. */
export function withSections(readme: string): string {
  let out = readme;
  for (const [name, render] of Object.entries(SECTIONS)) {
    const re = new RegExp(`(<!-- ${name}:start -->)[\\s\\S]*?(<!-- ${name}:end -->)`);
    if (!re.test(out)) throw new Error(`README.md lacks the <!-- ${name}:start/end --> markers`);
    out = out.replace(re, (_m, a: string, b: string) => `${a}\n${render()}\n${b}`);
  }
  return out;
}
