/**
 * The decision record: the seed one-pager's structure (B0372), filled with this plan's
 * facts, plus what decision-record practice (MADR, Nygard) adds: status, date,
 * decision makers, consulted, informed and supersedes / superseded-by links.
 * Sources: M. Nygard, "Documenting Architecture Decisions" (2011) for status and
 * supersedes; MADR 4.0.0 (adr.github.io/madr) for decision-makers, consulted, informed.
 */

import type { RecordContent, RecordSection } from '../../shared/plan-types';
import { CRITERIA } from '../scoring/criteria';
import type { PlanFacts } from './plan-facts';
import { decision } from './record-decision';
import { commitmentSentence, optionItems } from './record-options';
import { handReason, partialDataSentence } from './record-partners';
import { sensitivityParagraphs } from './record-sensitivity';
import { namesOf, type RecordWriter, recordWriter } from './record-writer';

/** The seed one-pager's English name, for the English variant of a title written in Japanese. */
const SEED_ENGLISH_NAME = 'Partner Channel Prioritization Framework';
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]/;

const section = (
  heading: string,
  parts: Partial<Omit<RecordSection, 'heading'>>,
): RecordSection => ({
  heading,
  fields: parts.fields ?? [],
  paragraphs: parts.paragraphs ?? [],
  items: parts.items ?? [],
});

/**
 * The decision record of one plan version as sections (fields, paragraphs, items), in the seed
 * one-pager B0372's order (Name variants … Next) with a Decision status section added: status,
 * date, version, decision makers, consulted, informed (MADR 4.0 front matter) and Supersedes,
 * e.g. 'B0373 v1' (Nygard's status links); "Superseded by" is 'none' until a later version is
 * written. In the request's language (src/shared/i18n/record.ts): an English record dates its
 * fields 'YYYY-MM-DD' (`facts.today`) and its sentences 'Mon 30 Nov 2026'; a Japanese one
 * writes 2026年11月30日 (月) and yen as ¥1,200万 (metrics.ts japaneseAmount), and its English
 * name variant is the title when the title is not Japanese, else the seed's English name.
 * Options A–C are the seed's words; the Decision names waves, trigger thresholds, owners,
 * review dates and stop conditions, amounts in `facts.amounts`. Expects what buildPlan has
 * checked (at least one wave); throws nothing for valid facts.
 */
export function recordContent(facts: PlanFacts): RecordContent {
  const { request } = facts;
  const { record } = request;
  const language = request.language ?? 'en';
  const w = recordWriter(language, facts.amounts);
  const { t } = w;
  const day = language === 'en' ? facts.today : w.date(facts.today);
  const none = (text: string) => (text && text !== 'none' ? text : t.none);
  const list = (names: string[]) => (names.length ? names.join(t.list) : t.none);
  const english =
    language === 'en' || !JAPANESE.test(record.title) ? record.title : SEED_ENGLISH_NAME;
  const status = t.statusWords[record.status] ?? record.status;
  const quality = t.qualityWords[record.quality] ?? record.quality;
  return {
    id: record.id,
    version: facts.version,
    title: record.title,
    language,
    status: record.status,
    date: facts.today,
    badge: t.badge({ quality, status, version: facts.version }),
    sections: [
      section(t.headings.names, {
        fields: [
          { label: t.labels.english, value: `${record.id}: ${english}` },
          ...record.nameVariants.map((v) => ({ label: v.label, value: v.text })),
        ],
      }),
      section(t.headings.quality, {
        fields: [
          { label: t.labels.quality, value: quality },
          { label: t.labels.updated, value: day },
          { label: t.labels.source, value: record.source },
          { label: t.labels.coi, value: none(record.conflictOfInterest) },
        ],
      }),
      section(t.headings.status, {
        fields: [
          { label: t.labels.status, value: status },
          { label: t.labels.date, value: day },
          { label: t.labels.version, value: `v${facts.version}` },
          { label: t.labels.decisionMakers, value: request.people.decisionMaker },
          { label: t.labels.consulted, value: list(request.people.consulted) },
          { label: t.labels.informed, value: list(request.people.informed) },
          { label: t.labels.supersedes, value: facts.supersedes ?? t.none },
          { label: t.labels.supersededBy, value: t.none },
        ],
      }),
      section(t.headings.context, { paragraphs: context(facts, w) }),
      section(t.headings.options, { items: optionItems(facts, w) }),
      section(t.headings.decision, decision(facts, w)),
      section(t.headings.rationale, { paragraphs: rationale(facts, w) }),
      section(t.headings.risks, { items: risks(facts, w) }),
      section(t.headings.next, { paragraphs: [t.nextIntro], items: next(facts, w) }),
    ],
  };
}

function context(facts: PlanFacts, w: RecordWriter): string[] {
  const { request, counts } = facts;
  const { t } = w;
  const criteria = CRITERIA.filter((c) => request.source.columns[c.id] !== undefined).map(
    (c) => t.criteria[c.id],
  );
  const extras = (request.reading?.extraCriteria ?? []).map((e) => {
    const name = facts.extraNames[`extra:${e.column}`] ?? t.column({ column: e.column });
    return { name, text: t.extraWeight({ name, weight: e.weight, direction: e.direction }) };
  });
  criteria.push(...extras.map((e) => e.name));
  const weights = [
    ...CRITERIA.map((c) =>
      t.weight({ name: t.criterionLabels[c.id], weight: request.scoring.weights[c.id] }),
    ),
    ...extras.map((e) => e.text),
  ].join(t.list);
  const byHand = facts.partners.filter((p) => p.status === 'excluded');
  const exclusions = request.partners.exclusions;
  const paragraphs = [
    t.context,
    t.covers({
      partners: counts.rows,
      source: request.record.source,
      scored: counts.scored,
      criteria: criteria.join(t.list),
      unscorable:
        counts.insufficient + counts.invalid > 0
          ? { insufficient: counts.insufficient, invalid: counts.invalid }
          : null,
      byHand: byHand.length
        ? {
            count: byHand.length,
            list: byHand
              .map((p) => t.handReason({ name: p.name, reason: handReason(exclusions, p) }))
              .join(t.semi),
          }
        : null,
      method: t.methods[request.scoring.method],
      weights,
    }),
    partialDataSentence(w, facts.partners, request.partners.requireCompleteData),
  ];
  if (request.record.context.trim()) paragraphs.push(request.record.context.trim());
  return paragraphs;
}

function rationale(facts: PlanFacts, w: RecordWriter): string[] {
  const { t } = w;
  const pilot = facts.partners.filter((p) => p.wave === 1);
  const byRank = pilot.filter((p) => !p.pinned);
  const pinned = pilot.filter((p) => p.pinned);
  const scores = pilot.map((p) => p.score ?? 0);
  const who = [
    byRank.length ? t.byRank({ n: byRank.length }) : '',
    pinned.length ? t.pinnedByHand({ n: pinned.length, names: namesOf(w, pinned) }) : '',
  ]
    .filter(Boolean)
    .join(t.and);
  return [
    t.rationale,
    t.inNumbers({ commitment: commitmentSentence(facts, w) }),
    t.pilotTakes({
      wave: facts.waves[0].name,
      who,
      low: Math.round(Math.min(...scores)),
      high: Math.round(Math.max(...scores)),
      partial: partialDataSentence(w, facts.partners, facts.request.partners.requireCompleteData),
    }),
    ...sensitivityParagraphs(facts, facts.request.waves.names, pinned.length, w),
  ];
}

function risks(facts: PlanFacts, w: RecordWriter): string[] {
  const { request, waves } = facts;
  const { t } = w;
  const checkIns = waves.flatMap((v) => (v.midCheckIn ? [w.date(v.midCheckIn)] : []));
  return [
    t.staleRisk({
      days: request.gateSettings.staleAfterDays,
      escalation: request.people.escalation.join(t.arrow),
    }),
    t.slippageRisk({
      reviews: waves.map((v) => w.date(v.gateReview)).join(t.list),
      checkIns: checkIns.join(t.list),
      stops: facts.stopConditions.length,
      decider: request.people.decisionMaker,
    }),
    ...request.record.risks.map((r) =>
      t.userRisk({ risk: r.risk.trim(), mitigation: r.mitigation.trim() }),
    ),
  ];
}

function next(facts: PlanFacts, w: RecordWriter): string[] {
  const { request, waves } = facts;
  const { people } = request;
  const { t } = w;
  const start = w.date(waves[0].start);
  const owner = (kind: string) =>
    request.metrics.find((m) => m.kind === kind)?.owner ?? people.decisionMaker;
  const pilotGates = facts.gates.filter((g) => g.wave === 1 && g.baseline !== null);
  const firstCheckpoint = waves[0].midCheckIn ?? waves[0].gateReview;
  const item = (text: string, who: string, when: string) => t.nextItem({ text, who, when });
  const wave = waves[0].name;
  return [
    item(
      t.confirmOwners({
        metrics: request.metrics
          .map((m) => t.ownerOf({ name: m.name, owner: m.owner }))
          .join(t.list),
        ...people.inputOwners,
      }),
      people.decisionMaker,
      start,
    ),
    item(
      pilotGates.length
        ? t.baselines({
            wave,
            values: pilotGates
              .map((g) => `${g.metric} ${w.amount(g.baseline ?? 0, g.unit)}`)
              .join(t.list),
          })
        : t.noBaselines({ wave }),
      owner('cac'),
      start,
    ),
    item(t.publish({ sheet: facts.planSheetName }), people.decisionMaker, start),
    item(
      t.firstCheckpoint({ checkIn: Boolean(waves[0].midCheckIn), wave }),
      owner('sourcedRevenue'),
      w.date(firstCheckpoint),
    ),
    item(
      t.confirmEscalation({ path: people.escalation.join(t.arrow) }),
      people.escalation[0],
      start,
    ),
    item(t.reviewStops({ wave }), people.decisionMaker, w.date(waves[0].gateReview)),
  ];
}
