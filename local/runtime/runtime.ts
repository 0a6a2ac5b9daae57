// Placeholder until the runtime lands (next commit).
import type { LocalRuntime, OpenOptions, WorkbookSnapshot } from './index';

export const LocalWorkbookRuntime = {
  fromSheets(_sheets: Record<string, unknown[][]>, _options: OpenOptions): LocalRuntime {
    throw new Error('local runtime: not implemented yet');
  },
  fromSnapshot(_snapshot: WorkbookSnapshot, _options: OpenOptions): LocalRuntime {
    throw new Error('local runtime: not implemented yet');
  },
};
