/**
 * SpreadsheetApp.getUi() (reference: developers.google.com/apps-script/reference/base/ui):
 * the add-on menu (recorded for menu() and the preview's Extensions menu), sidebars,
 * dialogs and alerts (recorded; alerts answer OK, prompts Cancel).
 */
import type { Env, MenuEntry } from '../state';
import { asGoogle, enumOf, fakeBehind, track, unwrap } from './track';

type Menu = GoogleAppsScript.Base.Menu;

const ButtonSet = enumOf('OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL');
const Button = enumOf('CLOSE', 'OK', 'CANCEL', 'YES', 'NO');

interface HtmlOutputLike {
  getContent(): string;
  getTitle(): string;
}

function isHtmlOutput(value: unknown): value is HtmlOutputLike {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as HtmlOutputLike).getContent === 'function'
  );
}

class FakeMenu implements Pick<Menu, 'addItem' | 'addSeparator' | 'addSubMenu' | 'addToUi'> {
  private readonly items: MenuEntry[] = [];
  constructor(
    private readonly env: Env,
    private readonly addOn: boolean,
  ) {}
  addItem(caption: string, functionName: string) {
    this.items.push({ name: String(caption), functionName: String(functionName) });
    return asGoogle<Menu>(this);
  }
  addSeparator() {
    this.items.push({ name: '', functionName: '' });
    return asGoogle<Menu>(this);
  }
  /** The add-on menu is drawn flat, so a submenu's items join this menu's. */
  addSubMenu(menu: Menu) {
    const sub =
      fakeBehind(menu, FakeMenu) ??
      this.env.fail(
        "The parameters (Object) don't match the method signature for Ui.Menu.addSubMenu.",
      );
    this.items.push(...sub.items);
    return asGoogle<Menu>(this);
  }
  addToUi() {
    const ui = this.env.state.ui;
    if (this.addOn) {
      ui.menuWithSeparators = [...this.items];
      ui.menu = this.items.filter((item) => item.functionName !== '');
    }
  }
}

/**
 * alert is not checked against the typings, nor are the enums: Apps Script's enums are
 * objects whose values print as their names (enumOf), the typings' are numeric, and alert
 * returns one.
 */
class FakeUi
  implements
    Pick<
      GoogleAppsScript.Base.Ui,
      | 'createAddonMenu'
      | 'createMenu'
      | 'showSidebar'
      | 'showModalDialog'
      | 'showModelessDialog'
      | 'prompt'
    >
{
  readonly ButtonSet = ButtonSet;
  readonly Button = Button;

  constructor(private readonly env: Env) {}

  private requireHtml(value: unknown, method: string): HtmlOutputLike {
    const html = unwrap(value);
    if (!isHtmlOutput(html)) {
      this.env.fail(
        `The parameters (${typeof value}) don't match the method signature for Ui.${method}.`,
      );
    }
    return html;
  }
  createAddonMenu() {
    return asGoogle<Menu>(track(new FakeMenu(this.env, true), 'Menu', this.env));
  }
  createMenu(_caption: string) {
    return asGoogle<Menu>(track(new FakeMenu(this.env, false), 'Menu', this.env));
  }
  showSidebar(output: unknown) {
    const html = this.requireHtml(output, 'showSidebar');
    const ui = this.env.state.ui;
    ui.sidebar = { html: html.getContent(), title: html.getTitle() };
    ui.sidebarVersion++;
  }
  showModalDialog(output: unknown, title: string) {
    const html = this.requireHtml(output, 'showModalDialog');
    this.env.state.ui.dialog = { html: html.getContent(), title: String(title) };
  }
  showModelessDialog(output: unknown, title: string) {
    const html = this.requireHtml(output, 'showModelessDialog');
    this.env.state.ui.dialog = { html: html.getContent(), title: String(title) };
  }
  /** alert(prompt) | alert(prompt, buttons) | alert(title, prompt, buttons). */
  alert(first: unknown, second?: unknown, _third?: unknown) {
    this.env.state.ui.alerts.push(alertText(first, second));
    return Button.OK;
  }
  /** prompt(prompt) | prompt(prompt, buttons) | prompt(title, prompt, buttons). */
  prompt(first: unknown, second?: unknown) {
    this.env.state.ui.alerts.push(alertText(first, second));
    return asGoogle<GoogleAppsScript.Base.PromptResponse>(
      track(
        { getResponseText: () => '', getSelectedButton: () => Button.CANCEL },
        'PromptResponse',
        this.env,
      ),
    );
  }
}

/** "title\nprompt" when a title was given (the second argument is then the prompt text). */
function alertText(first: unknown, second: unknown): string {
  return typeof second === 'string' ? `${first}\n${second}` : String(first);
}

/** The Ui of one execution (SpreadsheetApp.getUi refuses custom functions before this). */
export function makeUi(env: Env) {
  return asGoogle<GoogleAppsScript.Base.Ui>(track(new FakeUi(env), 'Ui', env));
}
