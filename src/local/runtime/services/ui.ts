import type { AuthModeName, RuntimeContext } from '../context';
import { checkArgs } from '../infra/checkArgs';
import { enumName, isMember, makeEnum } from './enums';
import { exposeImpl, implOf } from './handles';
import { htmlOutputImpl } from './html';

/** Ui and Menu — developers.google.com/apps-script/reference/base/ui, …/base/menu */

export const ButtonSet = makeEnum(['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL'] as const);
export const Button = makeEnum(['CLOSE', 'OK', 'CANCEL', 'YES', 'NO'] as const);
export type ButtonName = keyof typeof Button;
export type ButtonSetName = keyof typeof ButtonSet;

const BUTTONS_OF: Record<ButtonSetName, ButtonName[]> = {
  OK: ['OK', 'CLOSE'],
  OK_CANCEL: ['OK', 'CANCEL', 'CLOSE'],
  YES_NO: ['YES', 'NO', 'CLOSE'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL', 'CLOSE'],
};

export type MenuEntry =
  | { type: 'item'; caption: string; functionName: string }
  | { type: 'separator' }
  | { type: 'submenu'; caption: string; items: MenuEntry[] };

export interface BuiltMenu {
  /** 'addon': the add-on's menu under Extensions (its caption is the add-on's name, here null). */
  kind: 'addon' | 'custom';
  caption: string | null;
  items: MenuEntry[];
}

export interface ShownHtml {
  kind: 'sidebar' | 'modal' | 'modeless';
  title: string;
  /** The width the user sees: always SIDEBAR_WIDTH for a sidebar, whatever setWidth said. */
  width: number | null;
  /** What HtmlOutput.setWidth asked for (null: never set). */
  requestedWidth: number | null;
  height: number | null;
  content: string;
}

/**
 * "All sidebars shown by scripts are 300 pixels wide" (developers.google.com/apps-script/reference/base/ui#showSidebar(Object));
 * HtmlOutput.setWidth sets "the initial width of a custom dialog", not of a sidebar.
 */
export const SIDEBAR_WIDTH = 300;

export interface AlertRecord {
  kind: 'alert' | 'prompt';
  title: string;
  prompt: string;
  buttons: ButtonSetName;
  response: ButtonName;
  responseText?: string;
}

type Scripted = { kind: 'alert'; button: ButtonName } | { kind: 'prompt'; text: string; button: ButtonName };

/** What the add-on showed, plus the responses a test scripts for its dialogs. Host side only. */
export class UiHost {
  readonly menus: BuiltMenu[] = [];
  readonly shown: ShownHtml[] = [];
  readonly alerts: AlertRecord[] = [];
  private readonly queue: Scripted[] = [];

  /** The add-on's menu (Extensions › add-on), if built. */
  get addonMenu(): BuiltMenu | undefined {
    return this.menus.find((m) => m.kind === 'addon');
  }

  get sidebars(): ShownHtml[] {
    return this.shown.filter((s) => s.kind === 'sidebar');
  }

  get dialogs(): ShownHtml[] {
    return this.shown.filter((s) => s.kind !== 'sidebar');
  }

  /** Function names of the add-on menu's items, in order (submenus flattened). */
  menuFunctionNames(menu: BuiltMenu | undefined = this.addonMenu): string[] {
    const walk = (items: MenuEntry[]): string[] => items.flatMap((i) => (i.type === 'item' ? [i.functionName] : i.type === 'submenu' ? walk(i.items) : []));
    return menu ? walk(menu.items) : [];
  }

  /** The next `ui.alert` the add-on makes is answered with `button`. */
  respondToAlert(button: ButtonName): void {
    this.queue.push({ kind: 'alert', button });
  }

  /** The next `ui.prompt` is answered with `text` and `button` (default OK). */
  respondToPrompt(text: string, button: ButtonName = 'OK'): void {
    this.queue.push({ kind: 'prompt', text, button });
  }

  /** Responses queued but not consumed (a test should usually end with none). */
  get pendingResponses(): number {
    return this.queue.length;
  }

  /** @internal */
  take(kind: 'alert' | 'prompt', buttons: ButtonSetName, description: string): Scripted {
    const next = this.queue[0];
    if (!next) {
      if (kind === 'alert' && buttons === 'OK') return { kind: 'alert', button: 'OK' };
      throw new Error(`Local runtime: no scripted response for ${kind} ${JSON.stringify(description)}; call runtime.ui.respondTo${kind === 'alert' ? 'Alert' : 'Prompt'}(…) first`);
    }
    if (next.kind !== kind) throw new Error(`Local runtime: the add-on showed a ${kind} ${JSON.stringify(description)} but the next scripted response is for a ${next.kind}`);
    if (!BUTTONS_OF[buttons].includes(next.button)) throw new Error(`Local runtime: scripted button ${next.button} is not in ButtonSet.${buttons}`);
    this.queue.shift();
    return next;
  }
}

const SHOW_MODES: readonly AuthModeName[] = ['LIMITED', 'FULL'];
const MENU_MODES: readonly AuthModeName[] = ['NONE', 'LIMITED', 'FULL'];

class MenuImpl implements GoogleAppsScript.Base.Menu {
  readonly items: MenuEntry[] = [];
  constructor(private readonly ctx: RuntimeContext, private readonly host: UiHost, readonly kind: 'addon' | 'custom', readonly caption: string | null) {}

  addItem(caption: string, functionName: string): GoogleAppsScript.Base.Menu {
    checkArgs('Menu.addItem', [caption, functionName], [['String', 'String']], (m) => this.ctx.error(m));
    this.items.push({ type: 'item', caption, functionName });
    return this.self();
  }

  addSeparator(): GoogleAppsScript.Base.Menu {
    this.items.push({ type: 'separator' });
    return this.self();
  }

  addSubMenu(menu: GoogleAppsScript.Base.Menu): GoogleAppsScript.Base.Menu {
    const sub = implOf(menu, MenuImpl);
    if (!sub) checkArgs('Menu.addSubMenu', [menu], [['Menu']], (m) => this.ctx.error(m));
    this.items.push({ type: 'submenu', caption: sub!.caption ?? '', items: sub!.items });
    return this.self();
  }

  addToUi(): void {
    const built: BuiltMenu = { kind: this.kind, caption: this.caption, items: structuredClone(this.items) };
    const i = this.host.menus.findIndex((m) => m.kind === built.kind && m.caption === built.caption);
    if (i >= 0) this.host.menus.splice(i, 1, built);
    else this.host.menus.push(built);
    this.ctx.events.push({ type: 'menu', menu: built });
  }

  private proxy: GoogleAppsScript.Base.Menu | undefined;
  /** @internal */ bind(p: GoogleAppsScript.Base.Menu): GoogleAppsScript.Base.Menu {
    this.proxy = p;
    return p;
  }
  private self(): GoogleAppsScript.Base.Menu {
    return this.proxy ?? this;
  }
}

class PromptResponseImpl implements GoogleAppsScript.Base.PromptResponse {
  constructor(private readonly text: string, private readonly button: ButtonName) {}
  getResponseText(): string {
    return this.text;
  }
  getSelectedButton(): GoogleAppsScript.Base.Button {
    return Button[this.button] as unknown as GoogleAppsScript.Base.Button;
  }
}

/** showDialog (deprecated) is not provided. */
export class UiImpl implements Omit<GoogleAppsScript.Base.Ui, 'showDialog'> {
  readonly Button = Button as unknown as typeof GoogleAppsScript.Base.Button;
  readonly ButtonSet = ButtonSet as unknown as typeof GoogleAppsScript.Base.ButtonSet;

  constructor(private readonly ctx: RuntimeContext, private readonly host: UiHost) {}

  createAddonMenu(): GoogleAppsScript.Base.Menu {
    this.ctx.requireAuthMode('Ui.createAddonMenu', MENU_MODES);
    return this.menu('addon', null);
  }

  createMenu(caption: string): GoogleAppsScript.Base.Menu {
    this.ctx.requireAuthMode('Ui.createMenu', MENU_MODES);
    checkArgs('Ui.createMenu', [caption], [['String']], (m) => this.ctx.error(m));
    return this.menu('custom', caption);
  }

  alert(prompt: string): GoogleAppsScript.Base.Button;
  alert(prompt: string, buttons: GoogleAppsScript.Base.ButtonSet): GoogleAppsScript.Base.Button;
  alert(title: string, prompt: string, buttons: GoogleAppsScript.Base.ButtonSet): GoogleAppsScript.Base.Button;
  alert(...args: unknown[]): GoogleAppsScript.Base.Button {
    this.ctx.requireAuthMode('Ui.alert', SHOW_MODES);
    const { title, prompt, buttons } = this.dialogArgs('Ui.alert', args);
    const r = this.host.take('alert', buttons, prompt);
    this.host.alerts.push({ kind: 'alert', title, prompt, buttons, response: r.button });
    this.ctx.events.push({ type: 'alert', title, prompt, buttons, response: r.button });
    return Button[r.button] as unknown as GoogleAppsScript.Base.Button;
  }

  prompt(prompt: string): GoogleAppsScript.Base.PromptResponse;
  prompt(prompt: string, buttons: GoogleAppsScript.Base.ButtonSet): GoogleAppsScript.Base.PromptResponse;
  prompt(title: string, prompt: string, buttons: GoogleAppsScript.Base.ButtonSet): GoogleAppsScript.Base.PromptResponse;
  prompt(...args: unknown[]): GoogleAppsScript.Base.PromptResponse {
    this.ctx.requireAuthMode('Ui.prompt', SHOW_MODES);
    const { title, prompt, buttons } = this.dialogArgs('Ui.prompt', args);
    const r = this.host.take('prompt', buttons, prompt) as Extract<Scripted, { kind: 'prompt' }>;
    this.host.alerts.push({ kind: 'prompt', title, prompt, buttons, response: r.button, responseText: r.text });
    this.ctx.events.push({ type: 'prompt', title, prompt, buttons, response: r.button, responseText: r.text });
    return exposeImpl(this.ctx.calls, 'Ui.PromptResponse', new PromptResponseImpl(r.text, r.button));
  }

  showSidebar(userInterface: GoogleAppsScript.HTML.HtmlOutput): void {
    this.show('sidebar', 'Ui.showSidebar', [userInterface]);
  }

  showModalDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.show('modal', 'Ui.showModalDialog', [userInterface, title]);
  }

  showModelessDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.show('modeless', 'Ui.showModelessDialog', [userInterface, title]);
  }

  private show(kind: ShownHtml['kind'], method: string, args: unknown[]): void {
    this.ctx.requireAuthMode(method, SHOW_MODES);
    const out = htmlOutputImpl(args[0]);
    const sig = kind === 'sidebar' ? ['Object'] : ['Object', 'String'];
    if (!out || (kind !== 'sidebar' && typeof args[1] !== 'string')) checkArgs(method, args, [sig.map((s, i) => (i === 0 ? 'HtmlOutput' : s))], (m) => this.ctx.error(m));
    const requestedWidth = out!.widthOrNull();
    const width = kind === 'sidebar' ? SIDEBAR_WIDTH : requestedWidth;
    const shown: ShownHtml = { kind, title: kind === 'sidebar' ? out!.getTitle() : (args[1] as string), width, requestedWidth, height: out!.heightOrNull(), content: out!.getContent() };
    this.host.shown.push(shown);
    this.ctx.events.push({ type: kind === 'sidebar' ? 'sidebar' : 'dialog', ...shown });
  }

  private dialogArgs(method: string, args: unknown[]): { title: string; prompt: string; buttons: ButtonSetName } {
    const fail = (): never => {
      checkArgs(method, args, [['String'], ['String', 'ButtonSet'], ['String', 'String', 'ButtonSet']], (m) => this.ctx.error(m));
      throw this.ctx.error(`Invalid arguments for ${method}`);
    };
    let n = args.length;
    while (n > 0 && args[n - 1] === undefined) n--;
    const a = args.slice(0, n);
    if (a.length === 1 && typeof a[0] === 'string') return { title: '', prompt: a[0], buttons: 'OK' };
    if (a.length === 2 && typeof a[0] === 'string' && isMember(ButtonSet, a[1])) return { title: '', prompt: a[0], buttons: enumName(a[1]) as ButtonSetName };
    if (a.length === 3 && typeof a[0] === 'string' && typeof a[1] === 'string' && isMember(ButtonSet, a[2])) return { title: a[0], prompt: a[1], buttons: enumName(a[2]) as ButtonSetName };
    return fail();
  }

  private menu(kind: 'addon' | 'custom', caption: string | null): GoogleAppsScript.Base.Menu {
    const impl = new MenuImpl(this.ctx, this.host, kind, caption);
    return impl.bind(exposeImpl(this.ctx.calls, 'Ui.Menu', impl));
  }
}

/** The Ui the add-on gets from SpreadsheetApp.getUi() (wire it to ctx.getUi). */
export function createUi(ctx: RuntimeContext, host: UiHost): GoogleAppsScript.Base.Ui {
  return exposeImpl(ctx.calls, 'Ui', new UiImpl(ctx, host)) as unknown as GoogleAppsScript.Base.Ui;
}
