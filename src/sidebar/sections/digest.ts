import type { DigestSettings, Language } from '../../addon/sidebar/api';
import type { App } from '../app';
import { el, newId } from '../dom';
import { periodLabel } from '../format';
import { run } from '../run';
import { field, fieldError, fieldErrorTexts, section, showFieldErrors } from './section';

const hourText = (h: number) => `${String(h).padStart(2, '0')}:00`;

/**
 * "Monthly digest": on/off, day (1–28) and hour, recipients (the user by default, at most 10),
 * language, refresh first; "send a test now"; what was sent last and who was not reached.
 */
export function digestSection(app: App): HTMLElement {
  const { digest, catalog, spreadsheet } = app.state;
  const d = digest.settings;
  const s = app.s.digest;
  const form = el('form', { class: 'digest-form', attrs: { novalidate: true } });

  const enabled = el('input', { id: newId('digest-on'), attrs: { name: 'enabled', type: 'checkbox', checked: d.enabled } });
  const day = el('select', { id: newId('digest-day'), attrs: { name: 'day' } }, Array.from({ length: 28 }, (_, i) => el('option', { attrs: { value: i + 1, selected: d.day === i + 1 } }, String(i + 1))));
  const hour = el('select', { id: newId('digest-hour'), attrs: { name: 'hour' } }, Array.from({ length: 24 }, (_, h) => el('option', { attrs: { value: h, selected: d.hour === h } }, hourText(h))));
  const recipients = el('textarea', { id: newId('digest-to'), attrs: { name: 'recipients', rows: 3, spellcheck: 'false', autocomplete: 'off' } });
  recipients.value = d.recipients.join('\n');
  const language = el('select', { id: newId('digest-language'), attrs: { name: 'language' } }, (['en', 'fr'] as const).map((l) => el('option', { attrs: { value: l, selected: l === d.language } }, app.s.languageNames[l])));
  const refreshFirst = el('input', { attrs: { name: 'refreshFirst', type: 'checkbox', checked: d.refreshFirst } });

  const statusLines: Node[] = [];
  statusLines.push(el('p', { class: 'small' }, digest.lastSent ? s.lastSent(periodLabel(digest.lastSent.month, app.s), digest.lastSent.at.replace('T', ' ').slice(0, 16)) : s.never));
  if (digest.notSent) statusLines.push(el('p', { class: 'small error' }, s.notReached(periodLabel(digest.notSent.month, app.s), digest.notSent.recipients, digest.notSent.reason)));

  form.append(
    el('div', { class: 'form-group' }, el('label', { class: 'check strong' }, enabled, ` ${s.enabled}`), fieldError('enabled')),
    el('div', { class: 'two-columns' }, field(s.day, day, fieldError('day')), field(s.hour, hour, fieldError('hour'))),
    // The daily trigger runs in the spreadsheet's time zone (src/addon/digest/digestTrigger.ts).
    el('p', { class: 'gray small zone' }, s.zone(spreadsheet.timeZone)),
    field(s.recipients(catalog.maxRecipients), recipients, fieldError('recipients')),
    field(s.language, language, fieldError('language')),
    el('div', { class: 'form-group' }, el('label', { class: 'check' }, refreshFirst, ` ${s.refreshFirst}`), fieldError('refreshFirst')),
    el('div', { class: 'form-actions' },
      el('button', { class: 'action', attrs: { type: 'submit' } }, s.save), ' ',
      el('button', { attrs: { type: 'button', 'data-action': 'send-test' }, on: { click: () => void sendTest(app) } }, s.sendTest)),
    el('p', { class: 'gray small' }, s.testHint),
    el('div', { class: 'digest-status' }, statusLines),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const settings: DigestSettings = {
      enabled: enabled.checked,
      day: Number(day.value),
      hour: Number(hour.value),
      recipients: recipients.value.split(/[\n,;]+/).map((r) => r.trim()).filter((r) => r !== ''),
      language: language.value as Language,
      refreshFirst: refreshFirst.checked,
    };
    void save(app, form, settings);
  });
  return section(app, 'digest', s.title, d.enabled ? s.on(d.day, hourText(d.hour)) : s.off, [form]);
}

async function save(app: App, form: HTMLElement, settings: DigestSettings): Promise<void> {
  const r = await app.call(app.s.working, () => run('setDigest', settings));
  if (!r) return;
  if (!r.ok) {
    const homeless = showFieldErrors(form, fieldErrorTexts(app, r.errors));
    app.error(app.s.settings.notSaved, homeless);
    return;
  }
  app.state.digest = r.status;
  app.render();
  app.footer(app.s.digest.saved, 'ok');
}

async function sendTest(app: App): Promise<void> {
  const r = await app.call(app.s.working, () => run('sendDigestNow'));
  if (r) app.footer(app.s.digest.sent(r.sentTo), 'ok');
}
