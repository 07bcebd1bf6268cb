import type { App, SectionId } from '../app';
import { el } from '../dom';

/** A collapsible section: title, a short summary beside it, its body; stays open across re-renders. */
export function section(app: App, id: SectionId, title: string, meta: string, body: Node[]): HTMLDetailsElement {
  const details = el('details', { class: 'section', id: `section-${id}` },
    el('summary', {}, el('span', { class: 'section-title' }, title), el('span', { class: 'section-meta' }, meta)),
    el('div', { class: 'section-body' }, body),
  );
  details.open = app.open.has(id);
  details.addEventListener('toggle', () => (details.open ? app.open.add(id) : app.open.delete(id)));
  return details;
}

/** A label above its control. */
export function field(label: string, control: HTMLElement, ...after: (Node | null)[]): HTMLElement {
  if (control.id) return el('div', { class: 'form-group' }, el('label', { attrs: { for: control.id } }, label), control, ...after);
  return el('div', { class: 'form-group' }, el('div', { class: 'label' }, label), control, ...after);
}

/** Where a field's error goes (data-field names the field the server reports). */
export function fieldError(name: string): HTMLElement {
  return el('div', { class: 'field-error', attrs: { 'data-field': name, role: 'alert' } });
}

/**
 * The server's field errors as the sidebar words them: the field's name, then its rule in the
 * sidebar's language. `key` names the rule to use for a field (default: the field itself).
 */
export function fieldErrorTexts(app: App, errors: readonly { field: string; message: string }[], key: (field: string) => string = (f) => f): { field: string; text: string }[] {
  return errors.map((e) => ({ field: e.field, text: `${app.s.fields[e.field] ?? e.field}: ${app.s.fieldMessage(key(e.field), e.message)}` }));
}

/** Shows errors under their fields; returns those that have no place (shown by the caller). */
export function showFieldErrors(root: HTMLElement, errors: { field: string; text: string }[]): string[] {
  root.querySelectorAll<HTMLElement>('.field-error').forEach((n) => (n.textContent = ''));
  root.querySelectorAll('.invalid').forEach((n) => n.classList.remove('invalid'));
  root.querySelectorAll('.invalid-row').forEach((n) => n.classList.remove('invalid-row'));
  const homeless: string[] = [];
  for (const e of errors) {
    const slot = root.querySelector<HTMLElement>(`.field-error[data-field="${e.field}"]`);
    if (!slot) {
      homeless.push(e.text);
      continue;
    }
    slot.textContent = slot.textContent ? `${slot.textContent} ${e.text}` : e.text;
    slot.parentElement?.classList.add('invalid');
  }
  return homeless;
}
