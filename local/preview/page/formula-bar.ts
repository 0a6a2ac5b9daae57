/**
 * The selected cell and what shows it: the name box, the formula bar (which also commits
 * an edit), and the link card under a =HYPERLINK("#gid=…") cell, as in Sheets.
 */
import { cellA1 } from '../../runtime/a1';
import { byId, element } from './dom';
import { commit, page } from './model';

const grid = element('grid', HTMLTableElement);
const nameBox = element('name-box', HTMLInputElement);
export const formulaInput = element('formula-input', HTMLInputElement);

const linkCard = document.createElement('a');
linkCard.className = 'link-card';
linkCard.hidden = true;
byId('grid-wrap').append(linkCard);

/** The grid's cell at 0-based row and column, if drawn. */
export function cellAt(row: number, col: number): HTMLTableCellElement | null {
  return grid.querySelector(`td[data-row="${row}"][data-col="${col}"]`);
}

function showLinkCard(formula: string | undefined) {
  const { row, col } = page.selected;
  const m = /^=HYPERLINK\(\s*"([^"]*)"/i.exec(formula || '');
  const cell = cellAt(row, col);
  linkCard.hidden = !m || !cell;
  if (!m || !cell) return;
  linkCard.textContent = m[1];
  linkCard.href = m[1];
  linkCard.target = m[1].startsWith('#') ? '_self' : '_blank';
  linkCard.style.top = `${cell.offsetTop + cell.offsetHeight + 2}px`;
  linkCard.style.left = `${cell.offsetLeft}px`;
}

/** Updates the name box, link card and (unless someone is typing in it) the formula bar. */
export function showSelection(): void {
  const sheet = page.state?.sheet;
  if (!sheet) return;
  const { row, col } = page.selected;
  nameBox.value = cellA1(row, col);
  showLinkCard(sheet.formulas[row]?.[col]);
  if (document.activeElement !== formulaInput) {
    formulaInput.value = sheet.inputs[row]?.[col] ?? '';
  }
}

/** Selects a cell (clamped to the sheet's top-left) and scrolls it into view. */
export function select(row: number, col: number): void {
  cellAt(page.selected.row, page.selected.col)?.classList.remove('selected');
  page.selected = { row: Math.max(0, row), col: Math.max(0, col) };
  const cell = cellAt(page.selected.row, page.selected.col);
  if (cell) {
    cell.classList.add('selected');
    cell.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }
  showSelection();
}

formulaInput.addEventListener('keydown', async (event) => {
  if (event.key === 'Enter') {
    event.preventDefault();
    const { row, col } = page.selected;
    formulaInput.blur();
    await commit(row, col, formulaInput.value);
  } else if (event.key === 'Escape') {
    formulaInput.blur();
    showSelection();
  }
});
