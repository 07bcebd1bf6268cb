import type { RefreshResult } from '../../addon/sidebar/api';
import type { App } from '../app';
import { byId, el, fill } from '../dom';
import { formatSeconds } from '../format';
import { run } from '../run';

/** The last generation's result, shown until the sidebar closes. */
let last: (RefreshResult & { seconds: number }) | null = null;

/** The footer's Generate button (its caption says whether the dashboard exists yet). */
export function renderGenerateButton(app: App): void {
  const button = byId<HTMLButtonElement>('generate');
  button.textContent = app.state.dashboardSheets.length || last ? app.s.generate.again : app.s.generate.button;
  button.onclick = () => void generate(app);
}

async function generate(app: App): Promise<void> {
  const started = Date.now();
  const r = await app.call(app.s.generate.running, () => run('refreshDashboard', 'sidebar'));
  if (!r) return;
  // The time the user waited, from the click to the result.
  last = { ...r, seconds: Date.now() - started };
  app.state.dashboardSheets = r.sheets.map((s) => s.name);
  app.render();
  app.footer(app.s.generate.done(formatSeconds(last.seconds, app.language)), 'ok');
  byId('result').scrollIntoView({ block: 'start' });
}

/** What Generate did: time taken, sheets, objectives met / missed / at risk, the first alerts. */
export function renderResult(app: App): void {
  const node = byId('result');
  if (!last) {
    fill(node);
    return;
  }
  const g = app.s.generate;
  const o = last.objectives;
  const total = o.met + o.missed + o.atRisk + o.onTrack;
  const chip = (kind: string, n: number, text: string) => el('span', { class: `chip ${kind}`, attrs: { 'data-status': kind } }, el('strong', {}, String(n)), ` ${text}`);
  fill(node, el('div', { class: 'result-card', attrs: { role: 'status' } },
    el('div', { class: 'result-head' },
      el('span', { class: 'result-title' }, `✓ ${g.done(formatSeconds(last.seconds, app.language))}`),
      el('button', { class: 'icon', title: app.s.dismiss, attrs: { type: 'button', 'aria-label': app.s.dismiss }, on: { click: () => { last = null; renderResult(app); } } }, '×')),
    last.waitedMillis > 1000 ? el('p', { class: 'gray small' }, g.waited(formatSeconds(last.waitedMillis, app.language))) : null,
    el('div', { class: 'label' }, g.objectives),
    total
      ? el('div', { class: 'chips' }, chip('met', o.met, g.met), chip('missed', o.missed, g.missed), chip('at-risk', o.atRisk, g.atRisk), o.onTrack ? chip('on-track', o.onTrack, g.onTrack) : null)
      : el('p', { class: 'gray small' }, g.noObjective),
    el('div', { class: 'label' }, g.sheets),
    el('p', { class: 'small sheets-list' }, last.sheets.map((s) => s.name).join(' · ')),
    last.renamed.map((r) => el('p', { class: 'small warn-text' }, g.renamed(r.wanted, r.name))),
    last.alerts.length ? el('div', {}, el('div', { class: 'label' }, g.alerts), el('ul', { class: 'alerts small' }, last.alerts.slice(0, 3).map((a) => el('li', {}, a)))) : null,
  ));
}
