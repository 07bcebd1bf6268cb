import type { KpiId, SaveTargetsResult, TargetChanges, TargetInput, TargetRowView } from '../../addon/sidebar/api';
import { dashboardPeriods } from '../../core/dashboard/periods';
import { dayFromYmd } from '../../core/dates/day';
import type { App } from '../app';
import { el, newId } from '../dom';
import { formatNumber, formatValue, parseTyped, periodLabel } from '../format';
import { run } from '../run';
import { field, fieldError, fieldErrorTexts, section, showFieldErrors } from './section';

type Editing = { mode: 'add' } | { mode: 'edit'; row: TargetRowView } | null;

/** What the objectives section is doing, kept across re-renders. */
const view = { filter: 'dashboard', editing: null as Editing, confirming: null as number | null };

/**
 * "Objectives": the rows of the Targets sheet (by default those of the periods the dashboard
 * shows), each with edit and delete; an editor to add or change one. Each change is saved at
 * once to the sheet; rows typed by hand are listed too, and kept.
 */
export function objectivesSection(app: App): HTMLElement {
  const { targets } = app.state;
  const s = app.s.objectives;
  const shown = shownPeriods(app);
  const periods = [...new Set(targets.rows.map((r) => r.periodKey ?? r.period))].filter((p) => p !== '').sort().reverse();
  if (view.filter !== 'dashboard' && view.filter !== 'all' && !periods.includes(view.filter)) view.filter = 'dashboard';
  const filter = el('select', { id: newId('show'), attrs: { name: 'show' } },
    el('option', { attrs: { value: 'dashboard' } }, s.dashboardPeriods(shown.map((p) => periodLabel(p, app.s, true)))),
    el('option', { attrs: { value: 'all' } }, s.all(targets.rows.length)),
    periods.map((p) => el('option', { attrs: { value: p } }, periodLabel(p, app.s))),
  );
  filter.value = view.filter;
  filter.addEventListener('change', () => { view.filter = filter.value; app.render(); });

  const rows = targets.rows.filter((r) => view.filter === 'all' || (view.filter === 'dashboard' ? shown.includes(r.periodKey ?? '') : (r.periodKey ?? r.period) === view.filter));
  const list = el('ul', { class: 'plain targets' }, rows.map((r) => (view.editing?.mode === 'edit' && view.editing.row.row === r.row ? el('li', {}, editor(app)) : targetItem(app, r))));
  const add = el('button', { class: 'create', attrs: { type: 'button', 'data-action': 'add-objective' }, on: { click: () => { view.editing = { mode: 'add' }; view.confirming = null; app.render(); } } }, `+ ${s.add}`);
  const body: Node[] = [
    el('p', { class: 'gray small' }, targets.sheet ? s.storedIn(targets.sheet) : s.willCreate(targets.newSheetName)),
    field(s.show, filter),
    view.editing?.mode === 'add' ? editor(app) : el('div', { class: 'form-actions' }, add),
    rows.length ? list : el('p', { class: 'gray' }, s.none),
  ];
  return section(app, 'objectives', s.title, s.meta(targets.rows.length), body);
}

/** The full period and the one in progress, as the dashboard picks them (the core's dashboardPeriods). */
function shownPeriods(app: App): string[] {
  const { asOf, settings } = app.state;
  const day = dayFromYmd(Number(asOf.slice(0, 4)), Number(asOf.slice(5, 7)), Number(asOf.slice(8, 10)))!;
  const { full, current } = dashboardPeriods(day, settings.grain, settings.period);
  return [full.key, current.key];
}

function kpiOf(app: App, id: KpiId | null) {
  return id ? app.state.catalog.kpis.find((k) => k.id === id) : undefined;
}

function targetItem(app: App, r: TargetRowView): HTMLElement {
  const s = app.s.objectives;
  const kpi = kpiOf(app, r.kpiId);
  const value = r.target === null ? r.targetText : kpi ? formatValue(r.target, kpi.unit, app.language, app.state.settings.currency) : formatNumber(r.target, app.language, 2);
  const sub = [r.periodKey ? periodLabel(r.periodKey, app.s) : r.period, r.filterColumn ? `${r.filterColumn} = ${r.filterValue}` : '', s.row(r.row)].filter(Boolean).join(' · ');
  const actions = view.confirming === r.row
    ? el('div', { class: 'confirm' }, el('span', {}, s.confirmRemove), ' ',
      el('button', { class: 'action danger', attrs: { type: 'button' }, on: { click: () => void save(app, { remove: [{ row: r.row, version: r.version }] }) } }, app.s.yes), ' ',
      el('button', { attrs: { type: 'button' }, on: { click: () => { view.confirming = null; app.render(); } } }, app.s.no))
    : el('div', { class: 'target-actions' },
      el('button', { class: 'link', attrs: { type: 'button', 'data-action': 'edit' }, on: { click: () => { view.editing = { mode: 'edit', row: r }; view.confirming = null; app.render(); } } }, s.edit),
      el('button', { class: 'link', attrs: { type: 'button', 'data-action': 'delete' }, on: { click: () => { view.confirming = r.row; app.render(); } } }, s.remove));
  return el('li', { class: r.problem ? 'target has-problem' : 'target', attrs: { 'data-row': r.row } },
    el('div', { class: 'target-main' },
      el('span', { class: 'target-kpi' }, kpi ? kpi.label[app.language] : r.kpi),
      el('span', { class: 'target-value' }, kpi ? `${kpi.better === 'lower' ? s.lower : s.higher} ` : '', value)),
    el('div', { class: 'gray small' }, sub),
    r.problem ? el('div', { class: 'error small' }, `${s.cantUse}: ${r.problem}`) : null,
    actions,
  );
}

/** The add / edit form. */
function editor(app: App): HTMLElement {
  const s = app.s.objectives;
  const { catalog } = app.state;
  const editing = view.editing!;
  const current = editing.mode === 'edit' ? editing.row : null;
  const form = el('form', { class: 'target-editor', attrs: { novalidate: true } });

  const kpi = el('select', { id: newId('kpi'), attrs: { name: 'kpi' } }, catalog.kpis.map((k) => el('option', { attrs: { value: k.id } }, k.label[app.language])));
  kpi.value = current?.kpiId ?? app.state.settings.kpis[0] ?? 'REVENUE';
  const periodsId = newId('periods');
  const period = el('input', { id: newId('period'), attrs: { name: 'period', type: 'text', list: periodsId, placeholder: s.periodHint, value: current ? current.periodKey ?? current.period : shownPeriods(app)[1], autocomplete: 'off' } });
  const periodList = el('datalist', { id: periodsId }, catalog.targetPeriods.map((p) => { const o = el('option'); o.value = p; o.label = periodLabel(p, app.s); return o; }));
  const unit = el('span', { class: 'unit' });
  const target = el('input', { id: newId('target'), class: 'short', attrs: { name: 'target', type: 'text', inputmode: 'decimal', autocomplete: 'off' } });
  const kpiUnit = () => kpiOf(app, kpi.value as KpiId)?.unit ?? 'count';
  const showUnit = () => { unit.textContent = kpiUnit() === 'ratio' ? '%' : kpiUnit() === 'currency' ? app.state.settings.currency : ''; };
  kpi.addEventListener('change', showUnit);
  showUnit();
  if (current?.target !== null && current?.target !== undefined) target.value = formatNumber(kpiUnit() === 'ratio' ? current.target * 100 : current.target, app.language, 4);

  const column = el('select', { id: newId('segment'), attrs: { name: 'filterColumn' } },
    el('option', { attrs: { value: '' } }, s.wholeBusiness),
    catalog.segments.map((c) => el('option', { attrs: { value: c.column } }, c.column)));
  const valuesId = newId('values');
  const values = el('datalist', { id: valuesId, class: 'segment-values' });
  const value = el('input', { id: newId('segment-value'), attrs: { name: 'filterValue', type: 'text', list: valuesId, 'aria-label': s.segmentValue, placeholder: s.segmentValue, autocomplete: 'off' } });
  if (current?.filterColumn && !catalog.segments.some((c) => c.column === current.filterColumn)) column.appendChild(el('option', { attrs: { value: current.filterColumn } }, current.filterColumn));
  column.value = current?.filterColumn ?? '';
  value.value = current?.filterValue ?? '';
  const showValues = () => {
    const seen = catalog.segments.find((c) => c.column === column.value)?.values ?? [];
    values.replaceChildren(...seen.map((v) => { const o = el('option'); o.value = v; return o; }));
    value.hidden = column.value === '';
    if (column.value === '') value.value = '';
  };
  column.addEventListener('change', showValues);
  showValues();

  const cancel = el('button', { attrs: { type: 'button' }, on: { click: () => { view.editing = null; app.render(); } } }, app.s.cancel);
  form.append(
    field(s.kpi, kpi, fieldError('kpi')),
    field(s.period, period, periodList, fieldError('period')),
    field(s.target, el('div', { class: 'with-unit' }, target, unit), fieldError('target')),
    field(s.segment, column, value, values, fieldError('filterColumn'), fieldError('filterValue')),
    el('div', { class: 'form-actions' }, el('button', { class: 'action', attrs: { type: 'submit' } }, current ? s.saveEdit : s.saveNew), ' ', cancel),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const typed = parseTyped(target.value);
    if (Number.isNaN(typed)) {
      showFieldErrors(form, fieldErrorTexts(app, [{ field: 'target', message: 'write a number' }]));
      return;
    }
    const input: TargetInput = { kpi: kpi.value as KpiId, period: period.value.trim(), target: kpiUnit() === 'ratio' ? typed / 100 : typed };
    if (column.value !== '' || value.value.trim() !== '') { input.filterColumn = column.value; input.filterValue = value.value.trim(); }
    void save(app, current ? { edit: [{ row: current.row, version: current.version, target: input }] } : { add: [input] }, form);
  });
  setTimeout(() => (current ? target : kpi).focus(), 0);
  return el('div', { class: 'editor-card' }, form);
}

async function save(app: App, change: Omit<TargetChanges, 'sheet'>, form?: HTMLElement): Promise<void> {
  const before = app.state.targets;
  const r: SaveTargetsResult | undefined = await app.call(app.s.working, () => run('saveTargets', { sheet: before.sheet, ...change }));
  if (!r) return;
  const s = app.s.objectives;
  if (!r.ok && r.reason === 'invalid') {
    if (form) {
      // A target's period has its own rule, not the settings' full period.
      const homeless = showFieldErrors(form, fieldErrorTexts(app, r.errors, (f) => (f === 'period' ? 'targetPeriod' : f)));
      if (homeless.length) app.error(homeless.join(' '));
    } else app.error(r.errors.map((e) => e.message).join(' '));
    return;
  }
  view.editing = null;
  view.confirming = null;
  app.state.targets = r.targets;
  syncStatus(app);
  if (!r.ok) {
    app.render();
    app.error(r.message, r.conflicts.map((c) => c.message));
    return;
  }
  app.render();
  // A new Targets sheet changes the data status too: read it again.
  if (r.createdSheet) await app.reload();
  const sheet = r.targets.sheet ?? '';
  const done = r.added ? s.added(r.targets.rows[r.targets.rows.length - 1]?.row ?? 0, sheet) : r.edited ? s.edited(change.edit![0].row) : s.removed(change.remove![0].row);
  app.footer((r.createdSheet ? `${s.created(r.createdSheet)} ` : '') + done, 'ok');
}

/** The data status's Targets line follows the sheet just written. */
function syncStatus(app: App): void {
  const table = app.state.status.tables.find((t) => t.kind === 'targets');
  if (table) table.rows = app.state.targets.rows.length;
}
