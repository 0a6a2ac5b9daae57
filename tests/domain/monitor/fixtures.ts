import type { MonitoredGate, MonitoredPlan } from '../../../src/domain/monitor/types';

/** A one-wave plan with two gates; statuses and dates given per test. */
export function plan(
  statuses: { revenue: string; cac: string },
  options: { reviewDate?: string; escalation?: string[]; sheet?: string } = {},
): MonitoredPlan {
  const sheet = options.sheet ?? 'Pilot plan B0373 v1';
  const reviewDate = options.reviewDate ?? '2026-03-02';
  const gate = (metric: string, owner: string, status: string): MonitoredGate => ({
    key: `${sheet}|w1|${metric}`,
    wave: 1,
    waveName: 'Pilot',
    metric,
    owner,
    reviewDate,
    status,
  });
  return {
    label: sheet.replace('Pilot plan ', ''),
    planSheet: sheet,
    url: 'https://docs.example/#gid=7',
    escalation: options.escalation ?? ['vp.sales@example.com', 'cro@example.com'],
    gates: [
      gate('Partner-sourced revenue', 'ana@example.com', statuses.revenue),
      gate('CAC', 'raj@example.com', statuses.cac),
    ],
  };
}
