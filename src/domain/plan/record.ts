/**
 * The decision record: the seed one-pager's structure (B0372), filled with this plan's
 * facts, plus what decision-record practice (MADR, Nygard) adds: status, date,
 * decision makers, consulted, informed and supersedes / superseded-by links.
 * Sources: M. Nygard, "Documenting Architecture Decisions" (2011) for status and
 * supersedes; MADR 4.0.0 (adr.github.io/madr) for decision-makers, consulted, informed.
 */

import type { RecordContent, RecordSection } from '../../shared/plan-types';
import { longDate } from '../calendar';
import { CRITERIA } from '../scoring/criteria';
import { formatAmount } from './metrics';
import type { PlanFacts } from './plan-facts';
import { decision } from './record-decision';
import { commitmentSentence, optionItems } from './record-options';
import { namesOf, partialDataSentence, partnersCount } from './record-partners';
import { INPUTS, OUTCOMES, TRADEOFF } from './record-words';

const section = (
  heading: string,
  parts: Partial<Omit<RecordSection, 'heading'>>,
): RecordSection => ({
  heading,
  fields: parts.fields ?? [],
  paragraphs: parts.paragraphs ?? [],
  items: parts.items ?? [],
});

const list = (names: string[]) => (names.length ? names.join(', ') : 'none');

/**
 * The decision record of one plan version as sections (fields, paragraphs, items), in the seed
 * one-pager B0372's order (Name variants … Next) with a Decision status section added: status,
 * date ('YYYY-MM-DD', `facts.today`), version, decision makers, consulted, informed (MADR 4.0
 * front matter) and Supersedes, e.g. 'B0373 v1' (Nygard's status links); "Superseded by" is
 * 'none' until a later version is written. Options A–C are the seed's words; the Decision names
 * waves, trigger thresholds, owners, review dates and stop conditions, amounts in `facts.currency`.
 * Expects what buildPlan has checked (at least one wave); throws nothing for valid facts.
 */
export function recordContent(facts: PlanFacts): RecordContent {
  const { request } = facts;
  const { record } = request;
  return {
    id: record.id,
    version: facts.version,
    title: record.title,
    badge: `One-Pager · ${record.quality} · ${record.status} · v${facts.version}`,
    sections: [
      section('Name variants', {
        fields: [
          { label: 'English', value: `${record.id}: ${record.title}` },
          ...record.nameVariants.map((v) => ({ label: v.label, value: v.text })),
        ],
      }),
      section('Quality / Updated / Source / COI', {
        fields: [
          { label: 'Quality', value: record.quality },
          { label: 'Updated', value: facts.today },
          { label: 'Source', value: record.source },
          { label: 'COI', value: record.conflictOfInterest || 'none' },
        ],
      }),
      section('Decision status', {
        fields: [
          { label: 'Status', value: record.status },
          { label: 'Date', value: facts.today },
          { label: 'Version', value: `v${facts.version}` },
          { label: 'Decision makers', value: request.people.decisionMaker },
          { label: 'Consulted', value: list(request.people.consulted) },
          { label: 'Informed', value: list(request.people.informed) },
          { label: 'Supersedes', value: facts.supersedes ?? 'none' },
          { label: 'Superseded by', value: 'none' },
        ],
      }),
      section('Context', { paragraphs: context(facts) }),
      section('Options', { items: optionItems(facts) }),
      section('Decision', decision(facts)),
      section('Rationale', { paragraphs: rationale(facts) }),
      section('Risks', { items: risks(facts) }),
      section('Next', { paragraphs: [nextIntro], items: next(facts) }),
    ],
  };
}

const nextIntro = `Next: owners, baselines, trigger thresholds, the first review checkpoint, escalation and stop conditions, each with its owner and date.`;

function context(facts: PlanFacts): string[] {
  const { request, counts } = facts;
  // Lower-case for the sentence, but CAC stays an acronym.
  const criteria = CRITERIA.filter((c) => request.source.columns[c.id] !== undefined).map((c) =>
    c.label === c.label.toUpperCase() ? c.label : c.label.toLowerCase(),
  );
  const extras = (request.reading?.extraCriteria ?? []).map((e) => {
    const name = facts.extraNames[`extra:${e.column}`] ?? `column ${e.column}`;
    return { name, text: `${name} ${e.weight} (${e.direction} is better)` };
  });
  criteria.push(...extras.map((e) => e.name));
  const weights = [
    ...CRITERIA.map((c) => `${c.label} ${request.scoring.weights[c.id]}`),
    ...extras.map((e) => e.text),
  ].join(', ');
  const byHand = facts.partners.filter((p) => p.status === 'excluded');
  const unscorable =
    counts.insufficient + counts.invalid > 0
      ? `; ${counts.insufficient} with insufficient data and ${counts.invalid} with invalid values enter no wave until their data is fixed`
      : '';
  const paragraphs = [
    `Context: when teams interpret ${OUTCOMES} and ${INPUTS} differently, decisions about partner channel prioritization become slow and inconsistent. Without a shared frame, the ${TRADEOFF} tradeoff stays implicit and accountability erodes. This record states the decision, its thresholds, owners and review dates so future reviews can challenge assumptions without restarting the debate.`,
    `This version covers ${partnersCount(counts.rows)} from ${request.record.source}: ${counts.scored} scored on ${criteria.join(', ')}${unscorable}` +
      (byHand.length
        ? `; ${byHand.length} excluded by hand: ${byHand.map((p) => `${p.name} (${p.reason.replace(/^Excluded by hand: /, '')})`).join('; ')}.`
        : '.') +
      ` Scoring method ${request.scoring.method === 'topsis' ? 'TOPSIS' : 'min-max'} with weights ${weights}.`,
    partialDataSentence(facts.partners, facts.request.partners.requireCompleteData),
  ];
  if (request.record.context.trim()) paragraphs.push(request.record.context.trim());
  return paragraphs;
}

function rationale(facts: PlanFacts): string[] {
  const pilot = facts.partners.filter((p) => p.wave === 1);
  const byRank = pilot.filter((p) => !p.pinned);
  const pinned = pilot.filter((p) => p.pinned);
  const scores = pilot.map((p) => p.score ?? 0);
  const who = [
    byRank.length
      ? `the ${partnersCount(byRank.length).replace(' partner', ' highest-ranked partner')} eligible for a wave that fit its caps`
      : '',
    pinned.length ? `${partnersCount(pinned.length)} pinned by hand (${namesOf(pinned)})` : '',
  ]
    .filter(Boolean)
    .join(' and ');
  const paragraphs = [
    `Rationale: Option B balances the ${TRADEOFF} tradeoff while preserving flexibility. It tests whether ${OUTCOMES} respond as expected to ${INPUTS} before committing to a full rollout, reducing the risk of locking in a costly path based on weak evidence. The phased approach also strengthens governance by keeping decision criteria explicit and reviewable.`,
    `In numbers: ${commitmentSentence(facts)} Each next wave starts only after a GO, so what Option C commits at once Option B commits only as evidence comes in.`,
    `The ${facts.waves[0].name} takes ${who} (scores ${Math.round(Math.min(...scores))} to ${Math.round(Math.max(...scores))} of 100), so the first gate tests the strongest evidence at the smallest commitment. Partners with insufficient data or invalid values enter no wave. ${partialDataSentence(facts.partners, facts.request.partners.requireCompleteData)}`,
  ];
  return paragraphs;
}

function risks(facts: PlanFacts): string[] {
  const { request, waves } = facts;
  const escalation = request.people.escalation.join(' → ');
  const reviews = waves.map((w) => longDate(w.gateReview)).join(', ');
  const checkIns = waves.flatMap((w) => (w.midCheckIn ? [longDate(w.midCheckIn)] : []));
  return [
    `Delayed data refresh can mask shifts in ${OUTCOMES} and cause late responses to emerging risks. Mitigation: every gate row carries a Data-as-of date; data older than ${request.gateSettings.staleAfterDays} days turns the gate STALE, its metric owner is told, and an unresolved STALE or STOP goes along the escalation path: ${escalation}.`,
    `Execution slippage can erode confidence and widen ${TRADEOFF} costs before corrective action is taken. Mitigation: gate reviews on ${reviews}` +
      (checkIns.length ? ` with mid-wave check-ins on ${checkIns.join(', ')}` : '') +
      `; the next wave starts only after a GO, and the ${facts.stopConditions.length} stop conditions in the Decision end or pause the rollout, decided by ${request.people.decisionMaker}.`,
    ...request.record.risks.map((r) => `${r.risk.trim()} Mitigation: ${r.mitigation.trim()}`),
  ];
}

function next(facts: PlanFacts): string[] {
  const { request, waves } = facts;
  const { people } = request;
  const start = longDate(waves[0].start);
  const owner = (kind: string) =>
    request.metrics.find((m) => m.kind === kind)?.owner ?? people.decisionMaker;
  const pilotGates = facts.gates.filter((g) => g.wave === 1 && g.baseline !== null);
  const firstCheckpoint = waves[0].midCheckIn ?? waves[0].gateReview;
  const item = (text: string, who: string, when: string) => `${text} Owner: ${who}. Due: ${when}.`;
  return [
    item(
      `Confirm owners: ${request.metrics.map((m) => `${m.name} ${m.owner}`).join(', ')}; partner capability ${people.inputOwners.capability}, co-marketing budget ${people.inputOwners.comarketingBudget}, enablement load ${people.inputOwners.enablementLoad}.`,
      people.decisionMaker,
      start,
    ),
    item(
      pilotGates.length
        ? `Finalize baseline values for the ${waves[0].name}: ${pilotGates.map((g) => `${g.metric} ${formatAmount(g.baseline ?? 0, g.unit, facts.currency)}`).join(', ')}.`
        : `Finalize baseline values for the ${waves[0].name}: the source gives none, so add its metrics with their baselines.`,
      owner('cac'),
      start,
    ),
    item(
      `Publish trigger thresholds (GO and STOP per gate) in '${facts.planSheetName}'.`,
      people.decisionMaker,
      start,
    ),
    item(
      `Hold the first review checkpoint (${waves[0].midCheckIn ? 'mid-wave check-in' : 'gate review'} of the ${waves[0].name}) and record actuals with their Data-as-of dates.`,
      owner('sourcedRevenue'),
      longDate(firstCheckpoint),
    ),
    item(
      `Confirm the escalation path ${people.escalation.join(' → ')} with everyone on it.`,
      people.escalation[0],
      start,
    ),
    item(
      `Review the stop conditions at each gate, first at the ${waves[0].name} gate review.`,
      people.decisionMaker,
      longDate(waves[0].gateReview),
    ),
  ];
}
