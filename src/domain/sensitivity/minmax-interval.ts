/**
 * The exact stability interval of one criterion under min–max scoring: how far its weight
 * can be multiplied, the others fixed, before the Pilot's set of partners changes.
 *
 * With the weight of criterion k multiplied by t, a row's score is
 *   s(t) = 100 · (a + t·b) / (c + t·d),
 * a = Σ_{j≠k} w_j r_j, b = w_k r_k, c = Σ_{j≠k, known} w_j, d = w_k if the row knows k, else 0
 * (r: the scaled values, 0 where unknown). Two rows swap where s_i(t) = s_j(t), that is
 * where the quadratic (a_i + t b_i)(c_j + t d_j) − (a_j + t b_j)(c_i + t d_i) changes sign
 * (its denominators are positive); for rows that know the same criteria it is linear in t.
 * A row is scored while c + t·d ≥ h·(C + t·w_k) (C = Σ_{j≠k} w_j, h = ½ less a hair), also
 * linear in t. The Pilot (the top `pilotCount` scored rows, ties by row) changes first where
 * its weakest member and the strongest outsider cross, or where a row's admission flips in
 * a way that changes it; between such events the weakest member and the strongest outsider
 * change identity only where they cross another member or outsider. The walk below follows
 * those events in t (a kinetic tournament with one contestant a side), each step O(rows).
 * Only scored rows set the scaling's bounds, so where a row's admission flips the scaled
 * values r of every row may jump: the walk rebuilds the lines there (the scorer's scaling
 * for the new set of scored rows, scaledFor) and carries on from the order just past t.
 */

import { isMissing } from '../values/reader';
import { scaledFor } from './minmax-model';
import type { MinmaxModel } from './model';

// One resolution for events (relative): roots this close to the current t are the event just
// handled, roots this close to each other are one event, and scores this close at an event
// are tied, the slopes deciding. A root is computed a few ulps off, the admission rule's
// hair moves its roots by 1e-12, and two sums of the same terms in another order differ.
// Distinct events closer than this are taken as one.
const EPS = 1e-9;
// Multipliers outside [1e-9, 1e9] are not searched (reported as 0 and Infinity): at those
// extremes two rows that converge as t → 0 or ∞ differ only by rounding, which yields roots.
const T_MIN = 1e-9;
const T_MAX = 1e9;
const inRange = (t: number) => t >= T_MIN && t <= T_MAX;
const HALF = (1 - 1e-12) / 2;

interface Lines {
  a: Float64Array;
  b: Float64Array;
  c: Float64Array;
  d: Float64Array;
}

/**
 * The multipliers (low, high) on criterion `k`'s weight (index into model.criteria) between
 * which the Pilot keeps the same partners; low ≥ 0, high may be Infinity (no change between 1e-9× and 1e9×). `pilot[row]` is 1
 * for the model rows in the Pilot under the chosen weights, which takes `pilotCount`. 1 lies in [low, high]; an end
 * equal to 1 means a tie at the chosen weights that any move in that direction breaks.
 * `pool[row]` is 1 for the rows that may take a Pilot place (0: excluded or pinned by hand);
 * rows outside it still set the scaling while scored, as in the scorer.
 */
export function minmaxInterval(
  model: MinmaxModel,
  k: number,
  pilot: Uint8Array,
  pilotCount: number,
  pool: Uint8Array,
): { low: number; high: number } {
  let others = 0;
  for (let j = 0; j < model.weights.length; j++) if (j !== k) others += model.weights[j];
  const admission = { base: others * HALF, slope: model.weights[k] * HALF };
  return {
    low: walk(model, k, admission, pilot, pilotCount, pool, -1),
    high: walk(model, k, admission, pilot, pilotCount, pool, 1),
  };
}

/** The lines of every model row for the rows in `admitted` scored (they set the scaling). */
function linesFor(model: MinmaxModel, k: number, admitted: Uint8Array, lines?: Lines): Lines {
  const m = model.weights.length;
  const n = model.tableRows.length;
  const patterns = new Uint8Array(model.patternCount);
  for (let row = 0; row < n; row++) if (admitted[row]) patterns[model.patternOf[row]] = 1;
  const scaled = scaledFor(model, patterns);
  const out = lines ?? {
    a: new Float64Array(n),
    b: new Float64Array(n),
    c: new Float64Array(n),
    d: new Float64Array(n),
  };
  out.a.fill(0);
  out.c.fill(0);
  for (let row = 0; row < n; row++) {
    const known = model.patternOf[row] * m;
    for (let j = 0; j < m; j++) {
      const w = model.weights[j];
      const r = scaled[row * m + j];
      const knows = model.patterns[known + j];
      if (j === k) {
        out.b[row] = w * r;
        out.d[row] = knows ? w : 0;
      } else {
        out.a[row] += w * r;
        if (knows) out.c[row] += w;
      }
    }
  }
  return out;
}

/** The first multiplier in `dir` from 1 at which the Pilot changes (0 or Infinity if none). */
function walk(
  model: MinmaxModel,
  k: number,
  admission: { base: number; slope: number },
  pilot: Uint8Array,
  pilotCount: number,
  pool: Uint8Array,
  dir: 1 | -1,
): number {
  const n = pilot.length;
  const admitted = Uint8Array.from(model.baseScores, (s) => (!isMissing(s) ? 1 : 0));
  // Scored rows that may take a Pilot place: the contestants.
  let admittedCount = admitted.reduce((sum, x, row) => sum + x * pool[row], 0);
  const pilotSize = pilot.reduce((sum, x) => sum + x, 0);
  const lines = linesFor(model, k, admitted);
  const { a, b, c, d } = lines;
  const score = (i: number, t: number) => (a[i] + t * b[i]) / (c[i] + t * d[i]);
  const slope = (i: number, t: number) => (b[i] * c[i] - a[i] * d[i]) / (c[i] + t * d[i]) ** 2;
  // i ranks above j just past t in direction dir: the higher score, unless the two cross at
  // t (to EPS), where the one rising faster; then the earlier row.
  const above = (i: number, j: number, t: number) => {
    const si = score(i, t);
    const sj = score(j, t);
    const crossingNow = orderChanges(lines, i, j).some((root) => Math.abs(root - t) <= EPS * t);
    if (si !== sj && !crossingNow) return si > sj;
    const gi = dir * slope(i, t);
    const gj = dir * slope(j, t);
    return gi !== gj ? gi > gj : i < j;
  };
  let t = 1;
  let weakest = -1;
  let strongest = -1;
  const rescan = () => {
    weakest = -1;
    strongest = -1;
    for (let i = 0; i < n; i++) {
      if (!admitted[i] || !pool[i]) continue;
      if (pilot[i]) {
        if (weakest < 0 || above(weakest, i, t)) weakest = i;
      } else if (strongest < 0 || above(i, strongest, t)) strongest = i;
    }
  };
  rescan();
  const times = new Float64Array(n);
  for (;;) {
    if (weakest >= 0 && strongest >= 0 && above(strongest, weakest, t)) return t;
    // Each row's next crossing with its side's rival; the nearest event of any kind.
    let next = weakest >= 0 && strongest >= 0 ? crossing(lines, strongest, weakest, t, dir) : NONE;
    const swap = next;
    for (let i = 0; i < n; i++) {
      times[i] = NONE;
      if (!admitted[i] || !pool[i] || i === weakest || i === strongest) continue;
      times[i] = crossing(lines, i, pilot[i] ? weakest : strongest, t, dir);
      if (closer(times[i], next, dir)) next = times[i];
    }
    let admissionAt = NONE;
    for (let i = 0; i < n; i++) {
      // A pending flip: past its root the row's admission differs from now. A root a hair
      // behind t counts: a row with exactly half the weight at 1× flips at once.
      const at = flipAt(i);
      if (!inRange(at) || dir * (at - t) < -EPS * t || flipsTo(i) === admitted[i]) continue;
      if (closer(at, admissionAt, dir)) admissionAt = at;
    }
    if (closer(admissionAt, next, dir)) next = admissionAt;
    if (isMissing(next)) return dir > 0 ? Number.POSITIVE_INFINITY : 0;
    // The strongest outsider passes the weakest member: the Pilot changes. Unless a row
    // enters or leaves at that very t: then what holds just past t decides (an outsider
    // meeting the weakest member exactly as it drops out changes nothing).
    const admitting = same(admissionAt, next);
    if (same(swap, next) && !admitting) return swap;
    t = next;
    if (admitting) {
      if (admit()) return t;
      rescan();
    } else {
      // Rows crossing their rival now (several may at once) pass it: the new weakest (or
      // strongest) is one of them, the one falling (or rising) fastest after t. Scores at the
      // crossing itself are equal up to rounding, so they cannot decide.
      let fallen = -1;
      let risen = -1;
      for (let i = 0; i < n; i++) {
        if (!same(times[i], next)) continue;
        if (pilot[i] && (fallen < 0 || steeper(fallen, i, -1))) fallen = i;
        if (!pilot[i] && (risen < 0 || steeper(i, risen, 1))) risen = i;
      }
      if (fallen >= 0) weakest = fallen;
      if (risen >= 0) strongest = risen;
    }
  }

  /** Whether i moves `sign`-wards faster than j just past t (ties: i first by row). */
  function steeper(i: number, j: number, sign: 1 | -1): boolean {
    const gi = sign * dir * slope(i, t);
    const gj = sign * dir * slope(j, t);
    return gi !== gj ? gi > gj : sign > 0 ? i < j : i > j;
  }

  /** The row's admission just past its flip, moving in dir. */
  function flipsTo(i: number): number {
    return dir * (d[i] - admission.slope) > 0 ? 1 : 0;
  }

  function flipAt(i: number): number {
    const rise = d[i] - admission.slope;
    return rise === 0 ? NONE : -(c[i] - admission.base) / rise;
  }

  /**
   * Flips the admission of the rows whose flip is at t; true when that changes the Pilot
   * (the best min(pilotCount, scored) rows): a member leaves, or the Pilot's size changes.
   * Otherwise the lines are rebuilt for the new scored rows; the caller then compares the
   * weakest member and the strongest outsider just past t.
   */
  function admit(): boolean {
    for (let i = 0; i < n; i++) {
      if (!same(flipAt(i), t)) continue;
      const now = flipsTo(i);
      if (now === admitted[i]) continue;
      admitted[i] = now;
      admittedCount += (now ? 1 : -1) * pool[i];
      if (pilot[i] && !now) return true;
    }
    if (Math.min(pilotCount, admittedCount) !== pilotSize) return true;
    linesFor(model, k, admitted, lines);
    return false;
  }
}

function same(at: number, next: number): boolean {
  return !isMissing(at) && Math.abs(at - next) <= EPS * next;
}

const NONE = Number.NaN;

function closer(at: number, next: number, dir: 1 | -1): boolean {
  if (isMissing(at)) return false;
  return isMissing(next) || dir * (at - next) < 0;
}

/** The nearest t beyond `from` in `dir` (t > 0) where rows i and j change order, or NaN. */
function crossing(lines: Lines, i: number, j: number, from: number, dir: 1 | -1): number {
  let best = NONE;
  for (const root of orderChanges(lines, i, j)) {
    if (inRange(root) && dir * (root - from) > EPS * from && closer(root, best, dir)) best = root;
  }
  return best;
}

/**
 * Where rows i and j change order: the simple real roots of
 * (a_i + t b_i)(c_j + t d_j) − (a_j + t b_j)(c_i + t d_i), by the stable quadratic formula
 * (a double root touches without crossing).
 */
function orderChanges({ a, b, c, d }: Lines, i: number, j: number): number[] {
  const qa = b[i] * d[j] - b[j] * d[i];
  const qb = a[i] * d[j] + b[i] * c[j] - a[j] * d[i] - b[j] * c[i];
  const qc = a[i] * c[j] - a[j] * c[i];
  if (qa === 0) return qb === 0 ? [] : [-qc / qb];
  const disc = qb * qb - 4 * qa * qc;
  if (!(disc > 0)) return [];
  const q = -(qb + (qb < 0 ? -1 : 1) * Math.sqrt(disc)) / 2;
  return q === 0 ? [q / qa] : [q / qa, qc / q];
}
