/**
 * The sidebar's page script (bundled by esbuild into build/Sidebar.html). Shows a loading line,
 * asks the server for its state, then draws the sections; every later change goes through one
 * typed server call (run.ts) at a time.
 */
import { App } from './app';
import { byId, el, fill } from './dom';
import { digestSection } from './sections/digest';
import { renderGenerateButton, renderResult } from './sections/generate';
import { objectivesSection } from './sections/objectives';
import { settingsSection } from './sections/settings';
import { statusSection } from './sections/status';

function start(): void {
  const app = new App();
  app.onRender(() => {
    fill(byId('sections'), statusSection(app), settingsSection(app), objectivesSection(app), digestSection(app));
    renderResult(app);
    renderGenerateButton(app);
  });
  const generate = byId<HTMLButtonElement>('generate');
  generate.textContent = app.s.generate.button;
  fill(byId('sections'), el('p', { class: 'gray loading' }, app.s.loading));
  void load(app);
}

async function load(app: App): Promise<void> {
  if (!(await app.reload())) {
    fill(byId('sections'), el('p', {}, app.s.loadFailed), el('button', { attrs: { type: 'button' }, on: { click: () => void load(app) } }, app.s.retry));
    byId<HTMLButtonElement>('generate').disabled = true;
    return;
  }
  byId<HTMLButtonElement>('generate').disabled = false;
}

start();
