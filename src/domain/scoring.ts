// Temporary: replaced by the scoring implementation.
export function partnerScore(_p: unknown, _w?: unknown, _m?: unknown): (number | string)[][] {
  throw new Error('PARTNER_SCORE: not implemented yet');
}
