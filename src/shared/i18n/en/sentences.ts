/**
 * The plan's sentences in English: its notes, stop conditions, review calendar events,
 * each partner's reason and what would admit it, the gate messages beside the fields, and
 * the weight sensitivity in words (src/domain/plan). Each is a function of its values, so
 * Japanese orders them its own way; the plan sheet's labels are in plan.ts.
 */
import { planText } from '../plan';

/** A criterion's name inside a sentence: lower case, but CAC. */
const midSentence = (label: string) => (label === 'CAC' ? label : label.toLowerCase());

/** The plan's sentences in English. */
export function enSentences() {
  const criteria = planText('en').criteria;
  return {
    /** A partner's reason with one more sentence after it. */
    followedBy: (p: { reason: string; next: string }) =>
      p.reason ? `${p.reason} ${p.next}` : p.next,
    list: (p: { items: string[] }) => p.items.join(', '),
    /** The criteria as a sentence names them at its start or alone. */
    criteria,
    /** The criteria inside a sentence. */
    criteriaInSentence: {
      capability: midSentence(criteria.capability),
      comarketingBudget: midSentence(criteria.comarketingBudget),
      enablementLoad: midSentence(criteria.enablementLoad),
      sourcedRevenue: midSentence(criteria.sourcedRevenue),
      cac: midSentence(criteria.cac),
      coverageGap: midSentence(criteria.coverageGap),
    },
    hours: (p: { n: string }) => `${p.n} hrs`,
    periods: {
      annual: (p: { columns: string[]; weeks: number }) =>
        `${p.columns.join(', ')}: annual in the source, pro-rated to each ${p.weeks}-week wave (× ${p.weeks}/52)`,
      perWave: (p: { columns: string[] }) =>
        `${p.columns.join(', ')}: per wave in the source, taken as is`,
      note: (p: { parts: string[] }) =>
        `Periods: ${p.parts.join('; ')}. Every wave amount and threshold is for one wave.`,
      /** A money column's header names a magnitude: `Revenue ($M)` with power 6. */
      scaled: (p: { header: string; power: number }) =>
        `${p.header} is read in ${['thousands', 'ten thousands', 'lakhs', 'millions', 'crores', 'hundred millions', 'billions'][p.power - 3]}.`,
    },
    missingColumn: (p: { column: string; metric: string }) =>
      `No ${p.column} column, so no ${p.metric} gate: add the column, or add the metric by hand with its GO and STOP.`,
    /** A wave's sum of an amount column that leaves out partners without a value. */
    partialSum: (p: { wave: string; column: string; known: number; missing: number }) =>
      `${p.wave}: ${p.column} sums ${p.known} partner${p.known === 1 ? '' : 's'}; ${p.missing} more ${p.missing === 1 ? 'has' : 'have'} no value, so the figure and thresholds derived from it leave ${p.missing === 1 ? 'it' : 'them'} out.`,
    gates: {
      noBaselineControl: (p: { metric: string; wave: string }) =>
        `${p.metric} has no baseline for ${p.wave}. Type the direct channel’s level of it, or GO and STOP, or remove the guardrail.`,
      noBaseline: (p: { metric: string; wave: string }) =>
        `${p.metric} has no baseline for ${p.wave}: the source has no data for it. Enter the baseline, or GO and STOP, or remove the metric.`,
      noGateControl: (p: { metric: string; wave: string }) =>
        `${p.wave} has no ${p.metric} gate: type the direct channel’s level of it (or GO and STOP) on the gates step to add one.`,
      noGateNoData: (p: { metric: string; wave: string }) =>
        `${p.wave} has no ${p.metric} gate: its partners have no data for it. Enter a baseline, or GO and STOP, on the gates step to add one.`,
      noGateEqual: (p: { metric: string; wave: string; baseline: string }) =>
        `${p.wave} has no ${p.metric} gate: its baseline ${p.baseline} gives GO and STOP that are equal as shown. Enter GO and STOP on the gates step to add one.`,
      noCheckIn: (p: { metric: string; wave: string }) =>
        `${p.wave} has no ${p.metric} check-in: scaled down to the check-in, its GO and STOP would show as the same number. It is judged at the gate review only.`,
      checkpoints: { checkIn: 'mid-wave check-in', gateReview: 'gate review' },
      noShare: (p: { wave: string; checkpoint: string }) =>
        `${p.wave} judges no partner share at its ${p.checkpoint}: the share divides the Partner-sourced revenue Actual of the same checkpoint, which it lacks. Add the Partner-sourced revenue metric (or its column) to judge the share.`,
    },
    calendar: { waveStart: 'Wave start' },
    stop: {
      atOrAbove: (p: { amount: string }) => `at or above ${p.amount}`,
      atOrBelow: (p: { amount: string }) => `at or below ${p.amount}`,
      /** A metric at its STOP side; `metric` may be '' where the sentence named it already. */
      metricAt: (p: { metric: string; side: string }) => `${p.metric} ${p.side}`.trim(),
      band: (p: { sides: string[] }) =>
        `the partner share of new revenue leaves the band at STOP level (${p.sides.join(' or ')})`,
      next: (p: { next: string; who: string }) =>
        `${p.next} does not start until ${p.who} decides to fix, pause or end the pilot`,
      last: (p: { who: string }) => `no further scaling until ${p.who} decides`,
      condition: (p: { wave: string; date: string; thresholds: string[]; consequence: string }) =>
        `${p.wave} gate review ${p.date}: STOP if ${p.thresholds.join(', or ')}; ${p.consequence}.`,
      noThreshold: (p: { wave: string; date: string; who: string; next: string }) =>
        `${p.wave} gate review ${p.date}: no metric has a STOP threshold for this wave; ${p.who} decides whether ${p.next ? `${p.next} starts` : 'to scale further'}.`,
    },
    ties: {
      rule: 'equal scores (as shown, to 0.1) are ordered by more complete data, then higher partner-sourced revenue, then name',
      by: {
        complete: 'more complete data',
        revenue: 'higher partner-sourced revenue',
        name: 'name',
        row: 'sheet row',
      },
      noWave: 'no wave',
      tied: (p: { score: string; other: string; rule: string }) =>
        `Tied at ${p.score} with ${p.other}, who goes first by ${p.rule}.`,
      note: (p: {
        score: string;
        first: string;
        firstWave: string;
        second: string;
        secondWave: string;
        rule: string;
        tieRule: string;
      }) =>
        `Tie at ${p.score}: ${p.first} goes to ${p.firstWave} and ${p.second} to ${p.secondWave}, by ${p.rule} (the tie rule: ${p.tieRule}).`,
    },
    reasons: {
      excluded: (p: { reason: string }) => `Excluded by hand: ${p.reason}`,
      admitExcluded: 'Switch the exclusion off on the data step.',
      scoredWithout: (p: { criteria: string[]; row: number }) =>
        `Scored without ${p.criteria.join(', ')} (no value in row ${p.row}).`,
      completeRequired: 'Complete data is required, so it enters no wave.',
      admitComplete: (p: { criteria: string[]; row: number }) =>
        `Enter ${p.criteria.join(', ')} in row ${p.row}, or allow partial data on the data step.`,
      pinned: (p: { wave: string; rank: number }) =>
        `Pinned to ${p.wave} by hand (ranked #${p.rank}).`,
      insufficient: (p: { missing: string[] }) =>
        `INSUFFICIENT DATA: no value for ${p.missing.join(', ')}.`,
      admitInsufficient: (p: { missing: string[]; row: number }) =>
        `Enter ${p.missing.join(', ')} in row ${p.row}.`,
      admitInvalid: (p: { column: string; row: number }) =>
        `Correct ${p.column} in row ${p.row} to a number.`,
      movedOut: (p: { rank: number; wave: string; why: string }) =>
        `Ranked #${p.rank} but moved out of ${p.wave}: ${p.why}.`,
      /** A moved-out partner's reason once a later wave takes it. */
      inWave: (p: { reason: string; wave: string }) =>
        String(p.reason).replace(/\.$/, `; in ${p.wave}.`),
      beyond: (p: { rank: number }) => `Ranked #${p.rank}, beyond the partners the waves take.`,
      admitBeyond: 'Raise the wave counts, rank higher than the last partner in a wave, or pin it.',
      budgetUnknown: 'its co-marketing budget is unknown, so the budget cap cannot be checked',
      budgetCap: (p: { cap: string }) =>
        `the pilot's co-marketing budget cap of ${p.cap} would be exceeded`,
      loadUnknown: 'its enablement load is unknown, so the enablement cap cannot be checked',
      loadCap: (p: { cap: string }) =>
        `the pilot's enablement cap of ${p.cap} hours would be exceeded`,
    },
    /** Field errors and warnings of building the plan, shown beside the sidebar's fields. */
    messages: {
      noRows: (p: { sheet: string; headerRow: number }) =>
        `'${p.sheet}' has no partner rows below header row ${p.headerRow}. Choose the sheet and header row of the partner table.`,
      noneScored: (p: { rows: number; insufficient: number; invalid: number }) =>
        `None of the ${p.rows} partners can be scored: ${p.insufficient} have insufficient data and ${p.invalid} have invalid values. Fill in or correct the criterion values (see the excluded partners), or map other columns.`,
      pastStart: (p: { start: string }) => `The start date ${p.start} is in the past.`,
      weekendStart: (p: { start: string; first: string }) =>
        `${p.start} is a weekend day; the pilot starts on Monday ${p.first}.`,
      countsTooLarge: (p: { total: number; eligible: number }) =>
        `The wave counts add up to ${p.total} partners but only ${p.eligible} can enter a wave. Lower the counts so they add up to ${p.eligible} or fewer.`,
      emptyWave: (p: { wave: number; name: string; eligible: number; waves: number }) =>
        `Wave ${p.wave} (${p.name}) gets no partners: ${p.eligible} partners are too few for ${p.waves} waves at these shares. Use fewer waves or larger shares.`,
      noneFitsCaps: (p: { caps: string[] }) =>
        `No ranked partner fits the pilot caps (${p.caps.join(', ')}). Raise the caps or remove them.`,
      capBudget: (p: { cap: string }) => `co-marketing budget ${p.cap}`,
      capLoad: (p: { cap: string }) => `enablement ${p.cap} hours`,
      duplicateName: (p: { count: number; name: string; rows: number[] }) =>
        `${p.count} rows share the partner name "${p.name}" (rows ${p.rows.join(', ')}). They are planned as separate partners; rename one if they are the same partner.`,
      exclusionNotApplied: (p: { name: string; row: number }) =>
        `The exclusion of ${p.name} (row ${p.row}) is not applied: no single row of the table holds that partner now. Choose the partner again on the data step.`,
      pinNotApplied: (p: { name: string; row: number }) =>
        `The pin of ${p.name} (row ${p.row}) is not applied: no single row of the table holds that partner now. Choose the partner again on the data step.`,
      excludedAndPinned: (p: { name: string }) =>
        `${p.name} is both excluded and pinned; it is excluded. Remove one of the two.`,
      pinUnscored: (p: { name: string; row: number; wave: string }) =>
        `The pin of ${p.name} (row ${p.row}) to ${p.wave} is not applied: the row has no score, so it is in no wave.`,
      pinsOverCap: (p: { wave: string; cap: string; total: string; names: string }) =>
        `Pins put ${p.wave} over its cap (${p.cap}): ${p.total} (${p.names}).`,
      pinsGrowWave: (p: { wave: string; count: number; size: number; pins: number }) =>
        `${p.wave} has ${p.count} partners, not ${p.size}, as ${p.pins} are pinned there; the next-ranked move to later waves.`,
      severalCurrencies: (p: { codes: string; shown: string }) =>
        `The table's amounts name several currencies (${p.codes}); the plan shows every amount in ${p.shown}. Convert them to one currency.`,
      noFormula: (p: { reason: string }) =>
        `No PARTNER_SCORE formula can give these scores: ${p.reason}.`,
      noTextHeader: (p: { column: number }) =>
        `column ${p.column} has no text header; give it one so a formula can name it`,
      sharedHeader: 'two columns share a header; give each column its own header',
      /** A total or subtotal row dropped from the plan, with the reader's reason. */
      leftOut: (p: { row: number; name: string; why: string }) =>
        `Row ${p.row}${p.name ? ` ("${p.name}")` : ''} is left out of the plan. ${p.why}.`,
      noName: (p: { row: number }) => `(no name, row ${p.row})`,
      /** A row planned as a partner whose name has a total word but whose values are no sums. */
      totalLike: (p: { row: number; name: string }) =>
        `Row ${p.row} ("${p.name}") is named like a total but planned as a partner: rename it, or remove it if a total.`,
      /** Named rows with no value in any criterion: not partners, as PARTNER_SCORE has it. */
      noValues: (p: { rows: readonly string[] }) =>
        `Left out of the plan, with no value in any criterion (PARTNER_SCORE leaves them blank): ${p.rows.join(', ')}. Enter their values to plan them.`,
      namedRow: (p: { sheetRow: number; name: string }) => `row ${p.sheetRow} ("${p.name}")`,
    },
    /** A re-plan's carry-over of typed Actuals from the version it supersedes (carry-over.ts). */
    carry: {
      gone: (p: { version: string; sheet: string }) =>
        `${p.version}'s plan sheet '${p.sheet}' is gone, so no Actuals were carried over.`,
      notRange: (p: { version: string; range: string }) =>
        `${p.version}'s gate table (${p.range}) is not a range, so no Actuals were carried over.`,
      moved: (p: { version: string; range: string }) =>
        `${p.version}'s gate table is no longer at ${p.range}, so no Actuals were carried over.`,
      directMoved: (p: { version: string }) => `${p.version}'s direct revenue table (moved)`,
      directRevenue: 'direct revenue',
      item: (p: { wave: string; checkpoint: string; metric: string }) =>
        `wave ${p.wave} ${p.checkpoint} ${p.metric}`,
      blank: 'blank',
      notCarried: (p: {
        version: string;
        item: string;
        actual: string;
        asOf: string;
        why: string;
      }) =>
        `Not carried from ${p.version}: ${p.item} (Actual ${p.actual}, Data as of ${p.asOf}): ${p.why}`,
      noRow: 'this version has no such gate row.',
      renamed: (p: { wave: number; name: string }) =>
        `this version's wave ${p.wave} is ${p.name}, another wave.`,
      otherPartners: (p: { wave: number }) => `this version's wave ${p.wave} has other partners.`,
      beforeStart: (p: { wave: number; date: string }) =>
        `this version's wave ${p.wave} starts on ${p.date}, after it was measured.`,
      carried: (p: { version: string; rows: number }) =>
        `Carried over from ${p.version}: the Actual and Data as of of ${p.rows} gate row${p.rows === 1 ? '' : 's'} with the same wave (name, partners, dates), checkpoint and metric.`,
    },
    sensitivity: {
      heading:
        'Weight sensitivity: how far one weight can move, the others unchanged, before the Pilot’s partners change',
      notStated: 'not stated',
      mostSensitive: 'most sensitive',
    },
  };
}

/** The plan's sentences: every language returns this shape. */
export type SentenceText = ReturnType<typeof enSentences>;
