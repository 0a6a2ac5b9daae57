import { describe, expect, it } from 'vitest';
import { escapeMarkdown, recordMarkdown } from '../../../src/domain/plan/markdown';
import { okPlan } from './sample';

describe('the record as Markdown', () => {
  const { value } = okPlan({
    record: {
      title: 'Channel <b>pilot</b>',
      nameVariants: [{ label: 'Katakana', text: 'パートナーチャネル' }],
    },
  });
  const md = recordMarkdown(value.record);

  it('starts with MADR front matter', () => {
    expect(md.split('\n').slice(0, 7)).toEqual([
      '---',
      'status: "proposed"',
      'date: 2026-11-27',
      'decision-makers: "lead@example.com"',
      'consulted: "Channel sales lead, Finance business partner"',
      'informed: "Sales leadership, Partner managers"',
      '---',
    ]);
  });

  it('uses MADR headings for context, options and decision, and keeps the seed’s other sections', () => {
    const headings = md.split('\n').filter((l) => l.startsWith('#'));
    expect(headings).toEqual([
      '# B0373: Channel &lt;b&gt;pilot&lt;/b&gt;',
      '## Name variants',
      '## Quality / Updated / Source / COI',
      '## Decision status',
      '## Context and Problem Statement',
      '## Considered Options',
      '## Decision Outcome',
      '## Rationale',
      '## Risks',
      '## Next',
    ]);
    expect(md).toContain('- **Katakana:** パートナーチャネル');
  });

  it('neutralises HTML, links and emphasis in text from the sheet', () => {
    expect(escapeMarkdown('<img src=x onerror=alert(1)>')).toBe(
      '&lt;img src=x onerror=alert(1)&gt;',
    );
    expect(escapeMarkdown('[click](http://x) *a* _b_ | c\nd')).toBe(
      '\\[click\\](http://x) \\*a\\* \\_b\\_ \\| c d',
    );
  });

  it('keeps a plain & as typed and escapes one that would start an entity', () => {
    expect(escapeMarkdown('Cedar & Pine Consulting')).toBe('Cedar & Pine Consulting');
    expect(escapeMarkdown('AT&T &lt;b&gt; &#60;')).toBe('AT&T &amp;lt;b&amp;gt; &amp;#60;');
  });
});
