/**
 * The labels of a written pilot plan sheet, in English: its name, headings, table
 * headers and row labels, the gate table's headers and checkpoint words (which the gate
 * monitor and a re-plan read back, so src/domain/plan/gate-table.ts knows every
 * language's), and the words of its cells. Sentences about the plan (notes, reasons,
 * calendar events) come from src/domain/plan.
 */

import {
  DIRECT_TABLE_HEADERS,
  GATE_TABLE_HEADERS,
  SENSITIVITY_HEADERS,
  SUMMARY_HEADERS,
} from '../../plan-columns';
import { enCriteria } from './criteria';

/** The plan sheet's texts in English. */
export function enPlan() {
  return {
    sheetName: (p: { id: string; version: number }) => `Pilot plan ${p.id} v${p.version}`,
    /** The gate table's column ids are its English headers (src/shared/plan-columns.ts). */
    gateHeaders: [...GATE_TABLE_HEADERS] as string[],
    checkpoint: { checkIn: 'Mid-wave check-in', gateReview: 'Gate review' },
    /** The Actual covers column: the period a gate row's Actual is for. */
    coversWave: (p: { days: number }) => `Whole wave (${p.days} days)`,
    coversRate: (p: { days: number; of: number }) =>
      `Wave to date (day ${p.days} of ${p.of}); a rate: the gate's thresholds`,
    coversProRated: (p: { days: number; of: number }) =>
      `Wave to date (day ${p.days} of ${p.of}); thresholds × ${p.days}/${p.of}`,
    /** The direct-revenue input's period at a check-in: the partner-sourced revenue's. */
    coversToDate: (p: { days: number; of: number }) => `Wave to date (day ${p.days} of ${p.of})`,
    /** A partner-share row's Actual covers: its period, then how its Actual is computed. */
    shareCovers: (p: { covers: string }) =>
      `${p.covers}; computed: partner-sourced ÷ (partner-sourced + direct revenue)`,
    /** The direct-revenue table's column ids are its English headers (plan-columns.ts). */
    directHeaders: [...DIRECT_TABLE_HEADERS] as string[],
    directTitle:
      "Direct revenue: type the direct channel's new revenue for the same period as the wave's partner-sourced revenue, and its Data as of; the partner share rows above divide by the two.",
    /** The gate table's two history columns beside it (plan-trend.ts). */
    trend: { trend: 'Trend', since: 'Status since' },
    /** The sensitivity table's column ids are its English headers (plan-columns.ts). */
    sensitivityHeaders: [...SENSITIVITY_HEADERS] as string[],
    better: { higher: '↑ higher', lower: '↓ lower' },
    title: (p: { sheet: string; title: string }) => `${p.sheet}: ${p.title}`,
    about: (p: { record: string; status: string; source: string; method: string }) =>
      `Decision record: '${p.record}' · Status: ${p.status} · Source: ${p.source} · Scoring: ${p.method}`,
    methods: { minmax: 'min–max', topsis: 'TOPSIS' },
    written: 'Written',
    summary:
      'Summary: each verdict is live from the wave’s gate rows below (STOP, STALE, HOLD, GO, else PENDING)',
    /** The summary's column ids are its English headers (src/shared/plan-columns.ts). */
    summaryHeaders: [...SUMMARY_HEADERS] as string[],
    done: 'done',
    waves: 'Waves',
    waveHeaders: [
      'Wave',
      'Name',
      'Start',
      'Mid-wave check-in',
      'Gate review',
      'Partners',
      'Co-marketing budget',
      'Enablement load (hrs)',
      'Expected revenue',
    ],
    /** A wave sum none of whose partners has a value: never written as 0. */
    unknown: 'unknown',
    gates:
      'Gates: type each Actual for the period under "Actual covers", and its Data as of date; Status judges them live.',
    weights:
      'PARTNER_SCORE weights: the formula below, pasted beside the partner table, gives these scores',
    notes: 'Notes',
    none: 'None.',
    owners: 'Owners and escalation',
    ownerHeaders: ['Role', 'Who'],
    inputOwner: {
      capability: 'Owner: partner capability',
      comarketingBudget: 'Owner: co-marketing budget',
      enablementLoad: 'Owner: enablement load',
    },
    metricOwner: (p: { metric: string }) => `Owner: ${p.metric}`,
    decisionMaker: 'Decision maker',
    escalation: (p: { n: number }) => `Escalation ${p.n}`,
    consulted: 'Consulted',
    informed: 'Informed',
    list: (p: { items: string[] }) => p.items.join(', '),
    stopConditions: 'Stop conditions',
    calendar: 'Review calendar',
    calendarHeaders: ['Date', 'Wave', 'Event', 'Who'],
    byHand: 'Excluded by hand',
    byHandHeaders: ['Partner', 'Source row', 'Reason'],
    noneShort: 'None',
    ranked: 'Partners, ranked by score',
    partnerHeaders: [
      'Rank',
      'Partner',
      'Owner',
      'Score',
      'Wave',
      'Wave name',
      'In its wave in x % of weight scenarios',
      'Status',
      'Data',
      'Helps most',
      'Hurts most',
      'Reason',
      'What would admit it',
      'Source row',
    ],
    partnerStatus: {
      wave: 'In a wave',
      unassigned: 'Not in a wave',
      insufficient: 'INSUFFICIENT DATA',
      invalid: 'Invalid',
      excluded: 'Excluded by hand',
    },
    statusWith: (p: { status: string; pinned: boolean; duplicate: boolean }) =>
      `${p.status}${p.pinned ? ' (pinned)' : ''}${p.duplicate ? ' (duplicate name)' : ''}`,
    partial: (p: { criteria: string[] }) => `Partial: no ${p.criteria.join(', ')}`,
    complete: 'Complete',
    criteria: enCriteria(),
    /** The native charts beside the plan and the data cells they draw (plan-charts.ts). */
    charts: {
      statusTitle: 'Gate statuses per wave (live from the Status column)',
      scoresTitle: 'Partner scores by wave, with each wave’s cut-off (lowest score in it)',
      stabilityTitle:
        'Stability interval per criterion: the multipliers on its weight, the others unchanged, over which the Pilot keeps its partners',
      wave: 'Wave',
      partner: 'Partner',
      outside: 'Not in a wave',
      /** Follows a wave's name: the series of its cut-off line. */
      cutOff: ' cut-off',
      lowest: 'Lowest score in wave',
      scoreAxis: 'Score (0–100)',
      countAxis: 'Gates',
      criterion: 'Criterion',
      holdsFrom: 'Holds from (×)',
      holds: 'Pilot unchanged',
      /** The legend's note when some interval has no upper end; `at` is where its bar stops. */
      holdsOpen: (p: { at: string }) =>
        `Pilot unchanged (a bar ending at ${p.at}× has no upper end: any increase)`,
      openEnd: '“Any increase” drawn to (×)',
      multiplierAxis: 'Multiplier on the criterion’s weight (1× = as chosen)',
    },
    /** The input cells' data validation help (writer.ts finishPlanSheet). */
    help: {
      actual: 'Enter the measured value as a number (percentages as 35%).',
      percent: 'Enter a percentage from 0% to 100%: type 12%, not 12 (which is 1,200%).',
      money: 'Enter an amount of money, 0 or at least 1: a percentage such as 12% is 0.12.',
      asOf: 'Enter the date the actual was measured, e.g. 2026-03-02. A gate with an Actual and no date shows STALE.',
      direct:
        "Enter the direct channel's new revenue for the period, 0 or more: the partner share above divides by it.",
    },
  };
}

/** The plan sheet's texts: every language returns this shape. */
export type PlanText = ReturnType<typeof enPlan>;
