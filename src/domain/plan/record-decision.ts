/**
 * The decision record's Decision section: Option B, the conditions to proceed (the
 * balance), the commitment in numbers and every wave, gate, owner and stop condition.
 */

import { sentenceText } from '../../shared/i18n/sentences';
import type { RecordSection } from '../../shared/plan-types';
import { longDate } from '../calendar';
import { formatAmount, goInWords, stopInWords } from './metrics';
import type { PlanFacts } from './plan-facts';
import { balanceConditions } from './record-balance';
import { commitmentSentence } from './record-options';
import { namesOf, partnersCount } from './record-partners';
import { INPUTS, OUTCOMES, TRADEOFF } from './record-words';

function gateItems(facts: PlanFacts): string[] {
  return facts.waves.map((wave) => {
    const rows = facts.gates.filter((g) => g.wave === wave.wave && g.checkpoint === 'gateReview');
    if (!rows.length)
      return `${wave.name} gate review ${longDate(wave.gateReview)}: no gated metric (see the notes).`;
    const metrics = rows.map(
      (g) =>
        `${g.metric} GO ${goInWords(g.direction, g.goAt, g.unit, facts.currency)}, STOP ${stopInWords('', g.direction, g.stopAt, g.unit, facts.currency).trim()} (owner: ${g.owner})`,
    );
    return `${wave.name} gate review ${longDate(wave.gateReview)}: ${metrics.join('; ')}.`;
  });
}

/**
 * The Decision section: Option B with its waves, the balance as the condition to proceed
 * (the partner-share band and the control guardrails), what B commits before its first
 * gate review against C, then each wave, gate, owner, constraint, note, review date and
 * stop condition as an item. Amounts in `facts.currency`.
 */
export function decision(facts: PlanFacts): Partial<RecordSection> {
  const { request, waves } = facts;
  const { people } = request;
  const first = waves[0];
  const last = waves[waves.length - 1];
  const paragraphs = [
    `Decision: Choose Option B. Run a phased pilot in ${waves.length} wave${waves.length > 1 ? 's' : ''} of ${request.schedule.waveWeeks} weeks, from ${longDate(first.start)} to the final gate review on ${longDate(last.gateReview)}. Validate assumptions for ${INPUTS}, confirm the ${OUTCOMES} baselines, and start each next wave only when its gate shows GO and the ${TRADEOFF} balance remains acceptable. Thresholds, owners, constraints and review dates are set out below and, live, in the sheet '${facts.planSheetName}'.`,
    balanceConditions(facts.gates, facts.currency),
    commitmentSentence(facts),
  ];
  const waveItems = waves.map((w) => {
    const members = facts.partners.filter((p) => p.wave === w.wave);
    return (
      `${w.name} (wave ${w.wave}), ${longDate(w.start)} to gate review ${longDate(w.gateReview)}` +
      (w.midCheckIn ? `, mid-wave check-in ${longDate(w.midCheckIn)}` : '') +
      `: ${partnersCount(w.partners)} (${namesOf(members)}); co-marketing budget ${formatAmount(w.comarketingBudget, 'currency', facts.currency)}, enablement ${formatAmount(w.enablementLoad, 'hours')}, expected partner-sourced revenue ${formatAmount(w.expectedRevenue, 'currency', facts.currency)}.`
    );
  });
  const caps = request.waves.pilotCaps;
  const constraints: string[] = [];
  if (caps.comarketingBudget !== null)
    constraints.push(
      `pilot co-marketing budget at most ${formatAmount(caps.comarketingBudget, 'currency', facts.currency)}`,
    );
  if (caps.enablementLoad !== null)
    constraints.push(`pilot enablement at most ${formatAmount(caps.enablementLoad, 'hours')}`);
  constraints.push(
    `gate data older than ${request.gateSettings.staleAfterDays} days counts as STALE`,
  );
  const capped = facts.partners.filter((p) => p.reason.includes('moved out of'));
  if (capped.length) constraints.push(`the caps moved ${namesOf(capped)} out of the pilot`);
  const pinned = facts.partners.filter((p) => p.pinned);
  const byHand = facts.partners.filter((p) => p.status === 'excluded');
  const items = [
    ...waveItems,
    ...gateItems(facts),
    `Owners: partner capability ${people.inputOwners.capability}; co-marketing budget ${people.inputOwners.comarketingBudget}; enablement load ${people.inputOwners.enablementLoad}; ${request.metrics.map((m) => `${m.name} ${m.owner}`).join('; ')}. Decision maker: ${people.decisionMaker}.`,
    `Constraints: ${constraints.join('; ')}.`,
    `Pinned by hand: ${pinned.length ? pinned.map((p) => `${p.name} to ${request.waves.names[(p.wave ?? 1) - 1]}`).join('; ') : 'none'}.`,
    `Excluded by hand: ${byHand.length ? byHand.map((p) => `${p.name} (${p.reason.replace(/^Excluded by hand: /, '')})`).join('; ') : 'none'}.`,
    `Ties: ${sentenceText('en').ties.rule}.`,
    ...facts.notes.map((n) => `Note: ${n}`),
    `Review dates: ${facts.waves
      .flatMap((w) => [
        w.midCheckIn ? `${w.name} check-in ${longDate(w.midCheckIn)}` : '',
        `${w.name} gate ${longDate(w.gateReview)}`,
      ])
      .filter(Boolean)
      .join('; ')}.`,
    ...facts.stopConditions.map((s) => `Stop condition: ${s}`),
  ];
  return { paragraphs, items };
}
