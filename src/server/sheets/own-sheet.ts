type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The add-on's own sheet called `base`, found by its header row. A sheet of that name
 * whose first row differs is the user's and is left alone: the next free name
 * ("base (2)", …) is used instead. `sheet` is null when that name is still to be created.
 */
export function findOwnSheet(
  ss: Spreadsheet,
  base: string,
  headers: readonly string[],
): { sheet: Sheet | null; name: string } {
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base} (${n})`;
    const sheet = ss.getSheetByName(name);
    if (!sheet) return { sheet: null, name };
    const header = sheet.getRange(1, 1, 1, headers.length).getValues()[0];
    if (header.every((h, i) => h === headers[i])) return { sheet, name };
  }
}
