import type { Grain, KpiId, SettingsInput } from '../../addon/sidebar/api';
// Stage names compare as the core reads them (case, accents, spaces and punctuation aside).
import { normalizeKey } from '../../core/cells/text';
import type { App } from '../app';
import { el, newId } from '../dom';
import { formatNumber, parseTyped, periodLabel } from '../format';
import { run } from '../run';
import { field, fieldError, fieldErrorTexts, section, showFieldErrors } from './section';

/**
 * "Settings": period grain and which full period, the KPIs (5 to 10), currency, language,
 * segment dimensions, stage probabilities for the weighted pipeline, gross margin. The server
 * validates everything again; a refused field gets its message under it and nothing is saved.
 */
export function settingsSection(app: App): HTMLElement {
  const { settings, catalog } = app.state;
  const s = app.s.settings;
  const form = el('form', { class: 'settings-form', attrs: { novalidate: true } });

  // Period
  const grainName = newId('grain');
  const grainRadio = (grain: Grain, text: string) => {
    const input = el('input', { attrs: { type: 'radio', name: grainName, value: grain, checked: settings.grain === grain } });
    input.addEventListener('change', () => fillPeriods());
    return el('label', { class: 'inline' }, input, ` ${text}`);
  };
  const periodSelect = el('select', { id: newId('period'), attrs: { name: 'period' } });
  const grain = (): Grain => (form.querySelector<HTMLInputElement>(`input[name="${grainName}"]:checked`)?.value as Grain) ?? 'month';
  const fillPeriods = () => {
    const g = grain();
    const keep = periodSelect.value;
    periodSelect.replaceChildren(
      el('option', { attrs: { value: '' } }, s.lastFull(g)),
      ...catalog.periods[g].map((key) => el('option', { attrs: { value: key } }, periodLabel(key, app.s))),
    );
    periodSelect.value = catalog.periods[g].includes(keep) ? keep : '';
  };
  fillPeriods();
  periodSelect.value = settings.period && catalog.periods[settings.grain].includes(settings.period) ? settings.period : '';

  // KPIs
  const chosen = new Set<KpiId>(settings.kpis);
  const count = el('span', { class: 'kpi-count gray' });
  const kpiBoxes = catalog.kpis.map((k) => {
    const input = el('input', { attrs: { type: 'checkbox', name: 'kpis', value: k.id, checked: chosen.has(k.id) } });
    input.addEventListener('change', () => updateCount());
    return { id: k.id, input, node: el('label', { class: 'check', title: k.definition[app.language] }, input, ` ${k.label[app.language]}`) };
  });
  const updateCount = () => {
    const n = kpiBoxes.filter((b) => b.input.checked).length;
    count.textContent = s.kpiCount(n, catalog.minKpis, catalog.maxKpis);
    count.classList.toggle('error', n < catalog.minKpis || n > catalog.maxKpis);
  };
  updateCount();
  const resetKpis = el('button', { class: 'link', attrs: { type: 'button' }, on: { click: () => { kpiBoxes.forEach((b) => (b.input.checked = catalog.defaultKpis.includes(b.id))); updateCount(); } } }, s.defaultKpis);

  // Currency and language
  const currencies = catalog.currencies.includes(settings.currency) ? catalog.currencies : [settings.currency, ...catalog.currencies];
  const currency = el('select', { id: newId('currency'), attrs: { name: 'currency' } }, currencies.map((c) => el('option', { attrs: { value: c, selected: c === settings.currency } }, c)));
  const language = el('select', { id: newId('language'), attrs: { name: 'language' } }, (['en', 'fr'] as const).map((l) => el('option', { attrs: { value: l, selected: l === settings.language } }, app.s.languageNames[l])));

  // Dimensions
  const dimensions = catalog.dimensions.map((d) => {
    const input = el('input', { attrs: { type: 'checkbox', name: 'dimensions', value: d, checked: settings.dimensions.includes(d) } });
    return { d, input, node: el('label', { class: 'check' }, input, ` ${app.s.dimensionNames[d]}`) };
  });

  // Stage probabilities
  const stageRows = el('div', { class: 'stage-rows' });
  const addStage = (name: string, probability: number | null) => {
    const nameInput = el('input', { class: 'stage-name', attrs: { type: 'text', value: name, 'aria-label': s.stage, maxlength: 60 } });
    const pct = el('input', { class: 'stage-pct', attrs: { type: 'text', inputmode: 'decimal', value: probability === null ? '' : formatNumber(probability * 100, app.language, 1), 'aria-label': `${s.chance} ${name}` } });
    const row = el('div', { class: 'stage-row' }, nameInput, pct, el('span', { class: 'unit' }, '%'));
    row.appendChild(el('button', { class: 'icon', title: s.removeStage(name), attrs: { type: 'button', 'aria-label': s.removeStage(name) }, on: { click: () => row.remove() } }, '×'));
    stageRows.appendChild(row);
    return nameInput;
  };
  // Stages found in the Deals sheet first; the others (the defaults cover English and French
  // names) folded under a link, still saved as they are.
  const inData = new Set(catalog.stages.map((st) => normalizeKey(st.stage)));
  const entries = Object.entries(settings.stageProbabilities);
  const seen = entries.filter(([name]) => inData.has(normalizeKey(name)));
  const rest = entries.filter(([name]) => !inData.has(normalizeKey(name)));
  for (const [name, p] of inData.size ? seen : entries) addStage(name, p);
  const folded = el('div', { class: 'stage-rows', hidden: true });
  if (inData.size && rest.length) {
    const visible = stageRows;
    for (const [name, p] of rest) { addStage(name, p); folded.appendChild(visible.lastChild!); }
  }
  const unfold = inData.size && rest.length
    ? el('button', { class: 'link toggle', attrs: { type: 'button', 'aria-expanded': 'false' }, on: { click: () => { folded.hidden = !folded.hidden; unfold!.setAttribute('aria-expanded', String(!folded.hidden)); } } }, app.s.settings.moreStages(rest.length))
    : null;
  const listed = new Set(entries.map(([k]) => normalizeKey(k)));
  const unlisted = catalog.stages.filter((st) => !listed.has(normalizeKey(st.stage))).map((st) => st.stage);

  const margin = el('input', { id: newId('margin'), class: 'short', attrs: { name: 'grossMargin', type: 'text', inputmode: 'decimal', value: formatNumber(settings.grossMargin * 100, app.language, 1) } });
  const save = el('button', { class: 'action', attrs: { type: 'submit' } }, s.save);

  form.append(
    field(s.period, el('div', { class: 'radios' }, grainRadio('month', s.month), grainRadio('quarter', s.quarter)), fieldError('grain')),
    field(s.fullPeriod, periodSelect, fieldError('period')),
    el('div', { class: 'form-group' },
      el('div', { class: 'label-row' }, el('span', { class: 'label' }, s.kpis), resetKpis),
      count,
      el('div', { class: 'kpi-list' }, kpiBoxes.map((b) => b.node)),
      fieldError('kpis'),
    ),
    el('div', { class: 'two-columns' }, field(s.currency, currency, fieldError('currency')), field(s.language, language, fieldError('language'))),
    field(s.dimensions, el('div', { class: 'check-grid' }, dimensions.map((d) => d.node)), fieldError('dimensions')),
    el('div', { class: 'form-group' },
      el('div', { class: 'label' }, s.stages),
      stageRows,
      unfold ? el('div', { class: 'more-stages' }, unfold, folded) : null,
      el('button', { class: 'link', attrs: { type: 'button' }, on: { click: () => addStage('', null).focus() } }, `+ ${s.addStage}`),
      unlisted.length ? el('p', { class: 'gray small' }, s.unlisted(unlisted, Math.round(catalog.defaultStageProbability * 100))) : null,
      fieldError('stageProbabilities'),
    ),
    field(s.grossMargin, el('div', { class: 'with-unit' }, margin, el('span', { class: 'unit' }, '%')), fieldError('grossMargin')),
    el('div', { class: 'form-actions' }, save),
  );

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const checked = kpiBoxes.filter((b) => b.input.checked).map((b) => b.id);
    // Keep the order the KPIs had; newly chosen ones go last, in catalog order.
    const kpis = [...settings.kpis.filter((k) => checked.includes(k)), ...checked.filter((k) => !settings.kpis.includes(k))];
    const stageProbabilities: Record<string, number | string> = {};
    form.querySelectorAll('.stage-row').forEach((row) => {
      const name = (row.querySelector('.stage-name') as HTMLInputElement).value.trim();
      const raw = (row.querySelector('.stage-pct') as HTMLInputElement).value;
      if (name === '' && raw.trim() === '') return;
      const n = parseTyped(raw);
      // A percentage that isn't a number goes as typed: the server refuses it and names the field.
      stageProbabilities[name] = Number.isNaN(n) ? raw : n / 100;
    });
    const marginValue = parseTyped(margin.value);
    const input: SettingsInput = {
      grain: grain(),
      period: periodSelect.value || null,
      kpis,
      currency: currency.value,
      language: language.value as SettingsInput['language'],
      dimensions: dimensions.filter((d) => d.input.checked).map((d) => d.d),
      stageProbabilities: stageProbabilities as Record<string, number>,
      grossMargin: (Number.isNaN(marginValue) ? margin.value : marginValue / 100) as number,
    };
    void submit(app, form, input);
  });

  const grainText = settings.grain === 'month' ? s.month : s.quarter;
  return section(app, 'settings', s.title, s.meta(grainText, settings.kpis.length), [form]);
}

/**
 * A refused stage chance marks its own row, not the whole list: the server's message quotes the
 * stage (`the probability of stage "Discovery" must be…`).
 */
function markStages(form: HTMLElement, messages: string[]): void {
  const named = messages.map((m) => /stage "([^"]*)"/.exec(m)?.[1]).filter((n): n is string => n !== undefined);
  const rows = Array.from(form.querySelectorAll<HTMLElement>('.stage-row'));
  const marked = rows.filter((row) => named.includes((row.querySelector('.stage-name') as HTMLInputElement).value.trim()));
  if (!marked.length) return;
  form.querySelector('.field-error[data-field="stageProbabilities"]')?.parentElement?.classList.remove('invalid');
  for (const row of marked) {
    row.classList.add('invalid-row');
    if (row.parentElement?.hidden) row.parentElement.hidden = false;
  }
}

async function submit(app: App, form: HTMLElement, input: SettingsInput): Promise<void> {
  const r = await app.call(app.s.working, () => run('saveSettings', input));
  if (!r) return;
  if (!r.ok) {
    const homeless = showFieldErrors(form, fieldErrorTexts(app, r.errors));
    markStages(form, r.errors.filter((e) => e.field === 'stageProbabilities').map((e) => e.message));
    app.error(app.s.settings.notSaved, homeless);
    form.querySelector('.invalid, .invalid-row')?.scrollIntoView({ block: 'center' });
    return;
  }
  app.state.settings = r.settings;
  app.setLanguage(r.settings.language);
  app.render();
  app.footer(app.s.settings.saved, 'ok');
}
