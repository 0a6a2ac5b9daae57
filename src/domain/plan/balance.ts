/**
 * The default thresholds of the balance gates (src/shared/balance.ts): the partner-share
 * band and the control guardrails. The seed one-pager B0372 says to "proceed only if the
 * scale via partners versus direct control balance remains acceptable"; these rules turn
 * that into GO and STOP levels a team can start from and edit.
 */
import type { ControlKind, ShareKind } from '../../shared/balance';

/** A pair of thresholds as 0–1 fractions. */
export interface Levels {
  go: number;
  stop: number;
}

/** The band without a baseline share: 20% → 60%, STOP at 10% / 75% (issue 15). */
export const DEFAULT_BAND: Record<ShareKind, Levels> = {
  shareFloor: { go: 0.2, stop: 0.1 },
  shareCeiling: { go: 0.6, stop: 0.75 },
};

/**
 * One row of the band from today's partner share `baseline` (0 < b < 1), else the default
 * band. The floor asks partners to hold today's share (GO at b) and stops when they have
 * lost half of it (b / 2); the ceiling lets direct keep half of its share today (GO at
 * b + (1 − b) / 2) and stops when direct is down to a quarter of it (b + 3(1 − b) / 4). So
 * the floor's GO is always below the ceiling's, and both stay below 100%.
 */
export function shareLevels(kind: ShareKind, baseline: number | null): Levels {
  if (baseline === null) return DEFAULT_BAND[kind];
  if (kind === 'shareFloor') return { go: baseline, stop: baseline / 2 };
  const direct = 1 - baseline;
  return { go: baseline + direct / 2, stop: baseline + (direct * 3) / 4 };
}

/**
 * GO and STOP of each control guardrail as multiples of the direct channel's level:
 * partners may churn and discount up to a tenth more than direct (STOP at half as much
 * again), keep nine tenths of its direct touch (STOP at six tenths) and of its forecast
 * accuracy (STOP at three quarters).
 */
export const CONTROL_FACTORS: Record<ControlKind, Levels> = {
  partnerChurn: { go: 1.1, stop: 1.5 },
  directTouch: { go: 0.9, stop: 0.6 },
  partnerDiscount: { go: 1.1, stop: 1.5 },
  forecastAccuracy: { go: 0.9, stop: 0.75 },
};

/**
 * A control guardrail's levels from the direct channel's `baseline` (a 0–1 fraction), each
 * capped at 100% since every guardrail is a share of deals, customers or revenue.
 */
export function controlLevels(kind: ControlKind, baseline: number): Levels {
  const f = CONTROL_FACTORS[kind];
  return { go: Math.min(1, baseline * f.go), stop: Math.min(1, baseline * f.stop) };
}
