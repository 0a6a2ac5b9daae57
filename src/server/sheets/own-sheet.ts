type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The add-on's own sheet called `base`, found by its header row. Sheets' names are
 * unique without regard to letter case (insertSheet('decision log') fails beside
 * 'Decision log'), so a sheet of that name in any case whose first row differs is the
 * user's and is left alone: the next free name ("base (2)", …) is used instead. `sheet`
 * is null when that name is still to be created. Once the sheet exists this costs one
 * getSheetByName and one header read; only a name getSheetByName does not find is
 * checked against every sheet's name, whatever case getSheetByName itself ignores, and
 * only when it has letter case (a Japanese name has no other spelling).
 */
export function findOwnSheet(
  ss: Spreadsheet,
  base: string,
  headers: readonly string[],
): { sheet: Sheet | null; name: string } {
  let names: Map<string, Sheet> | undefined;
  const ours = (sheet: Sheet) =>
    sheet
      .getRange(1, 1, 1, headers.length)
      .getValues()[0]
      .every((h, i) => h === headers[i]);
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base} (${n})`;
    let sheet = ss.getSheetByName(name);
    // A name without letter case ('意思決定ログ') has no other spelling to look for.
    if (!sheet && name.toLowerCase() === name.toUpperCase()) return { sheet: null, name };
    if (!sheet) {
      names ??= new Map(ss.getSheets().map((s) => [s.getName().toLowerCase(), s]));
      sheet = names.get(name.toLowerCase()) ?? null;
      if (!sheet) return { sheet: null, name };
    }
    if (ours(sheet)) return { sheet, name: sheet.getName() };
  }
}
