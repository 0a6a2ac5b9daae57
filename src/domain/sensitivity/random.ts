/**
 * A small seeded generator and the distributions the weight sensitivity analysis draws
 * from, so the same inputs and seed give the same scenarios on every machine and in Apps
 * Script (Math.random cannot be seeded).
 */

import { isMissing } from '../values/reader';

// Module constants, not global lookups in loops (see src/domain/values/reader.ts).
const sqrt = Math.sqrt;
const log = Math.log;
const pow = Math.pow;
const imul = Math.imul;
const TWO_TO_32 = 4294967296;

/** Uniform doubles in (0, 1) and standard normals from one seeded stream. */
export interface Random {
  /** A uniform double strictly between 0 and 1 (32 random bits, centred in their cell). */
  uniform(): number;
  /** A standard normal variate. */
  normal(): number;
}

/**
 * xoshiro128** (Blackman & Vigna, "Scrambled linear pseudorandom number generators",
 * ACM TOMS 47(4), 2021; https://prng.di.unimi.it/xoshiro128starstar.c), its 128-bit state
 * filled from `seed` by SplitMix32 (a Weyl sequence through MurmurHash3's fmix32), as the
 * authors advise, so nearby seeds give unrelated streams. Normals by Marsaglia's polar
 * method (Marsaglia & Bray, SIAM Review 6(3), 1964). `seed` is any number; its low 32
 * bits are used.
 */
export function seededRandom(seed: number): Random {
  let weyl = seed | 0;
  const splitmix32 = (): number => {
    weyl = (weyl + 0x9e3779b9) | 0;
    let z = weyl;
    z = imul(z ^ (z >>> 16), 0x85ebca6b);
    z = imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) | 0;
  };
  let s0 = splitmix32();
  let s1 = splitmix32();
  let s2 = splitmix32();
  let s3 = splitmix32();
  const next = (): number => {
    const x = s1 * 5;
    const result = imul((x << 7) | (x >>> 25), 9);
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = (s3 << 11) | (s3 >>> 21);
    return result >>> 0;
  };
  let spare = Number.NaN;
  const uniform = (): number => (next() + 0.5) / TWO_TO_32;
  return {
    uniform,
    normal() {
      if (!isMissing(spare)) {
        const kept = spare;
        spare = Number.NaN;
        return kept;
      }
      let u: number;
      let v: number;
      let s: number;
      do {
        u = 2 * uniform() - 1;
        v = 2 * uniform() - 1;
        s = u * u + v * v;
      } while (s >= 1 || s === 0);
      const factor = sqrt((-2 * log(s)) / s);
      spare = v * factor;
      return u * factor;
    },
  };
}

/**
 * A Gamma(shape, 1) variate, shape > 0, by Marsaglia & Tsang, "A simple method for
 * generating gamma variables", ACM TOMS 26(3), 2000; for shape < 1 their boost
 * Gamma(a) = Gamma(a + 1) · U^(1/a) (same paper, section 6).
 */
export function gamma(random: Random, shape: number): number {
  if (shape < 1) return gamma(random, shape + 1) * pow(random.uniform(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = random.normal();
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = random.uniform();
    if (u < 1 - 0.0331 * x * x * x * x) return d * v;
    if (log(u) < 0.5 * x * x + d * (1 - v + log(v))) return d * v;
  }
}

/**
 * One Dirichlet(α) draw written into `out` (same length as `alpha`, every α > 0): independent
 * Gamma(α_i, 1) variates divided by their sum (Devroye, Non-Uniform Random Variate
 * Generation, 1986, XI.4). The draws add up to 1.
 */
export function dirichlet(random: Random, alpha: Float64Array, out: Float64Array): void {
  let sum = 0;
  for (let i = 0; i < alpha.length; i++) {
    out[i] = gamma(random, alpha[i]);
    sum += out[i];
  }
  for (let i = 0; i < alpha.length; i++) out[i] /= sum;
}
