/**
 * The decision record as Markdown in MADR's shape (YAML front matter with status,
 * date, decision-makers, consulted, informed; "Context and Problem Statement",
 * "Considered Options", "Decision Outcome"), keeping the seed's sections under it,
 * so it can be pasted into a wiki or an ADR repository. Source: MADR 4.0.0's
 * template (adr.github.io/madr, github.com/adr/madr template/adr-template.md).
 */
import { recordText } from '../../shared/i18n/record';
import type { RecordContent, RecordSection } from '../../shared/plan-types';

/**
 * Every line break a reader of the Markdown might honour: CommonMark's own (LF, CR, CRLF;
 * spec 0.31 "Characters and lines"), the vertical tab and form feed, and Unicode's NEL,
 * LINE SEPARATOR and PARAGRAPH SEPARATOR (UAX #14 class BK/NL), which YAML 1.1 and some
 * editors and renderers also break on. One of them in a name would let it start a
 * heading, a list item or a front-matter key of its own.
 */
const LINE_BREAK = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/g;

/**
 * Partner names and free text come from the sheet: neutralise what a Markdown
 * renderer would turn into HTML or links, and keep each item on one line (every kind of
 * line break becomes a space).
 */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(LINE_BREAK, ' ')
      // Only an & that would start an entity (&lt;, &#60;) needs escaping; "Cedar & Pine" reads as typed.
      .replace(/&(?=#?\w+;)/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/([\\`*_[\]|])/g, '\\$1')
  );
}

/**
 * escapeMarkdown for text that starts a line (a paragraph): also without the indentation
 * that would make it a code block, and with a leading `#`, `-`, `+`, `=`, `~` or `1.` /
 * `1)` escaped so it cannot open a heading, list, setext underline or fence (CommonMark
 * lets a backslash escape any ASCII punctuation).
 */
export function escapeMarkdownLine(text: string): string {
  return escapeMarkdown(text)
    .replace(/^[ \t]+/, '')
    .replace(/^([#\-+=~])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/**
 * YAML double-quoted scalar (YAML 1.2 §7.3.1): backslash and quote escaped, line breaks
 * as spaces as in escapeMarkdown, other C0 controls and DEL as `\xNN` escapes.
 */
function yaml(text: string): string {
  const escaped = text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(LINE_BREAK, ' ')
    .replace(
      // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters to escape.
      /[\x00-\x08\x0e-\x1f\x7f]/g,
      (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`,
    );
  return `"${escaped}"`;
}

const field = (s: RecordSection | undefined, label: string) =>
  s?.fields.find((f) => f.label === label)?.value ?? '';

/**
 * The record as a Markdown document: MADR 4.0 front matter (its keys as MADR names them, the
 * status in MADR's words lower-cased, date 'YYYY-MM-DD', decision-makers, consulted, informed),
 * the title as 'B0373: …', then one '##' section per record section, under MADR's heading names
 * where they match (Context and Problem Statement, Considered Options, Decision Outcome; in a
 * Japanese record their Japanese names). Sheet text is escaped (escapeMarkdown,
 * escapeMarkdownLine for paragraphs), so a partner name cannot become HTML or a link, or start
 * a heading or list item. Ends with one newline.
 */
export function recordMarkdown(record: RecordContent): string {
  const t = recordText(record.language);
  const keyOf = new Map(Object.entries(t.headings).map(([key, heading]) => [heading, key]));
  const madr: Record<string, string> = t.madrHeadings;
  const status = record.sections.find((s) => s.heading === t.headings.status);
  const lines = [
    '---',
    `status: ${yaml(record.status.toLowerCase())}`,
    `date: ${record.date}`,
    `decision-makers: ${yaml(field(status, t.labels.decisionMakers))}`,
    `consulted: ${yaml(field(status, t.labels.consulted))}`,
    `informed: ${yaml(field(status, t.labels.informed))}`,
    '---',
    '',
    `# ${escapeMarkdown(`${record.id}: ${record.title}`)}`,
    '',
    `*${escapeMarkdown(record.badge)}*`,
    '',
  ];
  for (const s of record.sections) {
    lines.push(`## ${madr[keyOf.get(s.heading) ?? ''] ?? s.heading}`, '');
    if (s.fields.length) {
      for (const f of s.fields)
        lines.push(`- **${escapeMarkdown(f.label)}:** ${escapeMarkdown(f.value)}`);
      lines.push('');
    }
    for (const p of s.paragraphs) lines.push(escapeMarkdownLine(p), '');
    if (s.items.length) {
      for (const item of s.items) lines.push(`- ${escapeMarkdown(item)}`);
      lines.push('');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
