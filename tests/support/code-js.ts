import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

export const CODE_PATH = fileURLToPath(new URL('../../dist/Code.js', import.meta.url));

export function readCode(): string {
  return readFileSync(CODE_PATH, 'utf8');
}

/**
 * Evaluates dist/Code.js as Apps Script does: one classic script in a fresh global
 * scope that has no require, module, exports or process, only the services given.
 */
export function loadCode(services: Record<string, unknown> = {}): vm.Context {
  const context = vm.createContext({ ...services });
  vm.runInContext(readCode(), context, { filename: 'Code.js' });
  return context;
}

/**
 * The calls the formulas make to read cells as the spreadsheet does: its time zone (a
 * Date's calendar day) and its locale (a text's separators). A stand-in, not a fake of
 * the services: Utilities.formatDate here knows only 'yyyy-MM-dd'.
 */
export function calendarServices(timeZone: string, locale = 'en_US') {
  return {
    SpreadsheetApp: {
      getActiveSpreadsheet: () => ({
        getSpreadsheetTimeZone: () => timeZone,
        getSpreadsheetLocale: () => locale,
      }),
    },
    Utilities: {
      formatDate(date: Date, zone: string, pattern: string) {
        if (pattern !== 'yyyy-MM-dd')
          throw new Error(`stand-in knows only yyyy-MM-dd, not ${pattern}`);
        return new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(date);
      },
    },
  };
}

/** A service whose every use throws `touched NAME`: proves code leaves it alone. */
export function serviceTrap(): object {
  return new Proxy(
    {},
    {
      get: (_t, key) => {
        throw new Error(`touched ${String(key)}`);
      },
    },
  );
}
