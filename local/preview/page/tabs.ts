/** The sheet tabs along the bottom; a click shows that sheet and makes it the active one. */
import { byId } from './dom';
import { openSheet } from './model';

/** One tab per sheet, in workbook order; `current` is drawn selected. */
export function renderTabs(sheets: string[], current: string | undefined): void {
  const tabs = byId('tabs');
  tabs.replaceChildren();
  for (const name of sheets) {
    const tab = document.createElement('button');
    tab.type = 'button';
    tab.textContent = name;
    tab.setAttribute('role', 'tab');
    tab.setAttribute('aria-selected', String(name === current));
    tab.addEventListener('click', () => openSheet(name));
    tabs.append(tab);
  }
}
