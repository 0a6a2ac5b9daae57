/**
 * What PARTNER_SCORE and GATE_STATUS write in cells and throw, and what the value reader
 * says about a cell, in English. A `why` ends a sentence about a quoted cell
 * (`cellWhy`), so each language joins the cell and the reason in its own order.
 * Formula and argument names (PARTNER_SCORE, go_at, "minmax") and the statuses stay as
 * they are in every language: Sheets and the monitor match them.
 */

import { enCriteria } from './criteria';

const s = (n: number) => (n === 1 ? '' : 's');

/**
 * Number marks, for messages: `"." as the decimal mark and "," between thousands`, naming
 * only those given (a text is described by the marks it holds).
 */
const marks = (p: { decimal?: string; group?: string }) =>
  [
    p.decimal && `"${p.decimal}" as the decimal mark`,
    p.group && `${p.group === ' ' ? 'a space' : `"${p.group}"`} between thousands`,
  ]
    .filter(Boolean)
    .join(' and ');

const EXAMPLE_CALL = '=PARTNER_SCORE(A1:I41)';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The formulas' texts in English. */
export function enFormulas() {
  return {
    /** A cell quoted in a message. */
    quote: (p: { text: string }) => `"${p.text}"`,
    /** A quoted cell and why it cannot be read: `"-5" is negative; use 0 or more`. */
    cellWhy: (p: { cell: string; why: string }) => `${p.cell} ${p.why}`,
    /** An argument's cell and why: `go_at "abc" is not a number`. */
    namedCell: (p: { name: string; cell: string; why: string }) => `${p.name} ${p.cell} ${p.why}`,
    /** A row's note when one of its cells (`what`: a column, a metric, as_of) is wrong. */
    invalid: (p: { what: string; problem: string }) => `Invalid ${p.what}: ${p.problem}`,
    /** A whole-call error of the formula `fn`. */
    error: (p: { fn: string; message: string }) => `${p.fn}: ${p.message}`,
    criteria: enCriteria(),
    list: (p: { items: string[] }) => p.items.join(', '),
    value: {
      notANumber: 'is not a number',
      notFinite: 'is not a finite number',
      negative: 'is negative; use 0 or more',
      negativeShort: 'is negative',
      notDays: 'is a percentage or an amount, not a number of days',
      unitNotDays: 'has a unit that is not days or weeks',
      aDate: 'is a date, not a number',
      aBoolean: 'is TRUE/FALSE, not a number',
      notADate: (p: { example: string; locale: string }) =>
        `is not a date; type a date such as ${p.example ? `${p.example} (${p.locale}) or ` : ''}2026-11-20, or leave it blank`,
      /** `weekday`: 0 (Sunday) to 6, the day `iso` really is. */
      wrongWeekday: (p: { iso: string; weekday: number }) =>
        `names the wrong weekday: ${p.iso} is a ${WEEKDAYS[p.weekday]}; fix the date or the weekday`,
      ambiguous: (p: { grouped: string; decimal: string; mark: string }) =>
        `is ambiguous: ${p.grouped} or ${p.decimal}? Some locales write "${p.mark}" as the decimal mark, others between thousands; type ${p.grouped} or ${p.decimal}`,
      unknownLocale: (p: { a: string; b: string; locale: string }) =>
        `could be ${p.a} or ${p.b}: Partner Pilot does not know the number format of this spreadsheet's locale (${p.locale}); type the number without thousands separators, or choose a listed locale under File ▸ Settings ▸ Locale`,
      convention: (p: {
        /** The text's decimal mark, when the locale's is another. */
        decimal?: string;
        /** The text's grouping mark, when the locale groups with another. */
        group?: string;
        own: { decimal: string; group: string };
        locale: string;
        fix: string;
      }) =>
        `is written with ${marks(p)}, but this spreadsheet's locale (${p.locale}) uses ${marks({
          decimal: p.decimal && p.own.decimal,
          group: p.group && p.own.group,
        })}; type ${p.fix}, or change the locale under File ▸ Settings ▸ Locale`,
      indianGrouping: (p: { locale: string; fix: string }) =>
        `is grouped the Indian way (lakh, crore), but this spreadsheet's locale (${p.locale}) groups thousands; type ${p.fix}, or set File ▸ Settings ▸ Locale to India (en_IN)`,
      unknownMark: (p: { mark: string }) =>
        `is a number with "${p.mark}", a currency or unit Partner Pilot does not recognise; type the number alone, or with an ISO currency code such as EUR`,
      /** An amount with its own currency under a header in a magnitude: `full` × it is `amount`. */
      fullAmount: (p: { amount: string; full: string; typed: string }) =>
        `reads as ${p.amount} by the header's unit; if it is the full amount ${p.full}, type ${p.typed}, or drop the unit from the header`,
      errorCell:
        'is an error from a formula, not a value; fix the formula behind the cell, or clear the cell',
      /** `fix`: the text without its approximate mark (`5.000` for `ca. 5.000`). */
      approximate: (p: { fix: string }) =>
        `is an approximate amount; type ${p.fix} alone if that is the figure to use`,
      misplacedGrouping:
        'has misplaced separators between its digits; type the number without them',
      otherCurrency: (p: { code: string; main: string }) =>
        `is in ${p.code}, but this column's other amounts are in ${p.main}; convert it to ${p.main}, or keep each currency in its own column`,
      /** A column with as many amounts in each of `codes` (2 or more), none the most. */
      currencyTie: (p: { code: string; codes: string[] }) =>
        `is in ${p.code}, but this column has as many amounts in ${p.codes.join(' as in ')}; convert them to one currency, or keep each currency in its own column`,
      /** Hours (`hours`) beside amounts in `code`, or an amount in `code` beside hours. */
      hoursAndMoney: (p: { hours: boolean; code: string }) =>
        `is ${p.hours ? 'hours' : `in ${p.code}`}, but this column also holds ${p.hours ? `amounts in ${p.code}` : 'hours'}; keep hours and money in separate columns`,
      pointsAmongFractions: (p: { percent: string }) =>
        `is percentage points beside fractions (0.4 = 40%) in this % column; type ${p.percent}% if you mean ${p.percent} percent`,
      fractionAmongPoints: (p: { percent: string }) =>
        `is a fraction (${p.percent}%) beside percentage points (40 = 40%) in this % column; type ${p.percent} if you mean ${p.percent} percent`,
      word: (p: {
        kind: 'notANumber' | 'inNumbers' | 'mixedScales' | 'offScale';
        column: string;
        word: string;
        /** The scale the rest of the column reads on, for 'offScale'. */
        scale: string;
        /** The number to suggest, one no tier of the scale has; undefined for none. */
        value: string | undefined;
      }) =>
        `${
          p.kind === 'notANumber'
            ? 'is not a number'
            : p.kind === 'inNumbers'
              ? 'is a tier word in a column of numbers'
              : p.kind === 'offScale'
                ? `is not on the scale the rest of the column uses (${p.scale})`
                : 'is a tier word, but the column mixes scales'
        }. To read words, map each to a number: a weights row "${p.column}: ${p.word}" | ${p.value ?? '<number>'}, or the planner's data step`,
      numberInWords: (p: { scale: string }) =>
        `is a number in a column of tier words (${p.scale}). Type the tier, or map every word to a number`,
    },
    score: {
      header: 'Score',
      headerUnread: (p: { columns: readonly string[] }) =>
        `Score (columns not read: ${p.columns.join(', ')})`,
      headerNoColumn: (p: { labels: readonly string[] }) =>
        `Score (no column for weights: ${p.labels.join(', ')})`,
      insufficient: 'INSUFFICIENT DATA',
      excludedNamed: (p: { name: string }) => `Excluded: ${p.name} is a total row, not a partner`,
      excludedSum:
        'Excluded: a total row (its values are the sums, or averages, of the rows above), not a partner',
      excludedSubtotal:
        'Excluded: a subtotal row (its values are the sums, or averages, of the rows since the last total), not a partner',
      excludedBreakdown:
        'Excluded: a breakdown of the partners above (after a blank row, its columns add up to theirs), not a partner',
      severalCells: 'a range of several cells',
      unknownMethod: (p: { method: string }) =>
        `unknown method ${p.method}. Use "minmax" (the default) or "topsis".`,
      emptyRange: `the partners range is empty. Pass the partner table with its header row, e.g. ${EXAMPLE_CALL}.`,
      zeroWeights: (p: { names: string[] }) =>
        `the weights of the criteria in this table (${p.names.join(', ') || 'none'}) add up to 0. Give at least one of them a weight above 0.`,
      headerOnly: `the range holds only the header row, no partners. Pass the header and the partner rows, e.g. ${EXAMPLE_CALL}.`,
      tooFew: (p: { found: number; invalid: number; first: string }) =>
        `found ${p.found === 0 ? 'no partner' : 'only 1 partner'} with values to compare; a score is relative to the other partners in the same call, so it needs at least two.${
          p.invalid
            ? ` ${p.invalid} row${p.invalid === 1 ? ' is' : 's are'} invalid, the first with ${p.first}: fix them, and pass`
            : ' Pass'
        } the partner rows with the table's header row as the range's first row.`,
      topsisIncomplete: (p: { weighted: string[] }) =>
        `topsis needs at least two partners with a value for every weighted criterion (${p.weighted.join(', ')}). Fill in the missing values, give a criterion with gaps a weight of 0, or use method "minmax".`,
      weightsShape: (p: { rows: number; cols: number; criteria: string }) =>
        `weights is a ${p.rows}×${p.cols} range. Pass six numbers in one row or one column (${p.criteria}), or a labelled range: two columns (name | weight) or two rows (names over weights).`,
      weightsCount: (p: { count: number; criteria: string }) =>
        `weights has ${p.count} value${s(p.count)}; it needs six, one per criterion in this order: ${p.criteria}. Or pass a two-column range of criterion name and weight.`,
      weightNoLabel: (p: { cell: string }) =>
        `the weight ${p.cell} has no label. Put the criterion's name beside it, or remove it.`,
      weightBad: (p: { name: string; cell: string; why: string }) =>
        `the weight of ${p.name}, ${p.cell}, ${p.why}. Give each weight as a number of 0 or more (25% and 1,200 are fine), or leave it blank for 0.`,
      noHeader: (p: { width: number; criteria: string }) =>
        `the range has ${p.width} column${s(p.width)} and no header row naming a criterion. Either include a header row whose names include any of ${p.criteria} (other columns such as the partner name are ignored), or pass exactly six columns in this order: ${p.criteria}.`,
      namedTwice: (p: { named: string; first: string; second: string }) =>
        `the weights name ${p.named} twice (${p.first} and ${p.second}). Give each criterion one weight.`,
      labelMatchesMany: (p: { label: string; count: number; columns: number[] }) =>
        `the weight label ${p.label} matches ${p.count} columns with the same header (columns ${p.columns.join(', ')} of the range). Give the columns different headers.`,
      wordMapNumber: (p: { label: string; cell: string }) =>
        `the word map ${p.label} needs a number beside it, not ${p.cell}.`,
      tie: (p: { criterion: string; columns: { header: string; column: number }[] }) =>
        `${p.columns.length === 2 ? 'two' : p.columns.length} columns name ${p.criterion}: ${p.columns
          .map((c, i) => `"${c.header}" (column ${c.column}${i === 0 ? ' of the range' : ''})`)
          .join(
            ' and ',
          )}. Rename or remove ${p.columns.length === 2 ? 'one of them' : 'all but one'}, or pick one with a labelled weights range whose label is its header, e.g. "${p.columns[0]?.header}" | 1.`,
      errorHeader: (p: { column: number; cell: string; missing: string[] }) =>
        `the header of column ${p.column} of the range is ${p.cell}, an error, above values; it may be ${p.missing.join(' or ')}. Fix the header cell so it names its criterion, or leave that column out of the range.`,
      unknownLabel: (p: { label: string; criteria: string; headers: string[]; more: number }) =>
        `unknown weight label ${p.label}. Label each weight with a criterion (${p.criteria}) or a column header of the table to add it as a criterion (${p.headers.join(', ')}${p.more ? ` and ${p.more} more` : ''}; end it with "(cost)" when lower is better), and leave any title row out of the range.`,
      noColumn: (p: { labels: string[]; headers: string[] }) =>
        `the weights name ${p.labels.join(', ')}, but the table has no column for ${p.labels.length === 1 ? 'it' : 'them'} (its headers: ${p.headers.join(', ')}). Label each weight with a criterion the table has, or with one of its headers.`,
      titleRow: (p: { title: string }) =>
        `the range's first row, ${p.title}, looks like a title above the header row. Start the range at the header row, one row lower.`,
    },
    gate: {
      metric: (p: { n: number }) => `metric ${p.n}`,
      thresholdBlank: (p: { blank: string }) =>
        `${p.blank} is blank; give both go_at and stop_at, or neither`,
      thresholdsEqual: (p: { value: string }) =>
        `go_at and stop_at are both ${p.value}; set go_at above stop_at when higher is better, below it when lower is better`,
      asOfFuture: (p: { asOf: string; today: string }) => `${p.asOf} is after today (${p.today})`,
      pointsAgainstFractions: (p: {
        actual: string;
        goAt: string;
        stopAt: string;
        goPercent: string;
        stopPercent: string;
        asFraction: string;
      }) =>
        `actual ${p.actual} looks like percentage points, but go_at ${p.goAt} and stop_at ${p.stopAt} are fractions (${p.goPercent} %, ${p.stopPercent} %). Type the actual as ${p.actual}% (or ${p.asFraction}), or the thresholds as points`,
      currencies: (p: { first: string; second: string }) =>
        `${p.first} and ${p.second} name different currencies. Give both in one currency`,
      percentAgainstPoints: (p: { actual: string; points: string; goAt: string; stopAt: string }) =>
        `actual ${p.actual} is a percentage, but go_at ${p.goAt} and stop_at ${p.stopAt} look like percentage points. Type the actual as ${p.points}, or the thresholds as ${p.goAt}% and ${p.stopAt}%`,
      maxAgeBad: (p: { cell: string; why: string; days: number }) =>
        `${p.cell} ${p.why}. Give the number of days after which data is stale (0 or more), or leave it blank for ${p.days}`,
      maxAgeValue: (p: { problem: string }) => `max_age_days ${p.problem}.`,
      actualsEmpty:
        'actuals is empty. Pass the measured values: one row per gate, one column per metric.',
      thresholdShape: (p: { name: string; shape: string; rows: number; cols: number }) =>
        `${p.name} is ${p.shape} but actuals are ${p.rows}×${p.cols}. Give ${p.name} the same shape as actuals (thresholds per row), one row of ${p.cols} (shared by every row), or a single value.`,
      asOfShape: (p: { shape: string; rows: number }) =>
        `as_of is ${p.shape} but actuals have ${p.rows} row${s(p.rows)}. Give as_of one date per row (a column of ${p.rows}) or a single date for every row.`,
      maxAgeShape: (p: { shape: string; rows: number }) =>
        p.rows > 1
          ? `max_age_days must be a single value or a column of ${p.rows} (one per row), not a ${p.shape} range. Pass one cell, a column beside the actuals, or type the value.`
          : `max_age_days must be a single value, not a ${p.shape} range. Pass one cell, or type the value.`,
      singleValue: (p: { name: string; shape: string }) =>
        `${p.name} must be a single value, not a ${p.shape} range. Pass one cell, or type the value.`,
      todayNotDate: (p: { cell: string }) =>
        `today ${p.cell} is not a date. Pass a date or a YYYY-MM-DD text, or leave it blank for today's date.`,
    },
  };
}

/** The formulas' texts: every language returns this shape. */
export type FormulaText = ReturnType<typeof enFormulas>;
