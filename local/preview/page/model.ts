/**
 * What the page knows: the last state the server sent, the sheet on show, the selected
 * cell and the edit in progress. refresh() fetches the state and tells the listener (the
 * page's render) so that modules can ask for a redraw without importing the renderers.
 */

import { cellA1 } from '../../runtime/a1';
import type { PreviewState } from '../api';
import { showDialog } from './dialogs';
import { fetchState, post } from './requests';

export interface Cell {
  row: number;
  col: number;
}

export const page: {
  /** Undefined until the first answer arrives. */
  state: PreviewState | undefined;
  currentSheet: string | undefined;
  /** 0-based. */
  selected: Cell;
  /** The cell being edited and its input (text or a list's dropdown). */
  editing: (Cell & { input: HTMLElement }) | undefined;
} = {
  state: undefined,
  currentSheet: undefined,
  selected: { row: 0, col: 0 },
  editing: undefined,
};

let render: (state: PreviewState) => void = () => undefined;

/** Called with every state refresh() receives. */
export function onRefresh(listener: (state: PreviewState) => void): void {
  render = listener;
}

/** Fetches the state of the sheet on show and redraws. */
export async function refresh(): Promise<void> {
  const previousActive = page.state?.activeSheet;
  const state = await fetchState(page.currentSheet);
  page.state = state;
  // A script that activated another sheet (e.g. one it just wrote) brings it to the front.
  if (previousActive !== undefined && state.activeSheet !== previousActive) {
    page.currentSheet = state.activeSheet;
    page.selected = { row: 0, col: 0 };
    if (state.sheet.name !== page.currentSheet) return refresh();
  }
  page.currentSheet = state.sheet.name;
  render(state);
}

/** Shows a sheet, as a click on its tab does; it becomes the active sheet scripts see. */
export async function openSheet(name: string): Promise<void> {
  page.currentSheet = name;
  page.selected = { row: 0, col: 0 };
  await post('/api/activate', { sheet: name });
  await refresh();
}

/** Writes a cell as typed (the server reads it as Sheets reads typing) and redraws. */
export async function commit(row: number, col: number, value: string): Promise<void> {
  const outcome = await post('/api/cell', {
    sheet: page.currentSheet ?? '',
    a1: cellA1(row, col),
    value,
  });
  if (!outcome.ok) showDialog(`There was a problem\n${outcome.error}`);
  await refresh();
}
