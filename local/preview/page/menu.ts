/**
 * The menu bar's File and Extensions menus. Extensions ▸ Partner Pilot lists the menu the
 * add-on's real onOpen built; an item runs as a menu execution on the server.
 */
import type { MenuEntry } from '../../runtime/state';
import { hideToast, showDialog, toast } from './dialogs';
import { byId } from './dom';
import { page, refresh } from './model';
import { post } from './requests';

const dropdown = byId('extensions-menu');
const menus: [HTMLElement, HTMLElement][] = [
  [byId('extensions'), dropdown],
  [byId('file'), byId('file-menu')],
];

/** Fills Extensions ▸ Partner Pilot; says why it is empty when the script failed to load. */
export function renderMenu(menu: MenuEntry[], loadError: string | undefined): void {
  dropdown.replaceChildren();
  const heading = document.createElement('div');
  heading.className = 'addon';
  heading.textContent = 'Partner Pilot';
  dropdown.append(heading);
  if (menu.length === 0) {
    const none = document.createElement('button');
    none.type = 'button';
    none.disabled = true;
    none.textContent = loadError ? 'Menu unavailable: the script failed to load' : 'No items';
    dropdown.append(none);
  }
  for (const item of menu) {
    if (!item.functionName) {
      dropdown.append(document.createElement('hr'));
      continue;
    }
    const button = document.createElement('button');
    button.type = 'button';
    button.setAttribute('role', 'menuitem');
    button.textContent = item.name;
    button.addEventListener('click', () => runMenuItem(item.functionName));
    dropdown.append(button);
  }
}

function closeMenus() {
  for (const [button, list] of menus) {
    list.hidden = true;
    button.setAttribute('aria-expanded', 'false');
  }
}

async function runMenuItem(functionName: string) {
  closeMenus();
  toast(`Running script ${functionName}…`);
  const outcome = await post('/api/menu', { functionName });
  hideToast();
  if (!outcome.ok) showDialog(`Error\n${outcome.error}`);
  page.currentSheet = undefined;
  await refresh();
}

for (const [button, list] of menus) {
  button.addEventListener('click', (event) => {
    event.stopPropagation();
    const open = list.hidden;
    closeMenus();
    list.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
  });
}
document.addEventListener('click', (event) => {
  const target = event.target instanceof Node ? event.target : null;
  if (!menus.some(([, list]) => list.contains(target))) closeMenus();
});
