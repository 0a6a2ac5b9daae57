/**
 * Text and sheet names as an .xlsx file may hold them. XML 1.0 allows only the characters
 * of its Char production (https://www.w3.org/TR/xml/#charsets): tab, LF, CR, U+0020–U+D7FF,
 * U+E000–U+FFFD and U+10000–U+10FFFF; anything else makes the whole part unreadable. Excel,
 * and Google Sheets' import after it, take a sheet name of 1 to 31 characters without
 * `: \ / ? * [ ]`, not starting or ending with an apostrophe, not `History`, and unique
 * without regard to case (Microsoft's "Rename a worksheet" help page).
 */

/** Every character XML 1.0 does not allow, lone surrogate halves included (the `u` flag). */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const NOT_IN_SHEET_NAME = /[:\\/?*[\]\t\n\r]/g;
const MAX_SHEET_NAME = 31;

/**
 * `text` with each character XML 1.0 forbids replaced by U+FFFD (the replacement
 * character), so the cell shows that something was there rather than silently losing it.
 */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML_CHAR, '\uFFFD');
}

/**
 * Names for `names` (in order) that Excel and Sheets accept: forbidden characters become
 * `_`, so do leading and trailing apostrophes; an empty name becomes `Sheet N`; a long
 * one is cut to 31 UTF-16 units without splitting a surrogate pair; a name equal to an
 * earlier one in any letter case gets ` (2)`, ` (3)`… Names already valid are kept as
 * they are, the first of several equal in another letter case with them. Returns the new names and, keyed by each
 * renamed sheet's old name in upper case (formula references ignore case), its new name.
 */
export function xlsxSheetNames(names: string[]): {
  names: string[];
  renamed: Map<string, string>;
} {
  const fixed = names.map((name, i) => cleanName(name, i));
  // Valid names keep their place first; a second one equal in another letter case is renamed.
  const taken = new Set<string>();
  const kept = fixed.map((name, i) => {
    if (name !== names[i] || taken.has(name.toUpperCase())) return false;
    taken.add(name.toUpperCase());
    return true;
  });
  const result = fixed.map((name, i) => {
    if (kept[i]) return name;
    let candidate = name;
    for (let n = 2; taken.has(candidate.toUpperCase()); n++) {
      const suffix = ` (${n})`;
      candidate = cut(name, MAX_SHEET_NAME - suffix.length) + suffix;
    }
    taken.add(candidate.toUpperCase());
    return candidate;
  });
  const renamed = new Map<string, string>();
  // A reference names one sheet; where a kept sheet answers to it, it stays that one's.
  result.forEach((name, i) => {
    const old = names[i].toUpperCase();
    if (!kept[i] && !kept.some((k, j) => k && names[j].toUpperCase() === old))
      renamed.set(old, name);
  });
  return { names: result, renamed };
}

function cleanName(name: string, index: number): string {
  const cleaned = cut(
    name.replace(NOT_XML_CHAR, '_').replace(NOT_IN_SHEET_NAME, '_').replace(/^'|'$/g, '_'),
    MAX_SHEET_NAME,
  ).replace(/'$/, '_');
  if (!cleaned.trim()) return `Sheet${index + 1}`;
  return cleaned.toUpperCase() === 'HISTORY' ? `${cleaned}_` : cleaned;
}

/** The first `max` UTF-16 units of `text`, one fewer if the cut would split a pair. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

// A string literal, a quoted sheet name before `!`, or an unquoted one before `!`. The
// unquoted form stops at any operator or separator, so a match always starts a token.
const SHEET_REFERENCE = /"(?:[^"]|"")*"|'((?:[^']|'')*)'!|([^\s'"!(),;:+\-*/^&=<>{}%[\]]+)!/g;

/**
 * `formula` (without its `=`) with each reference to a renamed sheet (`Name!A1`,
 * `'Long name'!A1:B2`) pointing at the sheet's new name, always quoted. Text inside
 * string literals (`HYPERLINK("#gid=…")`, `"Data!"`) is left alone.
 */
export function renameSheetReferences(formula: string, renamed: Map<string, string>): string {
  if (renamed.size === 0) return formula;
  return formula.replace(SHEET_REFERENCE, (match, quoted?: string, bare?: string) => {
    const name = quoted !== undefined ? quoted.replace(/''/g, "'") : bare;
    const to = name === undefined ? undefined : renamed.get(name.toUpperCase());
    return to === undefined ? match : `'${to.replace(/'/g, "''")}'!`;
  });
}
