/**
 * SpreadsheetApp.getUi(): the add-on menu (recorded for menu() and the preview's
 * Extensions menu), sidebars, dialogs and alerts (recorded; alerts answer OK).
 */
import type { Env } from '../execution';
import type { MenuEntry } from '../state';
import { enumOf, track, unwrap } from './track';

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

class Menu {
  private readonly items: MenuEntry[] = [];
  constructor(
    private readonly env: Env,
    private readonly addOn: boolean,
  ) {}
  addItem(caption: string, functionName: string) {
    this.items.push({ name: String(caption), functionName: String(functionName) });
    return this;
  }
  addSeparator() {
    this.items.push({ name: '', functionName: '' });
    return this;
  }
  addSubMenu(menu: Menu) {
    this.items.push(...menu.entries());
    return this;
  }
  entries() {
    return this.items;
  }
  addToUi() {
    const ui = this.env.state.ui;
    if (this.addOn) {
      ui.menuWithSeparators = [...this.items];
      ui.menu = this.items.filter((item) => item.functionName !== '');
    }
  }
}

export function makeUi(env: Env) {
  const ui = env.state.ui;
  const requireHtml = (value: unknown, method: string): HtmlOutputLike => {
    const html = unwrap(value);
    if (!isHtmlOutput(html)) {
      env.fail(
        `The parameters (${typeof value}) don't match the method signature for Ui.${method}.`,
      );
    }
    return html;
  };
  return track(
    {
      ButtonSet,
      Button,
      createAddonMenu: () => track(new Menu(env, true), 'Menu', env),
      createMenu: (_name: string) => track(new Menu(env, false), 'Menu', env),
      showSidebar(output: unknown) {
        const html = requireHtml(output, 'showSidebar');
        ui.sidebar = { html: html.getContent(), title: html.getTitle() };
        ui.sidebarVersion++;
      },
      showModalDialog(output: unknown, title: string) {
        const html = requireHtml(output, 'showModalDialog');
        ui.dialog = { html: html.getContent(), title: String(title) };
      },
      showModelessDialog(output: unknown, title: string) {
        const html = requireHtml(output, 'showModelessDialog');
        ui.dialog = { html: html.getContent(), title: String(title) };
      },
      /** alert(prompt) | alert(prompt, buttons) | alert(title, prompt, buttons). */
      alert(first: unknown, second?: unknown, _third?: unknown) {
        const text = typeof second === 'string' ? `${first}\n${second}` : String(first);
        ui.alerts.push(text);
        return Button.OK;
      },
      prompt(first: unknown, second?: unknown) {
        ui.alerts.push(typeof second === 'string' ? `${first}\n${second}` : String(first));
        return track(
          { getResponseText: () => '', getSelectedButton: () => Button.CANCEL },
          'PromptResponse',
          env,
        );
      },
    },
    'Ui',
    env,
  );
}
