/**
 * Sheets' SPARKLINE as a HyperFormula plugin (HyperFormula has none). In Sheets the cell
 * shows a small chart and its value is empty; here the value is '' and nothing is drawn,
 * but an error in the data (a FILTER that matched nothing) stays that error, so IFERROR
 * around it behaves as in Sheets, and a formula naming a missing sheet or column fails
 * here as it would there. Options (the second argument) are accepted and ignored.
 */
import { CellError, FunctionArgumentType, FunctionPlugin, HyperFormula } from 'hyperformula';

type Ast = { args: unknown[] };

class SparklinePlugin extends FunctionPlugin {
  sparkline(ast: Ast, state: unknown) {
    // biome-ignore lint/suspicious/noExplicitAny: HyperFormula's plugin API types are internal.
    const self = this as any;
    return self.runFunction(ast.args, state, self.metadata('SPARKLINE'), (data: unknown) =>
      data instanceof CellError ? data : '',
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
