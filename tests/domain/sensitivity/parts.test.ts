/**
 * The parts of the weight sensitivity analysis: the generator's distributions, the wave cut
 * against a plain sort, and a stability interval worked out by hand.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { waveCuts } from '../../../src/domain/sensitivity/cuts';
import { mostSensitive, stabilityIntervals } from '../../../src/domain/sensitivity/intervals';
import { sensitivityModel } from '../../../src/domain/sensitivity/model';
import { dirichlet, gamma, seededRandom } from '../../../src/domain/sensitivity/random';
import { concentrationFor } from '../../../src/domain/sensitivity/scenarios';
import { tallyTotals, tallyWaves, waveTally } from '../../../src/domain/sensitivity/tally';
import { assignWaves } from '../../../src/domain/sensitivity/waves';
import { EN_US } from '../../support/sheet-settings';

const meanAndVariance = (xs: number[]) => {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  return { mean, variance: xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (xs.length - 1) };
};

describe('seeded draws', () => {
  it('Gamma(a) has mean a and variance a, below and above shape 1', () => {
    const random = seededRandom(7);
    for (const shape of [0.3, 1, 4.5]) {
      const { mean, variance } = meanAndVariance(
        Array.from({ length: 40_000 }, () => gamma(random, shape)),
      );
      expect(mean).toBeCloseTo(shape, 1);
      expect(variance / shape).toBeGreaterThan(0.95);
      expect(variance / shape).toBeLessThan(1.05);
    }
  });

  it('the default uncertainty moves a weight of average size by about ±25 % (one standard deviation)', () => {
    const criteria = 6;
    const kappa = concentrationFor(0.25, criteria);
    expect(kappa).toBe(79);
    const alpha = new Float64Array(criteria).fill(kappa / criteria);
    const random = seededRandom(11);
    const draw = new Float64Array(criteria);
    const first = Array.from({ length: 20_000 }, () => {
      dirichlet(random, alpha, draw);
      expect(draw.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      return draw[0];
    });
    const { mean, variance } = meanAndVariance(first);
    expect(mean).toBeCloseTo(1 / 6, 3);
    expect(Math.sqrt(variance) / mean).toBeGreaterThan(0.24);
    expect(Math.sqrt(variance) / mean).toBeLessThan(0.26);
  });

  it('the same seed gives the same stream, another seed another', () => {
    const a = seededRandom(1);
    const b = seededRandom(1);
    const c = seededRandom(2);
    const xs = Array.from({ length: 5 }, () => a.uniform());
    expect(Array.from({ length: 5 }, () => b.uniform())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c.uniform())).not.toEqual(xs);
  });

  it('refuses an uncertainty outside 0–1', () => {
    expect(() => concentrationFor(1.5, 6)).toThrow(
      'The uncertainty is 1.5; give a number from 0 (none) to 1.',
    );
    expect(concentrationFor(0, 6)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('waves cut by selection', () => {
  it('matches a full sort (score high to low, then row) with ties and unscored rows', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.constant(Number.NaN)), {
          minLength: 1,
          maxLength: 2000,
        }),
        fc.array(fc.integer({ min: 0, max: 900 }), { minLength: 1, maxLength: 4 }),
        (values, counts) => {
          const scores = Float64Array.from(values);
          const waves = new Uint8Array(scores.length);
          assignWaves(scores, waveCuts(counts, scores.length), waves);
          const order = values
            .map((score, row) => ({ score, row }))
            .filter((x) => !Number.isNaN(x.score))
            .sort((a, b) => b.score - a.score || a.row - b.row);
          const expected = new Uint8Array(scores.length).fill(counts.length);
          let at = 0;
          counts.forEach((count, wave) => {
            for (const { row } of order.slice(at, at + count)) expected[row] = wave;
            at += count;
          });
          expect(waves).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('counts scenario after scenario as a full sort of each would, near cuts and ties included', () => {
    // One cuts and one tally over a run of score vectors that drift (so the bands around the
    // last thresholds hit, miss, and see rows move), with ties, gaps and changing counts scored.
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 40 }), fc.constant(Number.NaN)), {
          minLength: 1,
          maxLength: 400,
        }),
        fc.array(
          fc.array(fc.oneof(fc.integer({ min: -3, max: 3 }), fc.constant(Number.NaN)), {
            minLength: 1,
            maxLength: 400,
          }),
          { minLength: 1, maxLength: 12 },
        ),
        fc.array(fc.integer({ min: 0, max: 150 }), { minLength: 1, maxLength: 4 }),
        (start, moves, counts) => {
          const n = start.length;
          const cuts = waveCuts(counts, n);
          const tally = waveTally(n, counts.length);
          const scratch = new Uint8Array(n);
          const expected = new Uint32Array(n * (counts.length + 1));
          const scores = Float64Array.from(start);
          for (const move of moves) {
            scores.forEach((s, row) => {
              const step = move[row % move.length];
              // A gap comes and goes: a row loses its score and later gains one back.
              scores[row] = Number.isNaN(step)
                ? Number.isNaN(s)
                  ? row % 7
                  : Number.NaN
                : s + step;
            });
            tallyWaves(scores, cuts, scratch, tally);
            const order = Array.from(scores, (score, row) => ({ score, row }))
              .filter((x) => !Number.isNaN(x.score))
              .sort((a, b) => b.score - a.score || a.row - b.row);
            const wave = new Uint8Array(n).fill(counts.length);
            let at = 0;
            counts.forEach((count, w) => {
              for (const { row } of order.slice(at, at + count)) wave[row] = w;
              at += count;
            });
            wave.forEach((w, row) => {
              expected[row * (counts.length + 1) + w]++;
            });
          }
          expect(tallyTotals(tally, cuts)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuses a fractional count', () => {
    expect(() => waveCuts([2.5], 10)).toThrow(
      'Wave 1 takes 2.5 partners; give each wave a whole number of 0 or more.',
    );
  });
});

describe('stability intervals, worked by hand', () => {
  // Capability weight 3, revenue 2. Scaled: P1 (1, 0), P2 (0, 1), P3 (0.5, 0.4).
  // Capability × t: P1 = 3t / (3t + 2), P2 = 2 / (3t + 2), P3 = (1.5t + 0.8) / (3t + 2):
  // P2 passes P1 at t = 2/3 (P3 only at 0.53), and nothing passes P1 above 1.
  // Revenue × s: P1 = 3 / (3 + 2s), P2 = 2s / (3 + 2s): P2 passes P1 at s = 1.5.
  const table = [
    ['Partner', 'Capability', 'Partner-sourced revenue'],
    ['P1', 10, 0],
    ['P2', 0, 10],
    ['P3', 5, 4],
  ];
  it('min–max, exactly', () => {
    const model = sensitivityModel(
      table,
      [
        ['Capability', 3],
        ['Revenue', 2],
      ],
      'minmax',
      EN_US,
    );
    const [capability, revenue] = stabilityIntervals(model, 1);
    expect(capability).toMatchObject({ criterion: 'capability', high: Number.POSITIVE_INFINITY });
    expect(capability.weight).toBeCloseTo(0.6, 12);
    expect(capability.low).toBeCloseTo(2 / 3, 12);
    expect(revenue).toMatchObject({ criterion: 'sourcedRevenue', low: 0 });
    expect(revenue.high).toBeCloseTo(1.5, 12);
  });

  it("a tie at the Pilot's edge ends the interval at 1× on the side that breaks it", () => {
    // P1 (1, 0) and P2 (0, 1) tie at equal weights; the plan puts the earlier row, P1, first.
    const tied = [table[0], table[1], table[2]];
    const [capability, revenue] = stabilityIntervals(
      sensitivityModel(tied, undefined, undefined, EN_US),
      1,
    );
    expect([capability.low, capability.high]).toEqual([1, Number.POSITIVE_INFINITY]);
    expect([revenue.low, revenue.high]).toEqual([0, 1]);
  });

  it('the most sensitive criterion is the one with the nearest edge in log terms', () => {
    const interval = (criterion: 'capability' | 'cac', low: number, high: number) => ({
      criterion,
      weight: 0.5,
      low,
      high,
    });
    // ÷1.25 is as near as ×1.25; the tie goes to the narrower interval, then to the first.
    expect(
      mostSensitive([interval('capability', 0.8, 3), interval('cac', 0.5, 1.25)])?.criterion,
    ).toBe('cac');
    expect(
      mostSensitive([interval('capability', 0.8, 1.25), interval('cac', 0.8, 1.25)])?.criterion,
    ).toBe('capability');
    // 0.95× to 50× is wider than 0.5× to 2×, but a 5 % cut already changes the Pilot.
    expect(
      mostSensitive([interval('capability', 0.5, 2), interval('cac', 0.95, 50)])?.criterion,
    ).toBe('cac');
    expect(mostSensitive([interval('capability', 0, Number.POSITIVE_INFINITY)])).toBe(undefined);
  });
});
