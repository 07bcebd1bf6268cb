import type { TableStatus } from '../../addon/sidebar/api';
import type { App } from '../app';
import { el } from '../dom';
import { run } from '../run';
import { section } from './section';

/**
 * "Data status": for each table, the sheet read and why, its rows, the data check's problems
 * (a click selects the cell), and the header recognised for each field or what to name it.
 */
export function statusSection(app: App): HTMLElement {
  const { status } = app.state;
  const s = app.s.status;
  const problems = status.tables.reduce((n, t) => n + t.problemCount, 0);
  const body: Node[] = [];
  if (status.missing.length) {
    body.push(el('div', { class: 'notice warn' },
      el('p', {}, s.missing(status.missing.map((k) => app.s.tables[k]))),
      el('p', { class: 'gray small' }, s.setUpHint),
      el('button', { id: 'set-up', attrs: { type: 'button' }, on: { click: () => void setUp(app) } }, s.setUp),
    ));
  }
  for (const t of status.tables) body.push(tableCard(app, t));
  // Empty sheets (a new spreadsheet's Sheet1) say nothing worth a line.
  const unrecognised = status.unrecognised.filter((u) => u.firstRow.length > 0);
  if (unrecognised.length) {
    body.push(el('div', { class: 'block' },
      el('div', { class: 'label' }, s.unrecognised),
      el('ul', { class: 'plain gray small' }, unrecognised.map((u) => el('li', {}, el('span', { class: 'sheet-name' }, u.sheet), ` — ${s.firstRow(u.firstRow)}`))),
    ));
  }
  if (status.unreadSheets.length) body.push(el('p', { class: 'gray small' }, s.unread(status.unreadSheets)));
  return section(app, 'status', s.title, s.meta(status.tables.length, problems), body);
}

/** Tables whose column list is unfolded, kept across re-renders. */
const unfolded = new Set<string>();

function tableCard(app: App, t: TableStatus): HTMLElement {
  const s = app.s.status;
  const found = t.fields.filter((f) => f.header !== null).length;
  const reason = s.reason[t.reason];
  const label = (f: { label: { en: string; fr: string } }) => f.label[app.language];
  const columns = el('div', { class: 'columns', hidden: !unfolded.has(t.kind) },
    el('ul', { class: 'plain fields' }, t.fields.map((f) => el('li', { class: f.header === null ? 'missing' : '' },
      el('span', { class: 'field-name' }, label(f)),
      f.header === null
        ? el('span', { class: f.identifying ? 'error' : 'gray' }, ` — ${s.missingField}: ${s.nameIt(f.aliases)}`)
        : el('span', { class: 'gray' }, ` ← “${f.header}”`),
    ))),
    t.unmatched.length ? el('p', { class: 'gray small' }, s.unmatched(t.unmatched)) : null,
  );
  const toggle = el('button', {
    class: 'link toggle', attrs: { type: 'button', 'aria-expanded': unfolded.has(t.kind) ? 'true' : 'false' },
    on: {
      click: () => {
        const open = !unfolded.has(t.kind);
        if (open) unfolded.add(t.kind); else unfolded.delete(t.kind);
        columns.hidden = !open;
        toggle.setAttribute('aria-expanded', String(open));
      },
    },
  }, s.columns(found, t.fields.length));
  return el('div', { class: 'table-card', attrs: { 'data-table': t.kind } },
    el('div', { class: 'table-head' },
      el('span', { class: 'table-name' }, el('span', { class: t.problemCount ? 'dot warn' : 'dot ok', attrs: { 'aria-hidden': 'true' } }), app.s.tables[t.kind]),
      el('span', { class: 'table-rows gray' }, s.rows(t.rows)),
    ),
    el('div', { class: 'gray small' }, s.sheet(t.sheet), reason ? ` · ${reason}` : ''),
    t.others.length ? el('div', { class: 'gray small' }, s.others(t.others)) : null,
    el('div', { class: 'table-line small' },
      t.problemCount ? el('span', { class: 'problems-title' }, s.problems(t.problemCount, t.problemRows)) : el('span', { class: 'ok-text' }, s.clean),
      toggle),
    columns,
    t.problemCount
      ? el('div', { class: 'problems' },
        el('ul', { class: 'plain' }, t.problems.map((p) => el('li', {},
          el('button', {
            class: 'link problem', title: s.selectHint, attrs: { type: 'button', 'data-row': p.ref.row, 'data-column': p.ref.column ?? '' },
            on: { click: () => void select(app, p.ref) },
          }, el('strong', {}, s.row(p.ref.row)), p.column ? ` · ${p.column}` : '', p.value ? ` · “${p.value}”` : ''),
          el('div', { class: 'problem-text' }, p.message),
        ))),
        t.problemCount > t.problems.length ? el('p', { class: 'gray small' }, s.more(t.problemCount - t.problems.length)) : null,
      )
      : null,
  );
}

async function select(app: App, ref: { sheet: string; row: number; column: number | null }): Promise<void> {
  const r = await app.call(app.s.working, () => run('selectProblem', ref));
  if (!r) return;
  if (r.ok) app.footer(app.s.status.selected(`${r.sheet}!${r.a1}`), 'ok');
  else app.error(r.message);
}

export async function setUp(app: App): Promise<void> {
  const r = await app.call(app.s.working, () => run('setUpSheets'));
  if (!r) return;
  if (await app.reload()) app.footer(r.message, 'ok');
}
