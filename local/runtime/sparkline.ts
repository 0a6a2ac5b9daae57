/**
 * Sheets' SPARKLINE as a HyperFormula plugin (HyperFormula has none). In Sheets the cell
 * shows a small chart and its value is empty; here the value is '' too, an error in the
 * data (a FILTER that matched nothing) stays that error, so IFERROR around it behaves as
 * in Sheets and a formula naming a missing sheet fails here as it would there. The numbers
 * a cell last drew are kept for the preview to draw (`sparklineData`); options (the
 * second argument) are accepted and not drawn.
 */
import { CellError, FunctionArgumentType, FunctionPlugin, HyperFormula } from 'hyperformula';

type Ast = { args: unknown[] };
type State = { formulaAddress: { sheet: number; row: number; col: number } };

/** Per workbook (keyed by its HyperFormula dependency graph): 'sheet,row,col' → numbers. */
const drawn = new WeakMap<object, Map<string, number[]>>();

/** The numbers each SPARKLINE cell of `hf` draws, keyed 'hfSheet,row,col' (0-based). */
export function sparklineData(hf: HyperFormula): ReadonlyMap<string, number[]> {
  return drawn.get(hf.dependencyGraph) ?? new Map();
}

const numberOf = (v: unknown): number | null =>
  typeof v === 'number'
    ? v
    : typeof (v as { val?: unknown })?.val === 'number'
      ? (v as { val: number }).val
      : null;

class SparklinePlugin extends FunctionPlugin {
  sparkline(ast: Ast, state: State) {
    // biome-ignore lint/suspicious/noExplicitAny: HyperFormula's plugin API types are internal.
    const self = this as any;
    const { sheet, row, col } = state.formulaAddress;
    const key = `${sheet},${row},${col}`;
    let cells = drawn.get(self.dependencyGraph);
    if (!cells) {
      cells = new Map();
      drawn.set(self.dependencyGraph, cells);
    }
    const mine = cells;
    // An error in the data never reaches the callback: forget what the cell drew before.
    mine.delete(key);
    return self.runFunction(
      ast.args,
      state,
      self.metadata('SPARKLINE'),
      (data: { valuesFromTopLeftCorner(): unknown[] } | CellError) => {
        if (data instanceof CellError) return data;
        const numbers = data.valuesFromTopLeftCorner().map(numberOf);
        mine.set(
          key,
          numbers.filter((n): n is number => n !== null),
        );
        return '';
      },
    );
  }
}

(SparklinePlugin as unknown as { implementedFunctions: unknown }).implementedFunctions = {
  SPARKLINE: {
    method: 'sparkline',
    parameters: [
      { argumentType: FunctionArgumentType.RANGE },
      { argumentType: FunctionArgumentType.ANY, optionalArg: true },
    ],
  },
};

HyperFormula.registerFunctionPlugin(SparklinePlugin, { enGB: { SPARKLINE: 'SPARKLINE' } });
