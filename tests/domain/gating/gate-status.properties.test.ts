/**
 * GATE_STATUS rules over generated gates: the formula and the monitor agree, direction
 * is only a matter of sign, and STOP appears exactly when a metric crosses its STOP.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gateStatus } from '../../../src/domain/gating/gate-status';
import { judgeGate } from '../../../src/domain/gating/judge-gate';
import { EN_US } from '../../support/sheet-settings';

const calendar = { ...EN_US, today: '2026-11-27' };
const value = fc.integer({ min: -1000, max: 1000 });
const cell = fc.oneof(
  { weight: 8, arbitrary: value },
  { weight: 2, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.constantFrom('abc', '12%', '-$5', true) },
);
const asOf = fc.constantFrom('', '2026-11-27', '2026-11-13', '2026-11-12', '2025-01-01', 'soon');

const gates = fc.integer({ min: 1, max: 4 }).chain((metrics) =>
  fc.array(
    fc.record({
      actual: fc.array(cell, { minLength: metrics, maxLength: metrics }),
      goAt: fc.array(cell, { minLength: metrics, maxLength: metrics }),
      stopAt: fc.array(cell, { minLength: metrics, maxLength: metrics }),
      asOf,
    }),
    { minLength: 1, maxLength: 8 },
  ),
);

describe('GATE_STATUS properties', () => {
  it('the formula and judgeGate give every row the same text', () => {
    fc.assert(
      fc.property(gates, (rows) => {
        const formula = gateStatus(
          {
            actuals: rows.map((r) => r.actual),
            goAt: rows.map((r) => r.goAt),
            stopAt: rows.map((r) => r.stopAt),
            asOf: rows.map((r) => [r.asOf]),
          },
          calendar,
        ).map((r) => r[0]);
        const monitor = rows.map(
          (r) =>
            judgeGate(
              r.actual.map((actual, c) => ({
                name: `metric ${c + 1}`,
                actual,
                goAt: r.goAt[c],
                stopAt: r.stopAt[c],
              })),
              r.asOf,
              14,
              calendar.today,
              calendar,
            ).text,
        );
        expect(formula).toEqual(monitor);
      }),
      { numRuns: 300 },
    );
  });

  it('negating actual, go_at and stop_at turns the direction round and keeps the status', () => {
    fc.assert(
      fc.property(value, value, value, asOf, (actual, goAt, stopAt, dataAsOf) => {
        fc.pre(goAt !== stopAt);
        const status = (a: number, g: number, s: number) =>
          judgeGate(
            [{ name: 'm', actual: a, goAt: g, stopAt: s }],
            dataAsOf,
            14,
            '2026-11-27',
            calendar,
          );
        const plain = status(actual, goAt, stopAt);
        const mirrored = status(-actual, -goAt, -stopAt);
        expect(mirrored.text).toBe(plain.text);
        expect(mirrored.metrics[0].higherIsBetter).toBe(!plain.metrics[0].higherIsBetter);
      }),
    );
  });

  it('a valid row is STOP exactly when some metric is at or past its STOP threshold', () => {
    const metric = fc
      .tuple(value, value, value)
      .filter(([, goAt, stopAt]) => goAt !== stopAt)
      .map(([actual, goAt, stopAt]) => ({ name: 'm', actual, goAt, stopAt }));
    fc.assert(
      fc.property(fc.array(metric, { minLength: 1, maxLength: 5 }), asOf, (metrics, dataAsOf) => {
        const verdict = judgeGate(metrics, dataAsOf, 14, '2026-11-27', calendar);
        fc.pre(verdict.status !== 'INVALID');
        const crossed = metrics.some((m) =>
          m.goAt > m.stopAt ? m.actual <= m.stopAt : m.actual >= m.stopAt,
        );
        expect(verdict.status === 'STOP').toBe(crossed);
      }),
    );
  });
});
