/**
 * The record's sensitivity sentence against the stability intervals computed on their own:
 * over generated partner tables, weights and methods, the Rationale names the heaviest
 * criterion with the ends of its interval (rounded towards 1, so the stated range lies
 * inside the computed one, to 0.01), "any increase" or "any decrease" exactly where the
 * interval is unbounded, and the criterion the Pilot is most sensitive to.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CRITERIA } from '../../../src/domain/scoring/criteria';
import { mostSensitive, stabilityIntervals } from '../../../src/domain/sensitivity/intervals';
import { sensitivityModel } from '../../../src/domain/sensitivity/model';
import type { ScoringMethod } from '../../../src/shared/plan-types';
import { EN_US } from '../../support/sheet-settings';
import { plan, sampleCells } from './sample';

const HEADER = sampleCells()[0];
/** The weights range's labels, in CRITERIA's order. */
const LABELS = [
  'Capability',
  'Co-marketing budget',
  'Enablement load',
  'Partner-sourced revenue',
  'CAC',
  'Coverage gap',
];

const tables = fc.record({
  rows: fc.array(
    fc.array(
      fc.oneof(
        { weight: 12, arbitrary: fc.integer({ min: 1, max: 60 }) },
        { weight: 1, arbitrary: fc.constant('') },
      ),
      { minLength: 6, maxLength: 6 },
    ),
    { minLength: 4, maxLength: 24 },
  ),
  weights: fc
    .array(fc.integer({ min: 0, max: 9 }), { minLength: 6, maxLength: 6 })
    .filter((w) => w.some((x) => x > 0)),
  method: fc.constantFrom<ScoringMethod>('minmax', 'topsis'),
});

/** A criterion's name as the sentence writes it. */
const inSentence = (label: string) => (label === 'CAC' ? label : label.toLowerCase());

/**
 * The stated ends: within 0.01 of the computed ones and never outside them, to the
 * analysis's own resolution (events within 1e-9, relative, are one event).
 */
function expectInside(stated: string, computed: number, side: 'low' | 'high') {
  const x = Number(stated);
  const resolution = 1e-9 * computed;
  if (side === 'low') {
    expect(x).toBeGreaterThanOrEqual(computed - resolution);
    expect(x - computed).toBeLessThanOrEqual(0.01);
  } else {
    expect(x).toBeLessThanOrEqual(computed + resolution);
    expect(computed - x).toBeLessThanOrEqual(0.01 + resolution);
  }
}

describe('the record’s sensitivity sentence', () => {
  it('states the computed interval of the heaviest criterion and the most sensitive one', () => {
    fc.assert(
      fc.property(tables, ({ rows, weights, method }) => {
        const cells = [
          HEADER,
          ...rows.map((values, i) => [
            `Partner ${i + 1}`,
            'Reseller',
            'EMEA',
            'Owner',
            ...values.map(String),
          ]),
        ];
        const scoring = {
          method,
          weights: Object.fromEntries(CRITERIA.map((c, k) => [c.id, weights[k]])),
        };
        const result = plan({ scoring } as never, cells);
        if (!result.ok) return; // Tables the plan refuses (too few scored) have no record.
        const { sensitivity, partners, record } = result.value;
        if (!sensitivity) throw new Error('no sensitivity');
        const rationale =
          record.sections.find((s) => s.heading === 'Rationale')?.paragraphs.join('\n') ?? '';
        if (sensitivity.withheld) {
          expect(sensitivity.withheld).toBe('tieRule');
          expect(rationale).toContain('No stability interval is stated');
          expect(rationale).not.toContain('The Pilot holds');
          return;
        }
        const model = sensitivityModel(
          cells,
          LABELS.map((label, k) => [label, weights[k]]),
          method,
          EN_US,
        );
        const pilot = partners.filter((p) => p.wave === 1).length;
        const intervals = stabilityIntervals(model, pilot);
        const labelOf = (id: string) => CRITERIA.find((c) => c.id === id)?.label ?? id;
        if (intervals.length === 1) {
          expect(rationale).toContain(
            `Only one criterion (${inSentence(labelOf(intervals[0].criterion))}) is weighted`,
          );
          return;
        }
        const sensitive = mostSensitive(intervals);
        if (!sensitive) {
          expect(rationale).toMatch(/No change of any single weight/);
          return;
        }
        const heaviest = intervals.reduce((a, b) => (b.weight > a.weight ? b : a));
        const name = inSentence(labelOf(heaviest.criterion));
        const between = rationale.match(
          /The Pilot holds while the (.+?) weight stays between ([\d.]+)× and ([\d.]+)× its chosen value/,
        );
        const above = rationale.match(
          /The Pilot holds for any increase of the (.+?) weight(?: \(searched[^)]*\))? and while it stays above ([\d.]+)×/,
        );
        const below = rationale.match(
          /The Pilot holds for any decrease of the (.+?) weight and while it stays below ([\d.]+)×/,
        );
        const always = rationale.match(/No change of the (.+?) weight alone/);
        if (heaviest.low > 0 && Number.isFinite(heaviest.high)) {
          expect(between?.[1]).toBe(name);
          expectInside(between?.[2] ?? '', heaviest.low, 'low');
          expectInside(between?.[3] ?? '', heaviest.high, 'high');
          expect(Number(between?.[2])).toBeLessThanOrEqual(1);
          expect(Number(between?.[3])).toBeGreaterThanOrEqual(1);
        } else if (heaviest.low > 0) {
          expect(above?.[1]).toBe(name);
          expectInside(above?.[2] ?? '', heaviest.low, 'low');
        } else if (Number.isFinite(heaviest.high)) {
          expect(below?.[1]).toBe(name);
          expectInside(below?.[2] ?? '', heaviest.high, 'high');
        } else expect(always?.[1]).toBe(name);
        const sensitiveName = inSentence(labelOf(sensitive.criterion));
        expect(rationale).toContain(`it is most sensitive to ${sensitiveName}`);
        if (sensitive !== heaviest) {
          const range = rationale.match(/whose weight it survives only (.+?×)\./)?.[1] ?? '';
          const ends = range.match(/[\d.]+(?=×)/g) ?? [];
          if (sensitive.low > 0) expectInside(ends[0] ?? '', sensitive.low, 'low');
          if (Number.isFinite(sensitive.high))
            expectInside(ends[sensitive.low > 0 ? 1 : 0] ?? '', sensitive.high, 'high');
        }
      }),
      { numRuns: 80 },
    );
  });
});
