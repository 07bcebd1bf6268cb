import type { Language, SidebarState } from '../addon/sidebar/api';
import { byId, el, fill } from './dom';
import { STRINGS, Strings } from './i18n';
import { run, ServerError } from './run';

export type SectionId = 'status' | 'settings' | 'objectives' | 'digest';

/**
 * The sidebar's shell: the state read from the server, the language, and one server call at a
 * time — while it runs every control is disabled (the <fieldset> that holds them all), a bar
 * moves at the top and the footer says what is happening, with the seconds elapsed. Errors show
 * in a banner with what to do; short confirmations in the footer.
 */
export class App {
  state!: SidebarState;
  s: Strings;
  language: Language;
  /** Which sections are open, kept across re-renders. */
  readonly open = new Set<SectionId>(['status']);
  private busy = false;
  private timer: number | undefined;
  private renderers: (() => void)[] = [];

  constructor() {
    this.language = /^fr\b/i.test(navigator.language) ? 'fr' : 'en';
    this.s = STRINGS[this.language];
  }

  setState(state: SidebarState): void {
    this.state = state;
    this.setLanguage(state.language);
  }

  setLanguage(language: Language): void {
    this.language = language;
    this.s = STRINGS[language];
    document.documentElement.lang = language;
  }

  /** Registers what draws the page from the state; render() runs them all. */
  onRender(fn: () => void): void {
    this.renderers.push(fn);
  }

  render(): void {
    for (const fn of this.renderers) fn();
  }

  get isBusy(): boolean {
    return this.busy;
  }

  /**
   * Runs one server call with the page busy. Resolves to its result, or to undefined when it
   * failed (the banner then says why and what to do) or another call was running.
   */
  async call<T>(label: string, work: () => Promise<T>): Promise<T | undefined> {
    if (this.busy) return undefined;
    this.busy = true;
    this.clearBanner();
    const controls = byId<HTMLFieldSetElement>('controls');
    const progress = byId('progress');
    controls.disabled = true;
    document.body.setAttribute('aria-busy', 'true');
    progress.hidden = false;
    const started = Date.now();
    const tick = () => this.footer(`${label} ${this.s.seconds(Math.floor((Date.now() - started) / 1000))}`, 'busy');
    tick();
    this.timer = window.setInterval(tick, 1000);
    try {
      return await work();
    } catch (e) {
      this.footer('');
      this.error(this.failureText(e));
      return undefined;
    } finally {
      window.clearInterval(this.timer);
      this.busy = false;
      controls.disabled = false;
      progress.hidden = true;
      document.body.removeAttribute('aria-busy');
      if (byId('footer-status').classList.contains('busy')) this.footer('');
    }
  }

  /** Reads the whole state again (after set-up or a conflict) and redraws. */
  async reload(label = this.s.loading): Promise<boolean> {
    const state = await this.call(label, () => run('getSidebarState'));
    if (!state) return false;
    this.setState(state);
    this.render();
    return true;
  }

  failureText(e: unknown): string {
    const message = e instanceof ServerError ? e.message : '';
    if (/NetworkError|HTTP 0|connection failure|Failed to fetch/i.test(message)) return this.s.connection;
    return message || this.s.unknownFailure;
  }

  /** A short confirmation or progress line in the footer. */
  footer(text: string, kind: 'busy' | 'ok' | '' = ''): void {
    const node = byId('footer-status');
    node.className = kind;
    node.textContent = text;
  }

  /** An error, with what to do, at the top of the page; `details` are listed under it. */
  error(message: string, details: string[] = []): void {
    const banner = byId('banner');
    fill(banner, el('div', { class: 'banner error-banner', attrs: { role: 'alert' } },
      el('div', { class: 'banner-text' }, message, details.length ? el('ul', {}, details.map((d) => el('li', {}, d))) : null),
      el('button', { class: 'icon', title: this.s.dismiss, attrs: { 'aria-label': this.s.dismiss, type: 'button' }, on: { click: () => this.clearBanner() } }, '×'),
    ));
    banner.scrollIntoView({ block: 'nearest' });
  }

  clearBanner(): void {
    fill(byId('banner'));
  }
}
