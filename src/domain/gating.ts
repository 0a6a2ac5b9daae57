// Temporary: replaced by the gating implementation.
export interface GateInputs {
  actuals: unknown;
  goAt: unknown;
  stopAt: unknown;
  asOf?: unknown;
  maxAgeDays?: unknown;
  today?: unknown;
}
export interface Calendar {
  today: string;
  dayOf(date: Date): string;
}
export function gateStatus(_i: GateInputs, _c: Calendar): string[][] {
  throw new Error('GATE_STATUS: not implemented yet');
}
