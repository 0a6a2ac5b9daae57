import { describe, expect, it } from 'vitest';
import {
  escapeMarkdown,
  escapeMarkdownLine,
  recordMarkdown,
} from '../../../src/domain/plan/markdown';
import { okPlan, sampleCells } from './sample';

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

describe('line breaks in text from the sheet or the sidebar', () => {
  // Every break a Markdown or YAML reader may honour.
  const BREAKS = {
    LF: '\n',
    CR: '\r',
    CRLF: '\r\n',
    VT: '\v',
    FF: '\f',
    NEL: '\u0085',
    LS: '\u2028',
    PS: '\u2029',
  };
  const normal = recordMarkdown(okPlan().value.record);
  const headingsOf = (md: string) => md.split('\n').filter((l) => l.startsWith('#'));
  const itemsOf = (md: string) => md.split('\n').filter((l) => /^\s*([-+*]|\d+[.)])\s/.test(l));

  for (const [kind, br] of Object.entries(BREAKS)) {
    it(`never start a heading, list item or front-matter key (${kind})`, () => {
      const cells = sampleCells();
      cells[1][0] = `Northwind${br}# Injected heading${br}- injected item`;
      const { value } = okPlan(
        {
          record: {
            title: `Pilot${br}# Title heading`,
            context: `Context${br}## Context heading${br}1. numbered`,
            nameVariants: [{ label: `Label${br}# x`, text: `Text${br}- y` }],
          },
          people: { decisionMaker: `a@example.com${br}status: accepted` },
        },
        cells,
      );
      const md = recordMarkdown(value.record);
      expect(md).toContain(`Northwind # Injected heading - injected item`);
      expect(headingsOf(md)).toEqual(
        headingsOf(normal).map((h) => (h.startsWith('# ') ? '# B0373: Pilot # Title heading' : h)),
      );
      expect(itemsOf(md).length).toBe(itemsOf(normal).length + 1); // the one name variant
      expect(md).not.toMatch(/[\r\v\f\u0085\u2028\u2029]/);
      expect(md.split('\n').filter((l) => /^status:/.test(l))).toEqual(['status: "proposed"']);
    });
  }

  it('escape what would open a block at the start of a paragraph', () => {
    const { value } = okPlan({ record: { context: '   # Not a heading' } });
    const md = recordMarkdown(value.record);
    expect(md).toContain('\n\\# Not a heading\n');
    expect(escapeMarkdownLine('- not an item')).toBe('\\- not an item');
    expect(escapeMarkdownLine('12. not numbered')).toBe('12\\. not numbered');
    expect(escapeMarkdownLine('=== not an underline')).toBe('\\=== not an underline');
  });
});

describe('the front matter', () => {
  it('escapes control characters in names as YAML escapes', () => {
    const { value } = okPlan({ people: { decisionMaker: 'Dana\x01 "D" \\ Ops\x7f' } });
    expect(recordMarkdown(value.record)).toContain(
      'decision-makers: "Dana\\x01 \\"D\\" \\\\ Ops\\x7f"',
    );
  });
});
