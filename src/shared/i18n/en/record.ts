/**
 * The decision record in English: its sheet and the decision log's names and headers, the
 * record's section headings and MADR field labels, and every sentence the record builds
 * from the plan's facts (src/domain/plan/record*.ts). The seed one-pager B0372's phrases
 * (outcomes, inputs, the trade-off) are written once here, as the seed words them.
 */

import { DECISION_LOG_HEADERS } from '../../plan-columns';
import { enCriteria } from './criteria';

const OUTCOMES = 'partner-sourced revenue, CAC, coverage gap';
const INPUTS = 'partner capability, co-marketing budget, enablement load';
const TRADEOFF = 'scale via partners versus direct control';

type Side = 'higher' | 'lower';
const partners = (n: number) => `${n} partner${n === 1 ? '' : 's'}`;

/** The decision record's texts in English. */
export function enRecord() {
  return {
    sheetName: (p: { id: string; version: number }) => `Decision record ${p.id} v${p.version}`,
    logName: 'Decision log',
    /** The log's column ids are its English headers (src/shared/plan-columns.ts). */
    logHeaders: [...DECISION_LOG_HEADERS] as string[],
    /** What a later version writes into this record's Status and Superseded by fields. */
    supersededStatus: (p: { version: number; was: string }) =>
      `Superseded by v${p.version} (was ${p.was})`,
    supersededLink: (p: { id: string; version: number; sheet: string }) =>
      `${p.id} v${p.version}: '${p.sheet}'`,
    badge: (p: { quality: string; status: string; version: number }) =>
      `One-Pager · ${p.quality} · ${p.status} · v${p.version}`,
    statusWords: { Proposed: 'Proposed', Accepted: 'Accepted' } as Record<string, string>,
    qualityWords: { Draft: 'Draft', Reviewed: 'Reviewed' } as Record<string, string>,
    headings: {
      names: 'Name variants',
      quality: 'Quality / Updated / Source / COI',
      status: 'Decision status',
      context: 'Context',
      options: 'Options',
      decision: 'Decision',
      rationale: 'Rationale',
      risks: 'Risks',
      next: 'Next',
    },
    /** MADR 4.0's headings where the Markdown uses them instead of the record's. */
    madrHeadings: {
      context: 'Context and Problem Statement',
      options: 'Considered Options',
      decision: 'Decision Outcome',
    },
    labels: {
      english: 'English',
      quality: 'Quality',
      updated: 'Updated',
      source: 'Source',
      coi: 'COI',
      status: 'Status',
      date: 'Date',
      version: 'Version',
      decisionMakers: 'Decision makers',
      consulted: 'Consulted',
      informed: 'Informed',
      supersedes: 'Supersedes',
      supersededBy: 'Superseded by',
    },
    none: 'none',
    list: ', ',
    semi: '; ',
    arrow: ' → ',
    hours: (p: { n: string }) => `${p.n} hrs`,
    partners: (p: { n: number }) => partners(p.n),
    namesAndMore: (p: { names: string; more: number }) => `${p.names} and ${p.more} more`,
    atOrAbove: (p: { amount: string }) => `at or above ${p.amount}`,
    atOrBelow: (p: { amount: string }) => `at or below ${p.amount}`,
    /** The built-in criteria inside a sentence (CAC stays an acronym), and in a list of weights. */
    criteria: {
      capability: 'partner capability',
      comarketingBudget: 'co-marketing budget',
      enablementLoad: 'enablement load',
      sourcedRevenue: 'partner-sourced revenue',
      cac: 'CAC',
      coverageGap: 'coverage gap filled',
    } as Record<string, string>,
    criterionLabels: enCriteria() as Record<string, string>,
    methods: { minmax: 'min-max', topsis: 'TOPSIS' },
    column: (p: { column: number }) => `column ${p.column}`,
    weight: (p: { name: string; weight: number }) => `${p.name} ${p.weight}`,
    extraWeight: (p: { name: string; weight: number; direction: Side }) =>
      `${p.name} ${p.weight} (${p.direction} is better)`,
    handReason: (p: { name: string; reason: string }) => `${p.name} (${p.reason})`,
    context: `Context: when teams interpret ${OUTCOMES} and ${INPUTS} differently, decisions about partner channel prioritization become slow and inconsistent. Without a shared frame, the ${TRADEOFF} tradeoff stays implicit and accountability erodes. This record states the decision, its thresholds, owners and review dates so future reviews can challenge assumptions without restarting the debate.`,
    covers: (p: {
      partners: number;
      source: string;
      scored: number;
      criteria: string;
      unscorable: { insufficient: number; invalid: number } | null;
      byHand: { count: number; list: string } | null;
      method: string;
      weights: string;
    }) =>
      `This version covers ${partners(p.partners)} from ${p.source}: ${p.scored} scored on ${p.criteria}` +
      (p.unscorable
        ? `; ${p.unscorable.insufficient} with insufficient data and ${p.unscorable.invalid} with invalid values enter no wave until their data is fixed`
        : '') +
      (p.byHand ? `; ${p.byHand.count} excluded by hand: ${p.byHand.list}.` : '.') +
      ` Scoring method ${p.method} with weights ${p.weights}.`,
    partial: {
      none: 'Every ranked partner has a value for every weighted criterion, so no partner was scored on partial data.',
      required: 'complete data is required, so they enter no wave unless pinned by hand',
      allowed:
        'complete data is not required, so they may enter waves, their missing amounts counting as nothing in the wave totals',
      some: (p: {
        count: number;
        names: string;
        rule: string;
        inWave: number;
        inWaveNames: string;
      }) =>
        `${partners(p.count)} scored without some criteria (${p.names}): ${p.rule}; ${p.inWave} of them ${p.inWave === 1 ? 'is' : 'are'} in a wave${p.inWave ? ` (${p.inWaveNames})` : ''}.`,
    },
    rationale: `Rationale: Option B balances the ${TRADEOFF} tradeoff while preserving flexibility. It tests whether ${OUTCOMES} respond as expected to ${INPUTS} before committing to a full rollout, reducing the risk of locking in a costly path based on weak evidence. The phased approach also strengthens governance by keeping decision criteria explicit and reviewable.`,
    inNumbers: (p: { commitment: string }) =>
      `In numbers: ${p.commitment} Each next wave starts only after a GO, so what Option C commits at once Option B commits only as evidence comes in.`,
    byRank: (p: { n: number }) =>
      `the ${p.n} highest-ranked partner${p.n === 1 ? '' : 's'} eligible for a wave that fit its caps`,
    pinnedByHand: (p: { n: number; names: string }) =>
      `${partners(p.n)} pinned by hand (${p.names})`,
    and: ' and ',
    pilotTakes: (p: { wave: string; who: string; low: number; high: number; partial: string }) =>
      `The ${p.wave} takes ${p.who} (scores ${p.low} to ${p.high} of 100), so the first gate tests the strongest evidence at the smallest commitment. Partners with insufficient data or invalid values enter no wave. ${p.partial}`,
    staleRisk: (p: { days: number; escalation: string }) =>
      `Delayed data refresh can mask shifts in ${OUTCOMES} and cause late responses to emerging risks. Mitigation: every gate row carries a Data-as-of date; data older than ${p.days} days turns the gate STALE, its metric owner is told, and an unresolved STALE or STOP goes along the escalation path: ${p.escalation}.`,
    slippageRisk: (p: { reviews: string; checkIns: string; stops: number; decider: string }) =>
      `Execution slippage can erode confidence and widen ${TRADEOFF} costs before corrective action is taken. Mitigation: gate reviews on ${p.reviews}` +
      (p.checkIns ? ` with mid-wave check-ins on ${p.checkIns}` : '') +
      `; the next wave starts only after a GO, and the ${p.stops} stop conditions in the Decision end or pause the rollout, decided by ${p.decider}.`,
    userRisk: (p: { risk: string; mitigation: string }) => `${p.risk} Mitigation: ${p.mitigation}`,
    nextIntro:
      'Next: owners, baselines, trigger thresholds, the first review checkpoint, escalation and stop conditions, each with its owner and date.',
    nextItem: (p: { text: string; who: string; when: string }) =>
      `${p.text} Owner: ${p.who}. Due: ${p.when}.`,
    ownerOf: (p: { name: string; owner: string }) => `${p.name} ${p.owner}`,
    confirmOwners: (p: {
      metrics: string;
      capability: string;
      comarketingBudget: string;
      enablementLoad: string;
    }) =>
      `Confirm owners: ${p.metrics}; partner capability ${p.capability}, co-marketing budget ${p.comarketingBudget}, enablement load ${p.enablementLoad}.`,
    baselines: (p: { wave: string; values: string }) =>
      `Finalize baseline values for the ${p.wave}: ${p.values}.`,
    noBaselines: (p: { wave: string }) =>
      `Finalize baseline values for the ${p.wave}: the source gives none, so add its metrics with their baselines.`,
    publish: (p: { sheet: string }) =>
      `Publish trigger thresholds (GO and STOP per gate) in '${p.sheet}'.`,
    firstCheckpoint: (p: { checkIn: boolean; wave: string }) =>
      `Hold the first review checkpoint (${p.checkIn ? 'mid-wave check-in' : 'gate review'} of the ${p.wave}) and record actuals with their Data-as-of dates.`,
    confirmEscalation: (p: { path: string }) =>
      `Confirm the escalation path ${p.path} with everyone on it.`,
    reviewStops: (p: { wave: string }) =>
      `Review the stop conditions at each gate, first at the ${p.wave} gate review.`,
    decision: (p: { waves: number; weeks: number; start: string; end: string; sheet: string }) =>
      `Decision: Choose Option B. Run a phased pilot in ${p.waves} wave${p.waves > 1 ? 's' : ''} of ${p.weeks} weeks, from ${p.start} to the final gate review on ${p.end}. Validate assumptions for ${INPUTS}, confirm the ${OUTCOMES} baselines, and start each next wave only when its gate shows GO and the ${TRADEOFF} balance remains acceptable. Thresholds, owners, constraints and review dates are set out below and, live, in the sheet '${p.sheet}'.`,
    waveItem: (p: {
      name: string;
      wave: number;
      start: string;
      review: string;
      checkIn: string | null;
      partners: number;
      names: string;
      budget: string;
      hours: string;
      revenue: string;
    }) =>
      `${p.name} (wave ${p.wave}), ${p.start} to gate review ${p.review}` +
      (p.checkIn ? `, mid-wave check-in ${p.checkIn}` : '') +
      `: ${partners(p.partners)} (${p.names}); co-marketing budget of ${p.budget}, enablement of ${p.hours}, expected partner-sourced revenue of ${p.revenue}.`,
    noGate: (p: { wave: string; date: string }) =>
      `${p.wave} gate review ${p.date}: no gated metric (see the notes).`,
    gateMetric: (p: { metric: string; go: string; stop: string; owner: string }) =>
      `${p.metric} GO ${p.go}, STOP ${p.stop} (owner: ${p.owner})`,
    gateItem: (p: { wave: string; date: string; metrics: string }) =>
      `${p.wave} gate review ${p.date}: ${p.metrics}.`,
    owners: (p: {
      capability: string;
      comarketingBudget: string;
      enablementLoad: string;
      metrics: string;
      decider: string;
    }) =>
      `Owners: partner capability ${p.capability}; co-marketing budget ${p.comarketingBudget}; enablement load ${p.enablementLoad}; ${p.metrics}. Decision maker: ${p.decider}.`,
    budgetCap: (p: { amount: string }) => `pilot co-marketing budget at most ${p.amount}`,
    hoursCap: (p: { amount: string }) => `pilot enablement at most ${p.amount}`,
    staleAfter: (p: { days: number }) => `gate data older than ${p.days} days counts as STALE`,
    capsMoved: (p: { names: string }) => `the caps moved ${p.names} out of the pilot`,
    constraints: (p: { list: string }) => `Constraints: ${p.list}.`,
    pinnedTo: (p: { name: string; wave: string }) => `${p.name} to ${p.wave}`,
    pinned: (p: { list: string }) => `Pinned by hand: ${p.list}.`,
    excluded: (p: { list: string }) => `Excluded by hand: ${p.list}.`,
    ties: 'Ties: equal scores (as shown, to 0.1) are ordered by more complete data, then higher partner-sourced revenue, then name.',
    note: (p: { note: string }) => `Note: ${p.note}`,
    checkInOn: (p: { wave: string; date: string }) => `${p.wave} check-in ${p.date}`,
    gateOn: (p: { wave: string; date: string }) => `${p.wave} gate ${p.date}`,
    reviewDates: (p: { list: string }) => `Review dates: ${p.list}.`,
    stopCondition: (p: { condition: string }) => `Stop condition: ${p.condition}`,
    band: (p: { go: string[]; stop: string[] }) =>
      `the partner share of new revenue GO ${p.go.join(' and ')}, STOP ${p.stop.join(' or ')}`,
    noBand: 'no partner-share band (the plan has no partner-sourced revenue gate to divide)',
    waveBand: (p: { wave: string; band: string }) => `${p.wave}: ${p.band || 'no band'}`,
    guardrail: (p: { metric: string; go: string; stop: string; direct: string | null }) =>
      `${p.metric} GO ${p.go}, STOP ${p.stop}${p.direct ? ` (direct channel ${p.direct})` : ''}`,
    guardrails: (p: { list: string }) => `the control guardrails hold: ${p.list}`,
    noGuardrail:
      'no control guardrail was chosen (add them on the gates step: churn, direct touch, discount, forecast accuracy)',
    balance: (p: { band: string; guardrails: string }) =>
      `Proceed to each next wave only while the balance between scale via partners and direct control holds: ${p.band}; and ${p.guardrails}.`,
  };
}

/** The decision record's texts: every language returns this shape. */
export type RecordText = ReturnType<typeof enRecord>;
