/**
 * What is wrong with a plan request, field by field, in English: the valibot schema's
 * messages (src/shared/schema, chosen by the parse's `lang`) and the checks across fields
 * (src/domain/plan/validate.ts). The sidebar shows them under the field they name.
 */

import { enCriteria } from './criteria';

/** The request checks' texts in English. */
export function enChecks() {
  return {
    request: 'The plan request must be an object.',
    criteria: enCriteria(),
    /** The inputs as an owner's message names them, mid-sentence. */
    inputs: {
      capability: 'partner capability',
      comarketingBudget: 'co-marketing budget',
      enablementLoad: 'enablement load',
    },
    language: 'Language is en or ja.',
    unreadList: 'List the refused boxes, or none.',
    unread: (p: { boxes: { name: string; text: string }[] }) =>
      `Not written: these boxes hold text that is not a number: ${p.boxes.map((b) => `${b.name} ("${b.text}")`).join('; ')}.`,
    source: {
      whole: 'Choose the sheet and columns of the partner table.',
      sheetName: 'Choose the sheet that holds the partner table.',
      sheetId: 'The sheet id must be a number.',
      headerRow: 'The header row must be a row number, 1 or more.',
      partnerColumn: 'Choose the column that holds the partner names.',
      ownerColumn: 'Choose the owner column, or none.',
      columns: 'Choose the criterion columns.',
      criterionColumn: (p: { criterion: string }) =>
        `Choose the column for ${p.criterion}, or none.`,
      sameColumn: (p: { criterion: string; other: string }) =>
        `${p.criterion} uses the same column as ${p.other}. Give each criterion its own column.`,
      nameColumn: (p: { criterion: string }) =>
        `${p.criterion} uses the partner name column. Choose the column with its numbers.`,
      noCriteria: (p: { criteria: string[] }) =>
        `No criterion columns recognised. Name the headers ${p.criteria.join(', ')} (or choose the columns here).`,
      noSheet: (p: { sheet: string }) => `There is no sheet named '${p.sheet}'.`,
      noHeader: (p: { sheet: string; row?: number; criteria: string[] }) =>
        `No header naming a criterion found on '${p.sheet}'${p.row ? ` in row ${p.row}` : ''}. Put a header row with names such as ${p.criteria.join(', ')} above the partners.`,
      /** A column whose header is a number, a date or an error, in the column lists. */
      column: (p: { n: number; cell: string }) => `Column ${p.n} (${p.cell})`,
    },
    partners: {
      row: 'The partner’s row must be a row number, 1 or more.',
      excludedName: 'Give the excluded partner’s name.',
      reason: 'Say why the partner is excluded (e.g. test account, under legal review).',
      exclusions: 'List exclusions, or none.',
      pinnedName: 'Give the pinned partner’s name.',
      pinWave: 'Pin the partner to a wave from 1 to 5.',
      pins: 'List pins, or none.',
      complete: 'Choose whether partners need complete data.',
      pinBeyond: (p: { name: string; wave: number; count: number }) =>
        `${p.name} is pinned to wave ${p.wave}, but the plan has ${p.count}. Pin it to a wave from 1 to ${p.count}.`,
    },
    scoring: {
      weight: (p: { criterion: string }) =>
        `The weight of ${p.criterion} must be a number, 0 or more.`,
      method: 'The method must be "minmax" or "topsis".',
      noWeight: 'At least one criterion needs a weight above 0.',
      uncertainty: 'The weight uncertainty must be a number from 0 % to 100 %.',
    },
    reading: {
      extraColumn: 'Choose the column of the extra criterion.',
      direction: 'Say whether higher or lower is better.',
      weight: 'The weight must be a number, 0 or more.',
      extras: 'List extra criteria, or none.',
      wordColumn: 'Choose the column whose words to map.',
      word: 'Give the word to map.',
      wordValue: 'Give the word a number, 0 or more.',
      words: 'List the words and their numbers.',
      maps: 'List word maps, or none.',
      taken: (p: { owner: 'criterion' | 'name' | 'extra'; criterion: string }) =>
        `That column is already ${p.owner === 'criterion' ? p.criterion : p.owner === 'name' ? 'the partner name' : 'an extra criterion'}. Choose another column, or remove this criterion.`,
    },
    waves: {
      count: (p: { max: number }) => `Choose 1 to ${p.max} waves.`,
      name: 'Give each wave a name.',
      shares: 'Give each wave its share as a percentage.',
      counts: 'Give each wave its number of partners.',
      assignment: 'Assign partners by "share" or by "count".',
      cap: 'A pilot cap must be a number above 0, or empty for no cap.',
      notADate: (p: { input: string }) =>
        `"${p.input}" is not a date. Enter the start date as YYYY-MM-DD, e.g. 2026-03-02.`,
      outOfRange: (p: { input: string }) =>
        `${p.input} is out of range. Choose a start date between 1900-01-01 and 2999-12-31.`,
      weeks: 'A wave lasts 1 to 26 whole weeks.',
      midCheckIn: 'Choose whether waves have a mid-wave check-in.',
      namesCount: (p: { count: number }) => `Give one name per wave (${p.count}).`,
      unnamed: (p: { n: number }) => `Wave ${p.n} needs a name.`,
      sameName: (p: { name: string }) =>
        `Two waves are called "${p.name}". Give each wave its own name.`,
      sharesCount: (p: { count: number }) => `Give one share per wave (${p.count}).`,
      share: (p: { n: number }) =>
        `The share of wave ${p.n} must be a percentage above 0 and at most 100.`,
      shareSum: (p: { sum: number }) =>
        `The wave shares add up to ${p.sum}%; they must add up to 100%.`,
      countsCount: (p: { count: number }) => `Give one partner count per wave (${p.count}).`,
      partnerCount: (p: { n: number }) =>
        `Wave ${p.n} must take a whole number of partners, 1 or more.`,
    },
    gates: {
      id: 'Each metric needs its own id.',
      kind: 'The metric kind is not one the planner knows.',
      name: 'The metric needs a name.',
      direction: 'Say whether higher or lower is better.',
      unit: 'The unit must be currency, percent, hours or number.',
      owner: 'The metric needs an owner, who is told when its gate turns STOP or STALE.',
      metrics: 'List the metrics the gates judge, or none.',
      threshold: 'Enter a number, or leave it empty for the default.',
      period: 'Say whether the column holds annual amounts or amounts per wave.',
      directCac:
        'The direct-channel CAC must be a number above 0, or empty to use the partners’ mean.',
      stale: 'Data goes stale after 1 to 365 whole days.',
      baselineShare:
        'Type the partner share of new revenue today as a percentage above 0% and below 100%, or leave it empty for the default band.',
      directBaseline:
        'Type the direct channel’s level as a percentage from 0% to 100%, or leave it empty.',
      band: (p: { wave: string; floor: string; ceiling: string }) =>
        `The partner share band of ${p.wave} is empty: the floor’s GO (${p.floor}) must be below the ceiling’s GO (${p.ceiling}). Lower the floor or raise the ceiling.`,
      ownerOf: (p: { metric: string }) =>
        `${p.metric || 'The metric'} needs an owner, who is told when its gate turns STOP or STALE.`,
      customGo: (p: { metric: string }) =>
        `${p.metric} is your own metric: enter its GO threshold.`,
      customStop: (p: { metric: string }) =>
        `${p.metric} is your own metric: enter its STOP threshold.`,
      /** A built-in metric's threshold out of its range: a share's 0 %–100 %, else 0 or more. */
      range: (p: { metric: string; share: boolean }) =>
        `${p.metric} ${p.share ? 'is a share: type a percentage from 0% to 100%' : 'cannot be negative: type 0 or more'}.`,
      order: (p: { metric: string; goAt: string; stopAt: string; higher: boolean }) =>
        `${p.metric}: GO at ${p.goAt} must be ${p.higher ? 'above' : 'below'} STOP at ${p.stopAt}, because ${p.higher ? 'higher' : 'lower'} is better. Swap them or change one.`,
    },
    people: {
      owner: (p: { criterion: string }) => `Name an owner for ${p.criterion}.`,
      decisionMaker: 'Name the decision maker.',
      escalation: 'Name at least one person on the escalation path.',
      escalationStep: 'Remove the empty step or name who it is.',
      names: 'List names or emails.',
      tooLong: (p: { bytes: number; limit: number }) =>
        `The escalation path and decision maker are too long to keep with the plan (${p.bytes} bytes; a document property holds ${p.limit}). Shorten the escalation path.`,
    },
    busy: 'Another plan is being written to this spreadsheet. Try again in a minute.',
    record: {
      notAnId: (p: { input: string }) =>
        `"${p.input}" is not a record ID. Use B and 4 to 19 digits, e.g. B0373.`,
      anyText: 'Enter text, or leave it empty.',
      variant: 'A name variant needs a label and a text.',
      risk: 'Describe the risk, or remove it.',
      mitigation: 'Every risk needs a mitigation.',
      title: 'The record needs a title.',
      status: 'Status is Proposed or Accepted.',
      quality: 'Quality is Draft or Reviewed.',
      variants: 'List name variants, or none.',
      risks: 'List risks, or none.',
      stops: 'List stop conditions as texts, or none.',
    },
  };
}

/** The request checks' texts: every language returns this shape. */
export type CheckText = ReturnType<typeof enChecks>;
