/**
 * HtmlService: pages read from the built project (Sidebar → the sidebarPath option, other
 * names → NAME.html beside Code.js), HtmlOutput, and templates with <? ?>, <?= ?>
 * (HTML-escaped) and <?!= ?> (raw) scriptlets evaluated in the execution's global scope.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import vm from 'node:vm';
import type { Env } from '../state';
import { asGoogle, enumOf, track } from './track';

type HtmlOutput = GoogleAppsScript.HTML.HtmlOutput;

class FakeHtmlOutput
  implements
    Pick<
      HtmlOutput,
      | 'getContent'
      | 'setContent'
      | 'append'
      | 'appendUntrusted'
      | 'setTitle'
      | 'getTitle'
      | 'setWidth'
      | 'getWidth'
      | 'setHeight'
      | 'getHeight'
      | 'setSandboxMode'
      | 'setXFrameOptionsMode'
      | 'addMetaTag'
      | 'setFaviconUrl'
    >
{
  private title = '';
  private width = 300;
  private height = 500;
  constructor(private content: string) {}
  getContent() {
    return this.content;
  }
  setContent(content: string) {
    this.content = String(content);
    return asGoogle<HtmlOutput>(this);
  }
  append(addedContent: string) {
    this.content += String(addedContent);
    return asGoogle<HtmlOutput>(this);
  }
  appendUntrusted(addedContent: string) {
    this.content += escapeHtml(String(addedContent));
    return asGoogle<HtmlOutput>(this);
  }
  setTitle(title: string) {
    this.title = String(title);
    return asGoogle<HtmlOutput>(this);
  }
  getTitle() {
    return this.title;
  }
  setWidth(width: number) {
    this.width = width;
    return asGoogle<HtmlOutput>(this);
  }
  getWidth() {
    return this.width;
  }
  setHeight(height: number) {
    this.height = height;
    return asGoogle<HtmlOutput>(this);
  }
  getHeight() {
    return this.height;
  }
  setSandboxMode(_mode: unknown) {
    return asGoogle<HtmlOutput>(this);
  }
  setXFrameOptionsMode(_mode: unknown) {
    return asGoogle<HtmlOutput>(this);
  }
  addMetaTag(_name: string, _content: string) {
    return asGoogle<HtmlOutput>(this);
  }
  setFaviconUrl(_url: string) {
    return asGoogle<HtmlOutput>(this);
  }
}

/** Text with & < > " ' as entities, as <?= ?> and appendUntrusted print it. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Compiles template text into the body of a function that returns the page. */
function compileTemplate(source: string): string {
  let body = 'var __out = "";\n';
  const pattern = /<\?(!?=)?([\s\S]*?)\?>/g;
  let last = 0;
  for (let m = pattern.exec(source); m; m = pattern.exec(source)) {
    body += `__out += ${JSON.stringify(source.slice(last, m.index))};\n`;
    if (m[1] === '=') body += `__out += __escape(String(${m[2]}));\n`;
    else if (m[1] === '!=') body += `__out += String(${m[2]});\n`;
    else body += `${m[2]}\n`;
    last = pattern.lastIndex;
  }
  body += `__out += ${JSON.stringify(source.slice(last))};\nreturn __out;`;
  return body;
}

/**
 * The HtmlService global of one execution. Pages and templates come from strings or files
 * only (no blobs), so createHtmlOutput and createTemplate are typed here, not taken from
 * the typings; the enums are not checked (the typings' are numeric).
 */
export function htmlService(env: Env) {
  const readPage = (name: string): string => {
    const file = String(name).replace(/\.html$/, '');
    const path =
      file === 'Sidebar'
        ? env.state.sidebarPath
        : join(dirname(env.state.codePath), `${file}.html`);
    if (!existsSync(path)) env.fail(`No HTML file named ${file} was found.`);
    return readFileSync(path, 'utf8');
  };
  const output = (content: string) =>
    asGoogle<HtmlOutput>(track(new FakeHtmlOutput(content), 'HtmlOutput', env));
  const template = (source: string) => {
    const vars: Record<string, unknown> = {
      evaluate() {
        const fnSource = `(function (__vars, __escape) { with (__vars) { ${compileTemplate(source)} } })`;
        // The execution's context: scriptlets see Code.js's globals, as in Apps Script.
        const render = vm.runInContext(fnSource, env.context) as (
          v: Record<string, unknown>,
          e: (s: string) => string,
        ) => string;
        return output(render(vars, escapeHtml));
      },
      getRawContent: () => source,
      getCode: () => compileTemplate(source),
    } satisfies Pick<GoogleAppsScript.HTML.HtmlTemplate, 'evaluate' | 'getRawContent' | 'getCode'>;
    return asGoogle<GoogleAppsScript.HTML.HtmlTemplate>(track(vars, 'HtmlTemplate', env));
  };
  return track(
    {
      SandboxMode: enumOf('IFRAME', 'NATIVE', 'EMULATED'),
      XFrameOptionsMode: enumOf('ALLOWALL', 'DEFAULT'),
      createHtmlOutput: (html?: string) => output(html === undefined ? '' : String(html)),
      createHtmlOutputFromFile: (name: string) => output(readPage(name)),
      createTemplate: (html: string) => template(String(html)),
      createTemplateFromFile: (name: string) => template(readPage(name)),
    } satisfies Pick<
      GoogleAppsScript.HTML.HtmlService,
      'createHtmlOutputFromFile' | 'createTemplateFromFile'
    > & {
      SandboxMode: Record<string, string>;
      XFrameOptionsMode: Record<string, string>;
      createHtmlOutput(html?: string): HtmlOutput;
      createTemplate(html: string): GoogleAppsScript.HTML.HtmlTemplate;
    },
    'HtmlService',
    env,
  );
}
