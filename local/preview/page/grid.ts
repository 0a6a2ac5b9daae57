/**
 * The grid: the sheet's computed values with their styles, list rules, error corners and
 * conditional formats, column and row headers, and at least 40 rows by 12 columns as an
 * empty sheet in Sheets has. Cell text is only ever set as textContent.
 */

import { cellA1, columnLetters } from '../../runtime/a1';
import type { SheetView } from '../api';
import { matchingRule } from './conditional-format';
import { byId, element } from './dom';
import { showSelection } from './formula-bar';
import { page } from './model';

const grid = element('grid', HTMLTableElement);

/** Redraws the whole grid for `sheet`, keeping the selection. */
export function renderGrid(sheet: SheetView): void {
  const { selected } = page;
  const dataRows = sheet.display.length;
  const dataCols = Math.max(0, ...sheet.display.map((r) => r.length));
  const rows = Math.max(dataRows + 20, 40);
  const cols = Math.max(dataCols + 3, 12);
  const fragment = document.createDocumentFragment();
  const head = document.createElement('thead');
  const headRow = document.createElement('tr');
  const corner = document.createElement('th');
  corner.className = 'corner';
  headRow.append(corner);
  // Fixed layout needs the table's own width: then long text is clipped, not widening.
  let total = 46;
  for (let c = 0; c < cols; c++) {
    const th = document.createElement('th');
    th.textContent = columnLetters(c);
    const width = sheet.columnWidths[c + 1] ?? defaultWidth(sheet, c);
    total += width;
    th.style.width = `${width}px`;
    if (c === selected.col) th.className = 'active';
    headRow.append(th);
  }
  head.append(headRow);
  fragment.append(head);
  const body = document.createElement('tbody');
  for (let r = 0; r < rows; r++) {
    const tr = document.createElement('tr');
    if (sheet.frozenRows > 0 && r === sheet.frozenRows - 1) tr.classList.add('frozen-edge');
    const th = document.createElement('th');
    th.textContent = String(r + 1);
    if (r === selected.row) th.className = 'active';
    tr.append(th);
    for (let c = 0; c < cols; c++) tr.append(cell(sheet, r, c));
    body.append(tr);
  }
  fragment.append(body);
  grid.style.width = `${total}px`;
  grid.replaceChildren(fragment);
  const more = byId('more-rows');
  more.hidden = sheet.totalRows <= dataRows;
  more.textContent = `${sheet.totalRows - dataRows} more rows are not drawn in the preview.`;
  showSelection();
}

function cell(sheet: SheetView, r: number, c: number): HTMLTableCellElement {
  const td = document.createElement('td');
  td.dataset.row = String(r);
  td.dataset.col = String(c);
  const text = sheet.display[r]?.[c] ?? '';
  td.textContent = text;
  if (sheet.numeric[r]?.[c]) td.classList.add('num');
  const background = sheet.backgrounds[r]?.[c];
  if (background) td.style.background = background;
  if (sheet.wraps[r]?.[c]) td.classList.add('wrap');
  // As in Sheets, text runs on over empty cells to its right.
  else if (text && !sheet.numeric[r]?.[c] && !sheet.display[r]?.[c + 1]) {
    td.classList.add('overflow');
  }
  const align = sheet.alignments[r]?.[c];
  if (align) td.style.textAlign = align;
  const rule = sheet.validations[r]?.[c];
  if (typeof rule === 'string' && rule) td.title = rule;
  if (Array.isArray(rule)) td.classList.add('list');
  const weight = sheet.fontWeights[r]?.[c];
  if (weight) td.style.fontWeight = weight;
  const format = matchingRule(sheet.conditionalFormatRules, r, c, text);
  const color = sheet.fontColors[r]?.[c] || format?.fontColor;
  if (color) td.style.color = color;
  if (format?.background) td.style.background = format.background;
  const sparkline = sheet.sparklines[cellA1(r, c)];
  if (sparkline) td.append(sparklineSvg(sparkline));
  const error = sheet.errors[cellA1(r, c)];
  if (error) {
    td.classList.add('error');
    td.title = error;
  }
  if (r === page.selected.row && c === page.selected.col) td.classList.add('selected');
  return td;
}

/** Fits the data below the header (the header row wraps instead), as a person would. */
function defaultWidth(sheet: SheetView, col: number): number {
  const body = sheet.display.slice(sheet.frozenRows, 200);
  const longest = Math.max(0, ...body.map((r) => (r[col] ?? '').length));
  const headerWords = sheet.display
    .slice(0, sheet.frozenRows)
    .flatMap((r) => (r[col] ?? '').split(/[\s-]+/));
  const longestWord = Math.max(0, ...headerWords.map((w) => w.length));
  return Math.min(Math.max(longest * 7 + 16, longestWord * 8 + 16, 64), 180);
}

const SVG = 'http://www.w3.org/2000/svg';

/** A SPARKLINE cell's line, as Sheets draws its default line chart: the cell's height, blue. */
function sparklineSvg(numbers: number[]): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', 'sparkline');
  svg.setAttribute('viewBox', '0 0 100 20');
  svg.setAttribute('preserveAspectRatio', 'none');
  const low = Math.min(...numbers);
  const span = Math.max(...numbers) - low || 1;
  const step = numbers.length > 1 ? 100 / (numbers.length - 1) : 0;
  const line = document.createElementNS(SVG, 'polyline');
  line.setAttribute(
    'points',
    numbers
      .map((n, i) => `${(i * step).toFixed(2)},${(18 - ((n - low) / span) * 16).toFixed(2)}`)
      .join(' '),
  );
  line.setAttribute('fill', 'none');
  line.setAttribute('stroke', '#4285f4');
  line.setAttribute('stroke-width', '1.5');
  line.setAttribute('vector-effect', 'non-scaling-stroke');
  svg.append(line);
  return svg;
}
