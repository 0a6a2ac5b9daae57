/**
 * Editing cells in the grid as in Sheets: click selects, double-click, Enter or F2 edits,
 * typing starts an edit with that character, arrows move, Delete clears, Enter commits and
 * moves down, Tab right, Escape cancels. A cell with a list rule edits through a dropdown.
 */
import { cellA1 } from '../../runtime/a1';
import { dialogOpen } from './dialogs';
import { element } from './dom';
import { cellAt, formulaInput, select } from './formula-bar';
import { commit, page } from './model';

const grid = element('grid', HTMLTableElement);

function startListEdit(cell: HTMLTableCellElement, options: string[]) {
  const { row, col } = page.selected;
  const dropdown = document.createElement('select');
  dropdown.setAttribute('aria-label', `Choose ${cellA1(row, col)}`);
  const current = page.state?.sheet.display[row]?.[col] ?? '';
  for (const option of ['', ...options]) {
    const element = document.createElement('option');
    element.value = option;
    element.textContent = option;
    element.selected = option === current;
    dropdown.append(element);
  }
  page.editing = { row, col, input: dropdown };
  cell.append(dropdown);
  dropdown.focus();
  const finish = (commitValue: boolean) => {
    if (page.editing?.input !== dropdown) return;
    page.editing = undefined;
    if (commitValue) commit(row, col, dropdown.value);
    else dropdown.remove();
  };
  dropdown.addEventListener('change', () => finish(true));
  dropdown.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') finish(false);
  });
  dropdown.addEventListener('blur', () => finish(false));
}

/** Edits the selected cell, starting from `initial` or from what the formula bar shows. */
function startEdit(initial?: string) {
  const { row, col } = page.selected;
  const cell = cellAt(row, col);
  const sheet = page.state?.sheet;
  if (!cell || !sheet) return;
  const rule = sheet.validations[row]?.[col];
  if (Array.isArray(rule) && initial === undefined) {
    startListEdit(cell, rule);
    return;
  }
  const input = document.createElement('input');
  input.setAttribute('aria-label', `Edit ${cellA1(row, col)}`);
  input.value = initial ?? sheet.inputs[row]?.[col] ?? '';
  page.editing = { row, col, input };
  cell.append(input);
  input.focus();
  input.addEventListener('keydown', async (event) => {
    if (event.key === 'Enter' || event.key === 'Tab') {
      event.preventDefault();
      page.editing = undefined;
      page.selected = event.key === 'Enter' ? { row: row + 1, col } : { row, col: col + 1 };
      await commit(row, col, input.value);
    } else if (event.key === 'Escape') {
      page.editing = undefined;
      input.remove();
    }
  });
  input.addEventListener('blur', () => {
    if (page.editing?.input === input) {
      page.editing = undefined;
      commit(page.selected.row, page.selected.col, input.value);
    }
  });
}

function cellOf(event: Event): HTMLTableCellElement | null {
  return event.target instanceof Element ? event.target.closest('td') : null;
}

grid.addEventListener('click', (event) => {
  const cell = cellOf(event);
  if (cell && !page.editing) select(Number(cell.dataset.row), Number(cell.dataset.col));
});

grid.addEventListener('dblclick', (event) => {
  const cell = cellOf(event);
  if (!cell) return;
  select(Number(cell.dataset.row), Number(cell.dataset.col));
  startEdit();
});

const MOVES: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

document.addEventListener('keydown', (event) => {
  if (page.editing || !page.state || event.target === formulaInput || dialogOpen()) return;
  if (event.target instanceof HTMLInputElement || event.target instanceof HTMLButtonElement) return;
  const move = MOVES[event.key];
  if (move) {
    event.preventDefault();
    select(page.selected.row + move[0], page.selected.col + move[1]);
  } else if (event.key === 'Enter' || event.key === 'F2') {
    event.preventDefault();
    startEdit();
  } else if (event.key === 'Delete' || event.key === 'Backspace') {
    event.preventDefault();
    commit(page.selected.row, page.selected.col, '');
  } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey) {
    event.preventDefault();
    startEdit(event.key);
  }
});
