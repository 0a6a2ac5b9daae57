/**
 * The decision record as Markdown in MADR's shape (YAML front matter with status,
 * date, decision-makers, consulted, informed; "Context and Problem Statement",
 * "Considered Options", "Decision Outcome"), keeping the seed's sections under it,
 * so it can be pasted into a wiki or an ADR repository. Source: MADR 4.0.0's
 * template (adr.github.io/madr, github.com/adr/madr template/adr-template.md).
 */
import type { RecordContent, RecordSection } from '../../shared/plan-types';

/**
 * Partner names and free text come from the sheet: neutralise what a Markdown
 * renderer would turn into HTML or links, and keep each item on one line.
 */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/\r?\n/g, ' ')
      // Only an & that would start an entity (&lt;, &#60;) needs escaping; "Cedar & Pine" reads as typed.
      .replace(/&(?=#?\w+;)/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/([\\`*_[\]|])/g, '\\$1')
  );
}

/** YAML double-quoted scalar. */
function yaml(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, ' ')}"`;
}

const field = (s: RecordSection | undefined, label: string) =>
  s?.fields.find((f) => f.label === label)?.value ?? '';

const HEADINGS: Record<string, string> = {
  Context: 'Context and Problem Statement',
  Options: 'Considered Options',
  Decision: 'Decision Outcome',
};

/**
 * The record as a Markdown document: MADR 4.0 front matter (status lower-cased, date
 * 'YYYY-MM-DD', decision-makers, consulted, informed), the title as 'B0373: …', then one
 * '##' section per record section under MADR's heading names where they match. Sheet text is
 * escaped (escapeMarkdown), so a partner name cannot become HTML or a link. Ends with one newline.
 */
export function recordMarkdown(record: RecordContent): string {
  const byHeading = new Map(record.sections.map((s) => [s.heading, s]));
  const status = byHeading.get('Decision status');
  const lines = [
    '---',
    `status: ${yaml(field(status, 'Status').toLowerCase())}`,
    `date: ${field(status, 'Date')}`,
    `decision-makers: ${yaml(field(status, 'Decision makers'))}`,
    `consulted: ${yaml(field(status, 'Consulted'))}`,
    `informed: ${yaml(field(status, 'Informed'))}`,
    '---',
    '',
    `# ${escapeMarkdown(`${record.id}: ${record.title}`)}`,
    '',
    `*${escapeMarkdown(record.badge)}*`,
    '',
  ];
  for (const s of record.sections) {
    lines.push(`## ${HEADINGS[s.heading] ?? s.heading}`, '');
    if (s.fields.length) {
      for (const f of s.fields)
        lines.push(`- **${escapeMarkdown(f.label)}:** ${escapeMarkdown(f.value)}`);
      lines.push('');
    }
    for (const p of s.paragraphs) lines.push(escapeMarkdown(p), '');
    if (s.items.length) {
      for (const item of s.items) lines.push(`- ${escapeMarkdown(item)}`);
      lines.push('');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
