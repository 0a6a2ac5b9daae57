/**
 * One colour set per gate status, so a reader tells them apart at a glance: GO green,
 * HOLD amber, STOP red, STALE purple (the data is too old: someone must refresh it),
 * PENDING grey (nothing measured yet). Background and text pairs from Sheets' own
 * palette, each above 4.5:1 contrast (WCAG 2.1 AA), for the status cells; a mid tone of
 * the same hue for chart bars, which carry no text.
 */
export const STATUS_COLOURS: [status: string, background: string, font: string, chart: string][] = [
  ['GO', '#d9ead3', '#274e13', '#6aa84f'],
  ['HOLD', '#fff2cc', '#7f6000', '#f1c232'],
  ['STOP', '#f4cccc', '#990000', '#cc0000'],
  ['STALE', '#d9d2e9', '#351c75', '#8e7cc3'],
  ['PENDING', '#efefef', '#434343', '#999999'],
];
