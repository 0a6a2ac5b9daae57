/**
 * The preview server: a Sheets-like page over the local runtime on 127.0.0.1. The page
 * calls a small JSON API; the add-on's sidebar is served from a second port, so that,
 * as in Sheets, it runs on another origin and reaches the server only through
 * google.script.run (a bridge that posts messages to the page, which calls the API).
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { LocalRuntime } from '../runtime/index';
import { parseTyped } from '../runtime/typed-input';
import type { Outcome, PostPath, PostRoutes, PreviewState, SheetView } from './api';
import { STATE_PATH } from './api';
import {
  BodyTooLargeError,
  checkDeclaredSize,
  checkHost,
  PAGE_FRAME_HEADERS,
  readBodyText,
  refuse,
  sidebarFrameHeaders,
} from './guards';
import { openPreviewWorkbook, SAMPLE_CSV } from './workbook-file';

const here = dirname(fileURLToPath(import.meta.url));
const publicDir = join(here, 'public');
const MAX_ROWS_SHOWN = 2000;

export interface PreviewOptions {
  csvPath?: string;
  fresh?: boolean;
  /** Where the workbook is saved; default NAME.workbook.json beside the CSV. */
  savePath?: string;
  port?: number;
  /**
   * The sidebar's own port (it is served from a second origin, as Sheets serves an
   * add-on's sidebar from googleusercontent.com); 0 or absent: any free port.
   */
  sidebarPort?: number;
  timeZone?: string;
  /** The spreadsheet's locale, e.g. 'ja_JP'; default from the CSV's headers (csvLocale). */
  locale?: string;
  codePath?: string;
  sidebarPath?: string;
  now?: Date;
}

export interface Preview {
  url: string;
  sidebarOrigin: string;
  runtime: LocalRuntime;
  savePath: string;
  /** The spreadsheet's locale, as given or as the CSV suggested (csvLocale). */
  locale: string;
  close(): Promise<void>;
}

export class PortInUseError extends Error {
  override name = 'PortInUseError';
}

type Body<P extends PostPath> = PostRoutes[P]['request'];
/** A POST route: the body as sent (any field may be missing or of another type) → the answer. */
type Route<P extends PostPath> = (body: Partial<Body<P>>) => PostRoutes[P]['response'];

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        reject(
          new PortInUseError(
            `Port ${port} on 127.0.0.1 is already in use (another preview?). Stop that server, or start this one on another port: PORT=${port + 1} npm start`,
          ),
        );
      } else reject(error);
    });
    server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

/** The JSON body (`{}` when empty). Throws readBodyText's errors, or when it is not JSON. */
async function readJson(request: IncomingMessage): Promise<unknown> {
  const body = await readBodyText(request);
  try {
    return body ? JSON.parse(body) : {};
  } catch {
    throw new Error('The request body is not JSON.');
  }
}

function send(response: ServerResponse, status: number, type: string, body: string) {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  response.end(body);
}

/**
 * The checks every request to either server passes before anything else: its Host is
 * `127.0.0.1:port` and its declared body is within the limit (guards.ts). Returns false,
 * having answered the refusal, when one fails.
 */
function admitted(request: IncomingMessage, response: ServerResponse, port: number): boolean {
  const refusal = checkHost(request, port) ?? checkDeclaredSize(request);
  if (refusal) refuse(response, refusal);
  return refusal === null;
}

const json = (response: ServerResponse, status: number, value: unknown) =>
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(value));

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Runs `work`; its error, if any, becomes the outcome's message. */
function attempt(work: () => void): Outcome {
  try {
    work();
    return { ok: true };
  } catch (error) {
    return { ok: false, error: messageOf(error) };
  }
}

/**
 * A browser script: `entry` (relative to this folder) and what it imports as one IIFE for
 * browsers of 2020 on. Throws esbuild's error (file, line, message) when it does not compile.
 */
async function bundle(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [join(here, entry)],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/**
 * Opens the workbook (the saved one, else the CSV or the sample), bundles the page, runs
 * onOpen and listens on 127.0.0.1 (port 0 picks a free one). Throws PortInUseError when
 * the port is taken, and the workbook's or the bundler's error when those fail.
 */
export async function startPreview(options: PreviewOptions = {}): Promise<Preview> {
  const [pageScript, bridgeScript] = await Promise.all([
    bundle('page/main.ts'),
    bundle('bridge/main.ts'),
  ]);
  const csvPath = options.csvPath ?? SAMPLE_CSV;
  const workbook = openPreviewWorkbook(csvPath, {
    fresh: options.fresh,
    savePath: options.savePath,
    timeZone: options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
    locale: options.locale,
    codePath: options.codePath,
    sidebarPath: options.sidebarPath,
    now: options.now,
  });
  const { runtime, savePath } = workbook;
  const { locale } = runtime.snapshot();

  let saveTimer: NodeJS.Timeout | undefined;
  // A failed save (disk full, file too large, no permission) leaves the last saved file
  // whole (saveTo is atomic) and is shown on the page until a later save succeeds.
  let saveError: string | undefined;
  const saveNow = () => {
    clearTimeout(saveTimer);
    saveTimer = undefined;
    try {
      runtime.saveTo(savePath);
      saveError = undefined;
    } catch (error) {
      saveError = `${savePath}: the workbook could not be saved (${messageOf(error)}). Changes since the last save are only in this session.`;
      console.error(saveError);
    }
  };
  const saveSoon = () => {
    if (!saveTimer) saveTimer = setTimeout(saveNow, 150);
  };
  runtime.onChange(saveSoon);

  // onOpen runs as Sheets runs it when the file opens; a Code.js that throws while
  // loading is reported on the page rather than leaving it blank.
  let loadError: string | undefined;
  const openMenu = () => {
    try {
      runtime.open();
      loadError = undefined;
    } catch (error) {
      loadError = messageOf(error);
    }
  };
  openMenu();
  saveNow();

  const title =
    workbook.csvPath
      .split(/[\\/]/)
      .pop()
      ?.replace(/\.csv$/i, '') ?? 'Workbook';

  const sheetView = (name: string): SheetView => {
    const display = runtime.displayValues(name);
    const values = runtime.values(name);
    const formulas = runtime.formulas(name);
    const meta = runtime.sheetMeta(name);
    const rows = Math.min(display.length, MAX_ROWS_SHOWN);
    const clip = <T>(grid: T[][]) => grid.slice(0, rows);
    return {
      name,
      totalRows: display.length,
      display: clip(display),
      formulas: clip(formulas),
      inputs: clip(values).map((line, r) =>
        line.map((v, c) =>
          inputText(v, display[r][c], formulas[r][c], meta.numberFormats[r][c], locale),
        ),
      ),
      numeric: clip(values).map((line) =>
        line.map(
          (v) => typeof v === 'number' || Object.prototype.toString.call(v) === '[object Date]',
        ),
      ),
      errors: runtime.cellErrors(name),
      backgrounds: clip(meta.backgrounds),
      fontWeights: clip(meta.fontWeights),
      fontColors: clip(meta.fontColors),
      wraps: clip(meta.wraps),
      alignments: clip(meta.horizontalAlignments),
      validations: clip(meta.dataValidations).map((line) =>
        line.map((rule) =>
          rule?.criteria === 'VALUE_IN_LIST'
            ? (rule.values[0] as string[])
            : rule
              ? (rule.helpText ?? '')
              : null,
        ),
      ),
      frozenRows: meta.frozenRows,
      columnWidths: meta.columnWidths,
      conditionalFormatRules: meta.conditionalFormatRules,
      sparklines: runtime.sparklines(name),
      charts: runtime.charts(name),
    };
  };

  const state = (requested?: string): PreviewState => {
    const names = runtime.sheetNames();
    const name = requested && names.includes(requested) ? requested : runtime.activeSheet();
    return {
      title,
      restored: workbook.restored,
      savePath,
      loadError,
      saveError,
      sheets: names,
      sheetIds: runtime.sheetIds(),
      activeSheet: runtime.activeSheet(),
      sheet: sheetView(name),
      menu: loadError ? [] : runtime.menuWithSeparators(),
      sidebar:
        runtime.sidebarHtml() === undefined
          ? null
          : { version: runtime.sidebarVersion(), title: runtime.sidebarTitle() ?? '' },
      alerts: runtime.alerts(),
      triggers: runtime.triggers().map((t) => t.handlerFunction),
      mail: runtime.mail().map((m) => ({
        to: m.to,
        subject: m.subject,
        body: m.body,
        at: new Date(m.atMs).toISOString(),
      })),
    };
  };

  // The JSON body is the page's (PostRoutes), but nothing is trusted: fields are coerced.
  const routes: { [P in PostPath]: Route<P> } = {
    '/api/cell': (body) =>
      attempt(() => runtime.setCell(String(body.sheet), String(body.a1), String(body.value ?? ''))),
    '/api/activate': (body) => attempt(() => runtime.activateSheet(String(body.sheet))),
    '/api/menu': (body) => {
      const outcome = attempt(() => runtime.runMenuItem(String(body.functionName)));
      saveNow();
      return outcome;
    },
    '/api/run': (body) => {
      try {
        const args = Array.isArray(body.args) ? body.args : [];
        const result = runtime.run(String(body.functionName), ...args);
        return { ok: true, result: result === undefined ? null : result };
      } catch (error) {
        return { ok: false, error: messageOf(error) };
      } finally {
        saveNow();
      }
    },
    '/api/triggers': () => {
      // Time-driven triggers never fire on their own here: the page fires them on request.
      const errors: string[] = [];
      for (const handler of new Set(runtime.triggers().map((t) => t.handlerFunction))) {
        try {
          runtime.runTrigger(handler);
        } catch (error) {
          errors.push(`${handler}: ${messageOf(error)}`);
        }
      }
      saveNow();
      return { ok: errors.length === 0, error: errors.join('\n') };
    },
    '/api/reload': () => {
      openMenu();
      return { ok: loadError === undefined, error: loadError };
    },
  };

  const postPaths = new Set<string>(Object.keys(routes));
  const isPostPath = (path: string): path is PostPath => postPaths.has(path);

  // Both ports are known once both servers listen; no request arrives before that.
  let port = 0;
  let sidebarPort = 0;
  const sidebarServer = createServer((request, response) => {
    if (!admitted(request, response, sidebarPort)) return;
    // Only the preview page may frame the sidebar, as only Sheets frames an add-on's.
    for (const [name, value] of Object.entries(sidebarFrameHeaders(`http://127.0.0.1:${port}`)))
      response.setHeader(name, value);
    if (request.method !== 'GET' || !request.url?.startsWith('/sidebar')) {
      send(response, 404, 'text/plain', 'Not found');
      return;
    }
    const html = runtime.sidebarHtml();
    if (html === undefined) {
      send(response, 404, 'text/plain', 'No sidebar is open.');
      return;
    }
    send(
      response,
      200,
      'text/html; charset=utf-8',
      withBridge(html, bridgeScript, runtime.serverFunctions()),
    );
  });
  sidebarPort = await listen(sidebarServer, options.sidebarPort ?? 0);
  const sidebarOrigin = `http://127.0.0.1:${sidebarPort}`;

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (request.method === 'GET' && url.pathname === '/') {
      // Sheets runs onOpen each time the file is opened; a rebuilt Code.js shows its new menu.
      openMenu();
      const page = readFileSync(join(publicDir, 'index.html'), 'utf8').replace(
        '__SIDEBAR_ORIGIN__',
        sidebarOrigin,
      );
      send(response, 200, 'text/html; charset=utf-8', page);
      return;
    }
    if (request.method === 'GET' && url.pathname === '/app.js') {
      send(response, 200, 'text/javascript; charset=utf-8', pageScript);
      return;
    }
    if (request.method === 'GET' && url.pathname === '/app.css') {
      send(
        response,
        200,
        'text/css; charset=utf-8',
        readFileSync(join(publicDir, 'app.css'), 'utf8'),
      );
      return;
    }
    if (request.method === 'GET' && url.pathname === '/favicon.ico') {
      send(response, 204, 'text/plain', '');
      return;
    }
    if (request.method === 'GET' && url.pathname === '/export.xlsx') {
      response.writeHead(200, {
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'content-disposition': `attachment; filename="${title.replace(/[^\w.-]+/g, '_')}.xlsx"`,
      });
      response.end(runtime.xlsx());
      return;
    }
    if (request.method === 'GET' && url.pathname === STATE_PATH) {
      json(response, 200, state(url.searchParams.get('sheet') ?? undefined));
      return;
    }
    if (request.method !== 'POST') {
      send(response, 404, 'text/plain', 'Not found');
      return;
    }
    // Only this page may run the add-on: a JSON body cannot be posted cross-origin
    // without a preflight this server never answers, and a foreign Origin is refused.
    const origin = request.headers.origin;
    if (
      !request.headers['content-type']?.startsWith('application/json') ||
      (origin !== undefined && origin !== `http://127.0.0.1:${port}`)
    ) {
      json(response, 403, { ok: false, error: 'Requests must come from the preview page.' });
      return;
    }
    if (!isPostPath(url.pathname)) {
      send(response, 404, 'text/plain', 'Not found');
      return;
    }
    const route = routes[url.pathname] as Route<PostPath>;
    let body: unknown;
    try {
      body = await readJson(request);
    } catch (error) {
      if (error instanceof BodyTooLargeError)
        refuse(response, { status: 413, message: error.message });
      else json(response, 400, { ok: false, error: messageOf(error) });
      return;
    }
    json(response, 200, route(body as Partial<Body<PostPath>>));
  };

  const server = createServer((request, response) => {
    if (!admitted(request, response, port)) return;
    for (const [name, value] of Object.entries(PAGE_FRAME_HEADERS)) response.setHeader(name, value);
    handle(request, response).catch((error) =>
      json(response, 500, { ok: false, error: messageOf(error) }),
    );
  });
  try {
    port = await listen(server, options.port ?? 8080);
  } catch (error) {
    sidebarServer.close();
    throw error;
  }
  const close = async () => {
    if (saveTimer) saveNow();
    await Promise.all(
      [server, sidebarServer].map(
        (s) =>
          new Promise<void>((resolve) => {
            s.closeAllConnections();
            s.close(() => resolve());
          }),
      ),
    );
  };
  const url = `http://127.0.0.1:${port}/`;
  // Links the add-on builds from getUrl() + '#gid=N' then open sheets in this page.
  runtime.setSpreadsheetUrl(url);
  return { url, sidebarOrigin, runtime, savePath, locale, close };
}

/**
 * What the formula bar shows, such that committing it unchanged keeps the cell as it is:
 * the formula, or text that would read as something else behind an apostrophe.
 */
function inputText(
  value: unknown,
  display: string,
  formula: string,
  format: string,
  locale: string,
): string {
  if (formula) return formula;
  // Numbers in full, not rounded by their format (percentages stay percentages).
  if (typeof value === 'number') {
    return /%/.test(format) ? `${Number((value * 100).toPrecision(15))}%` : String(value);
  }
  if (typeof value !== 'string') return display;
  const typed = parseTyped(value, locale);
  return typed.formula || (typed.value !== value && typed.value !== null) ? `'${value}` : value;
}

/** Puts the google.script.run / google.script.host bridge first in the sidebar's head. */
function withBridge(html: string, bridgeScript: string, functions: string[]): string {
  const bridge = bridgeScript.replace('__SERVER_FUNCTIONS__', () => JSON.stringify(functions));
  const tag = `<script>${bridge.replace(/<\/script/gi, '<\\/script')}</script>`;
  const head = /<head[^>]*>/i.exec(html);
  if (!head) return tag + html;
  const at = head.index + head[0].length;
  return html.slice(0, at) + tag + html.slice(at);
}
