// A tokenizer for TypeScript and JavaScript sources that knows just enough to find the
// top-level statements of a module: it steps over comments, strings, template literals
// (with their `${}` parts) and regular expressions, so a `)`, `{` or `export` inside one
// of those never counts. TypeScript 7 has no JavaScript API to parse with, and esbuild
// drops comments, so the entry points' JSDoc has to be found this way.

export interface Token {
  kind: 'word' | 'punct' | 'string' | 'template' | 'regex' | 'number' | 'comment';
  text: string;
  start: number;
  end: number;
  /** Brackets ( [ { and template `${` open around the token; 0 at the module's top level. */
  depth: number;
}

// After these words an expression starts, so a `/` there begins a regular expression.
const BEFORE_EXPRESSION = new Set(
  'return typeof instanceof in of new delete void throw case do else yield await'.split(' '),
);
const OPENERS = '([{';
const CLOSERS = ')]}';
const WORD = /[\p{ID_Start}$_][\p{ID_Continue}$]*/uy;
const WORD_REST = /[\p{ID_Continue}$]*/uy;
// Decimal (1_000, .5, 1e-7), hex, octal, binary, BigInt.
const NUMBER =
  /(?:0[xXoObB][\da-fA-F_]+|(?:\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(?:[eE][+-]?\d[\d_]*)?)n?/y;

/**
 * Splits `source` into tokens, comments included (a doc comment is a token of kind
 * 'comment' whose text starts with `/**`). Whitespace is dropped. A `/` starts a regular
 * expression unless it follows what can end an operand (a name, a literal, `)`, `]`, `}`),
 * the usual heuristic; it misreads only rarities such as `i++ / 2`.
 *
 * @throws Error for an unterminated comment, string, template or regular expression,
 *   naming `file` and the line.
 */
export function tokenize(source: string, file: string): Token[] {
  const tokens: Token[] = [];
  // Open brackets; '${' marks a template substitution whose `}` resumes the template.
  const open: string[] = [];
  let last: Token | undefined;
  let i = 0;
  const fail = (what: string, at: number): never => {
    throw new Error(`${file}:${lineOf(source, at)}: unterminated ${what}`);
  };
  const push = (kind: Token['kind'], start: number, end: number, depth = open.length) => {
    const token = { kind, text: source.slice(start, end), start, end, depth };
    tokens.push(token);
    // A `!` after an operand is TypeScript's non-null assertion: `total! / 2` divides.
    if (kind !== 'comment' && !(token.text === '!' && endsOperand(last))) last = token;
  };
  // From just after a backtick or a substitution's `}`: to the closing backtick, or into
  // the next `${`. Returns where scanning goes on.
  const template = (start: number, from: number): number => {
    let j = from;
    while (j < source.length && source[j] !== '`' && !source.startsWith('${', j))
      j += source[j] === '\\' ? 2 : 1;
    if (j >= source.length) fail('template literal', start);
    if (source[j] === '`') {
      push('template', start, j + 1);
      return j + 1;
    }
    push('template', start, j + 2);
    open.push('${');
    return j + 2;
  };

  while (i < source.length) {
    const ch = source[i];
    const start = i;
    if (/\s/.test(ch)) i++;
    else if (source.startsWith('//', i)) {
      const end = source.indexOf('\n', i);
      i = end === -1 ? source.length : end;
      push('comment', start, i);
    } else if (source.startsWith('/*', i)) {
      const end = source.indexOf('*/', i + 2);
      if (end === -1) fail('comment', start);
      i = end + 2;
      push('comment', start, i);
    } else if (ch === '"' || ch === "'") {
      i++;
      while (i < source.length && source[i] !== ch && source[i] !== '\n')
        i += source[i] === '\\' ? 2 : 1;
      if (source[i] !== ch) fail('string', start);
      i++;
      push('string', start, i);
    } else if (ch === '`') {
      i = template(start, i + 1);
    } else if (ch === '}' && open[open.length - 1] === '${') {
      open.pop();
      i = template(start, i + 1);
    } else if (ch === '/' && !endsOperand(last)) {
      let inClass = false;
      i++;
      while (i < source.length && source[i] !== '\n' && (inClass || source[i] !== '/')) {
        if (source[i] === '[') inClass = true;
        else if (source[i] === ']') inClass = false;
        i += source[i] === '\\' ? 2 : 1;
      }
      if (source[i] !== '/') fail('regular expression', start);
      i = matchAt(WORD_REST, source, i + 1);
      push('regex', start, i);
    } else if (matchAt(WORD, source, i) > i) {
      i = matchAt(WORD, source, i);
      push('word', start, i);
    } else if (matchAt(NUMBER, source, i) > i) {
      i = matchAt(NUMBER, source, i);
      push('number', start, i);
    } else if (OPENERS.includes(ch)) {
      i++;
      push('punct', start, i);
      open.push(ch);
    } else if (CLOSERS.includes(ch)) {
      i++;
      open.pop();
      push('punct', start, i);
    } else {
      i += source.startsWith('...', i) ? 3 : source.startsWith('=>', i) ? 2 : 1;
      push('punct', start, i);
    }
  }
  return tokens;
}

/** Whether `token` can end an operand, so that a `/` after it divides. */
function endsOperand(token: Token | undefined): boolean {
  switch (token?.kind) {
    case undefined:
      return false;
    case 'punct':
      return CLOSERS.includes(token.text);
    case 'word':
      return !BEFORE_EXPRESSION.has(token.text);
    case 'template':
      // `${` opens a substitution, where an expression starts.
      return !token.text.endsWith('${');
    default:
      return true;
  }
}

/** Where a sticky `pattern` matching at `at` ends, or `at` when it does not match. */
function matchAt(pattern: RegExp, source: string, at: number): number {
  pattern.lastIndex = at;
  return pattern.test(source) ? pattern.lastIndex : at;
}

/** The 1-based line of `offset` in `source`, for messages. */
export function lineOf(source: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (source[i] === '\n') line++;
  return line;
}
