/**
 * The decision record's Decision section: Option B, the conditions to proceed (the
 * balance), the commitment in numbers and every wave, gate, owner and stop condition.
 */

import type { RecordSection } from '../../shared/plan-types';
import type { PlanFacts } from './plan-facts';
import { balanceConditions } from './record-balance';
import { commitmentSentence } from './record-options';
import { handReason } from './record-partners';
import { namesOf, type RecordWriter, sideInWords } from './record-writer';

function gateItems(facts: PlanFacts, w: RecordWriter): string[] {
  const { t } = w;
  return facts.waves.map((wave) => {
    const rows = facts.gates.filter((g) => g.wave === wave.wave && g.checkpoint === 'gateReview');
    const date = w.date(wave.gateReview);
    if (!rows.length) return t.noGate({ wave: wave.name, date });
    const metrics = rows.map((g) =>
      t.gateMetric({
        metric: g.metric,
        go: sideInWords(w, 'go', g.direction, g.goAt, g.unit),
        stop: sideInWords(w, 'stop', g.direction, g.stopAt, g.unit),
        owner: g.owner,
      }),
    );
    return t.gateItem({ wave: wave.name, date, metrics: metrics.join(t.semi) });
  });
}

/**
 * The Decision section: Option B with its waves, the balance as the condition to proceed
 * (the partner-share band and the control guardrails), what B commits before its first
 * gate review against C, then each wave, gate, owner, constraint, note, review date and
 * stop condition as an item. Amounts in `facts.currency`, words in `w`'s language.
 */
export function decision(facts: PlanFacts, w: RecordWriter): Partial<RecordSection> {
  const { request, waves } = facts;
  const { people } = request;
  const { t } = w;
  const first = waves[0];
  const last = waves[waves.length - 1];
  const paragraphs = [
    t.decision({
      waves: waves.length,
      weeks: request.schedule.waveWeeks,
      start: w.date(first.start),
      end: w.date(last.gateReview),
      sheet: facts.planSheetName,
    }),
    balanceConditions(facts.gates, w),
    commitmentSentence(facts, w),
  ];
  const waveItems = waves.map((v) => {
    const members = facts.partners.filter((p) => p.wave === v.wave);
    return t.waveItem({
      name: v.name,
      wave: v.wave,
      start: w.date(v.start),
      review: w.date(v.gateReview),
      checkIn: v.midCheckIn ? w.date(v.midCheckIn) : null,
      partners: v.partners,
      names: namesOf(w, members),
      budget: w.sum(v.comarketingBudget, 'currency'),
      hours: w.sum(v.enablementLoad, 'hours'),
      revenue: w.sum(v.expectedRevenue, 'currency'),
    });
  });
  const caps = request.waves.pilotCaps;
  const constraints: string[] = [];
  if (caps.comarketingBudget !== null)
    constraints.push(t.budgetCap({ amount: w.money(caps.comarketingBudget) }));
  if (caps.enablementLoad !== null)
    constraints.push(t.hoursCap({ amount: w.hours(caps.enablementLoad) }));
  constraints.push(t.staleAfter({ days: request.gateSettings.staleAfterDays }));
  const capped = facts.partners.filter((p) => p.movedByCaps);
  if (capped.length) constraints.push(t.capsMoved({ names: namesOf(w, capped) }));
  const pinned = facts.partners.filter((p) => p.pinned);
  const byHand = facts.partners.filter((p) => p.status === 'excluded');
  const exclusions = request.partners.exclusions;
  const items = [
    ...waveItems,
    ...gateItems(facts, w),
    t.owners({
      ...people.inputOwners,
      metrics: request.metrics.map((m) => t.ownerOf({ name: m.name, owner: m.owner })).join(t.semi),
      decider: people.decisionMaker,
    }),
    t.constraints({ list: constraints.join(t.semi) }),
    t.pinned({
      list: pinned.length
        ? pinned
            .map((p) => t.pinnedTo({ name: p.name, wave: request.waves.names[(p.wave ?? 1) - 1] }))
            .join(t.semi)
        : t.none,
    }),
    t.excluded({
      list: byHand.length
        ? byHand
            .map((p) => t.handReason({ name: p.name, reason: handReason(exclusions, p) }))
            .join(t.semi)
        : t.none,
    }),
    t.ties,
    ...facts.notes.map((note) => t.note({ note })),
    t.reviewDates({
      list: facts.waves
        .flatMap((v) => [
          v.midCheckIn ? t.checkInOn({ wave: v.name, date: w.date(v.midCheckIn) }) : '',
          t.gateOn({ wave: v.name, date: w.date(v.gateReview) }),
        ])
        .filter(Boolean)
        .join(t.semi),
    }),
    ...facts.stopConditions.map((condition) => t.stopCondition({ condition })),
  ];
  return { paragraphs, items };
}
