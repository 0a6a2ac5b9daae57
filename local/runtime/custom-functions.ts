/**
 * PARTNER_SCORE and GATE_STATUS as HyperFormula function plugins. Each evaluation hands
 * the arguments over in Apps Script's conventions (a range as a 2-D array, a blank as '',
 * a date as a Date, 10% as 0.1, an omitted argument as undefined) to one execution of
 * the add-on's own global function, and turns what it returns into cell values.
 *
 * HyperFormula must know an array result's size before evaluating it, so the spill is
 * reserved as the rows of the first argument by one column (what both functions
 * return); a shorter result leaves the rest blank, a larger one is an error on the cell.
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
} from 'hyperformula';

export const CUSTOM_FUNCTIONS = ['PARTNER_SCORE', 'GATE_STATUS'] as const;
const PARAMETER_COUNTS: Record<(typeof CUSTOM_FUNCTIONS)[number], number> = {
  PARTNER_SCORE: 3,
  GATE_STATUS: 6,
};

/** What a plugin needs from the runtime that owns the workbook being evaluated. */
export interface CustomFunctionHost {
  /** Runs the global function in a fresh execution; returns its result or throws. */
  call(name: string, args: unknown[]): unknown;
  /** True when the cell's number format shows a date. */
  isDateCell(hfSheet: number, row: number, col: number): boolean;
  serialToDate(serial: number): Date;
  dateToSerial(date: Date): number;
}

let activeHost: CustomFunctionHost | undefined;

/** HyperFormula evaluates synchronously, so the host is in scope for exactly the work. */
export function withCustomFunctionHost<T>(host: CustomFunctionHost, work: () => T): T {
  const previous = activeHost;
  activeHost = host;
  try {
    return work();
  } finally {
    activeHost = previous;
  }
}

type Ast = { args: unknown[]; procedureName: string };
type State = { formulaAddress: CellAddress };
type CellAddress = { sheet: number; row: number; col: number };
type ArgumentAst = {
  type: string;
  reference?: { toSimpleCellAddress(base: CellAddress): CellAddress };
  /** A CELL_RANGE's first cell: a 1×1 range (M19:M19) arrives as a bare value too. */
  start?: { toSimpleCellAddress(base: CellAddress): CellAddress };
};
type Internal = unknown;

interface RangeLike {
  data: Internal[][];
  range?: { start: { sheet: number; row: number; col: number } };
}

class AddOnFunctionsPlugin extends FunctionPlugin {
  partnerScore(ast: Ast, state: State) {
    return this.runAddOnFunction('PARTNER_SCORE', ast, state);
  }

  gateStatus(ast: Ast, state: State) {
    return this.runAddOnFunction('GATE_STATUS', ast, state);
  }

  resultSize(ast: Ast, state: State) {
    if (ast.args.length === 0) return ArraySize.scalar();
    // biome-ignore lint/suspicious/noExplicitAny: HyperFormula's AST types are internal.
    const first = this.arraySizeForAst(ast.args[0] as any, state as any);
    return new ArraySize(1, Math.max(1, first.height));
  }

  private runAddOnFunction(name: string, ast: Ast, state: State) {
    // biome-ignore lint/suspicious/noExplicitAny: HyperFormula's AST types are internal.
    const reserved = this.resultSize(ast, state) as any as { width: number; height: number };
    return this.runFunction(
      // biome-ignore lint/suspicious/noExplicitAny: HyperFormula's AST types are internal.
      ast.args as any,
      // biome-ignore lint/suspicious/noExplicitAny: as above.
      state as any,
      this.metadata(name),
      (...args: unknown[]) => {
        const host = activeHost;
        if (!host)
          return new CellError(ErrorType.ERROR, 'No local runtime is evaluating this workbook.');
        const converted: unknown[] = [];
        for (const [i, arg] of args.entries()) {
          if (arg instanceof CellError) return arg;
          // A single cell, or a 1×1 range, arrives as a bare value (as in Sheets, where it
          // is a Date when the cell shows a date); its date-ness is in the cell's format.
          const source = ast.args[i] as ArgumentAst | undefined;
          const cell =
            source?.type === 'CELL_REFERENCE'
              ? source.reference?.toSimpleCellAddress(state.formulaAddress)
              : source?.type === 'CELL_RANGE'
                ? source.start?.toSimpleCellAddress(state.formulaAddress)
                : undefined;
          const isDate = cell !== undefined && host.isDateCell(cell.sheet, cell.row, cell.col);
          converted.push(toAppsScript(arg, host, isDate));
        }
        while (converted.length && converted[converted.length - 1] === undefined) converted.pop();
        let result: unknown;
        try {
          result = host.call(name, converted);
        } catch (error) {
          return new CellError(ErrorType.ERROR, messageOf(error));
        }
        return toCells(result, host, reserved);
      },
    );
  }
}

function messageOf(error: unknown): string {
  if (error && typeof (error as Error).message === 'string') return (error as Error).message;
  return String(error);
}

function toAppsScript(arg: unknown, host: CustomFunctionHost, scalarIsDate: boolean): unknown {
  if (arg === undefined) return undefined;
  if (arg instanceof SimpleRangeValue) {
    const range = arg as unknown as RangeLike;
    const start = range.range?.start;
    return range.data.map((line, i) =>
      line.map((value, j) => {
        const isDate =
          start !== undefined && host.isDateCell(start.sheet, start.row + i, start.col + j);
        return scalarToAppsScript(value, host, isDate);
      }),
    );
  }
  return scalarToAppsScript(arg, host, scalarIsDate);
}

/**
 * HyperFormula's ErrorType as the text Sheets hands a custom function for that error
 * (Sheets' error values, as ERROR.TYPE lists them, and #ERROR! for a parse error). Sheets
 * shows a circular reference and an array result blocked by data as #REF!; HyperFormula's
 * licence error has no Sheets twin and shows as Sheets' generic #ERROR!. Sheets' #NULL!
 * has no HyperFormula twin, so the local runtime never hands it over.
 */
const SHEETS_ERRORS: Record<ErrorType, string> = {
  [ErrorType.DIV_BY_ZERO]: '#DIV/0!',
  [ErrorType.NAME]: '#NAME?',
  [ErrorType.VALUE]: '#VALUE!',
  [ErrorType.NUM]: '#NUM!',
  [ErrorType.NA]: '#N/A',
  [ErrorType.CYCLE]: '#REF!',
  [ErrorType.REF]: '#REF!',
  [ErrorType.SPILL]: '#REF!',
  [ErrorType.LIC]: '#ERROR!',
  [ErrorType.ERROR]: '#ERROR!',
};

function scalarToAppsScript(value: unknown, host: CustomFunctionHost, isDate: boolean): unknown {
  if (value === EmptyValue || value === null || value === undefined) return '';
  if (value instanceof CellError) return SHEETS_ERRORS[value.type];
  if (typeof value === 'object' && 'val' in (value as object)) {
    // HyperFormula's typed numbers: DateNumber, PercentNumber, CurrencyNumber…
    const typed = value as { val: number; constructor: { name: string } };
    const dated = isDate || /Date|Time/.test(typed.constructor.name);
    return dated ? host.serialToDate(typed.val) : typed.val;
  }
  if (typeof value === 'number' && isDate) return host.serialToDate(value);
  return value;
}

function toCells(
  result: unknown,
  host: CustomFunctionHost,
  reserved: { width: number; height: number },
) {
  if (!Array.isArray(result)) return toCell(result, host);
  // Sheets shows a one-dimensional array as a column.
  const rows = (result as unknown[]).map((row) => (Array.isArray(row) ? row : [row]));
  if (rows.length === 0) return new CellError(ErrorType.ERROR, 'Result was an empty array.');
  const width = Math.max(...rows.map((r) => r.length));
  if (rows.length > reserved.height || width > reserved.width) {
    return new CellError(
      ErrorType.ERROR,
      `The result is ${rows.length} rows by ${width} columns, but the local engine reserves ${reserved.height} by ${reserved.width} (the rows of the first argument, one column).`,
    );
  }
  const cells = rows.map((row) => {
    const line = row.map((v) => toCell(v, host));
    while (line.length < width) line.push(EmptyValue);
    return line;
  });
  // biome-ignore lint/suspicious/noExplicitAny: HyperFormula's internal scalar type.
  return SimpleRangeValue.onlyValues(cells as any);
}

function toCell(value: unknown, host: CustomFunctionHost) {
  if (value === null || value === undefined || value === '') return EmptyValue;
  if (typeof value === 'number') {
    return Number.isFinite(value)
      ? value
      : new CellError(ErrorType.NUM, 'The result was not a finite number.');
  }
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (Object.prototype.toString.call(value) === '[object Date]') {
    return host.dateToSerial(value as Date);
  }
  return String(value);
}

const parameters = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    argumentType: FunctionArgumentType.ANY,
    optionalArg: i > 0,
  }));

(AddOnFunctionsPlugin as unknown as { implementedFunctions: unknown }).implementedFunctions = {
  PARTNER_SCORE: {
    method: 'partnerScore',
    sizeOfResultArrayMethod: 'resultSize',
    vectorizationForbidden: true,
    parameters: parameters(PARAMETER_COUNTS.PARTNER_SCORE),
  },
  GATE_STATUS: {
    method: 'gateStatus',
    sizeOfResultArrayMethod: 'resultSize',
    vectorizationForbidden: true,
    parameters: parameters(PARAMETER_COUNTS.GATE_STATUS),
  },
};

const names = Object.fromEntries(CUSTOM_FUNCTIONS.map((n) => [n, n]));
HyperFormula.registerFunctionPlugin(AddOnFunctionsPlugin, { enGB: names });
