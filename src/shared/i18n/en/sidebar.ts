/**
 * The planner sidebar's own words, in English: step titles, labels, hints, notices and
 * the choices of its dropdowns. Server text (field messages, plan notes, partner names) is
 * not here: it arrives already written. Built in the browser, so none of it is in Code.js.
 */

import { enCriteria } from './criteria';

const s = (n: number) => (n === 1 ? '' : 's');

/** The sidebar's texts in English. */
export function enSidebar() {
  return {
    language: 'Language',
    app: {
      title: 'Partner Pilot planner',
      loadFailed: (p: { error: string }) =>
        `Partner Pilot could not read this spreadsheet: ${p.error}`,
      tryAgain: 'Try again',
      reading: 'Reading the spreadsheet…',
      stepCount: (p: { step: number; of: number }) => `Step ${p.step} of ${p.of}`,
      back: 'Back',
      next: 'Next',
      draftTooLarge: 'This draft is too large to keep in the document; write it to keep it.',
      notKept: (p: { error: string }) =>
        `Your changes could not be kept in the document: ${p.error}`,
    },
    steps: {
      data: 'Data',
      priorities: 'Priorities',
      waves: 'Waves and schedule',
      gates: 'Gates',
      people: 'People and record',
      review: 'Review and write',
    },
    dots: {
      nav: 'Wizard steps',
      step: (p: { n: number; title: string; attention: boolean }) =>
        `Step ${p.n}: ${p.title}${p.attention ? ' (needs attention)' : ''}`,
    },
    notices: {
      previewFailed: (p: { error: string }) => `The preview could not be updated: ${p.error}`,
      stale: (p: { hasPreview: boolean; steps: string }) =>
        `${p.hasPreview ? 'The preview shows the last settings without problems. ' : ''}Fix the marked fields (${p.steps}) to ${p.hasPreview ? 'update it' : 'see the preview'}.`,
      stepList: (p: { titles: string[] }) => p.titles.join(', '),
    },
    criteria: enCriteria(),
    shortCriteria: {
      capability: 'Capability',
      comarketingBudget: 'Co-marketing',
      enablementLoad: 'Enablement',
      sourcedRevenue: 'Revenue',
      cac: 'CAC',
      coverageGap: 'Coverage',
    },
    shortMetrics: {
      sourcedRevenue: 'Revenue',
      cac: 'CAC',
      coverageGap: 'Coverage gap',
      comarketingSpend: 'Co-marketing',
      enablementHours: 'Enablement',
      shareFloor: 'Share floor',
      shareCeiling: 'Share ceiling',
      partnerChurn: 'Partner churn',
      directTouch: 'Direct touch',
      partnerDiscount: 'Discount',
      forecastAccuracy: 'Forecast acc.',
    } as Record<string, string>,
    hours: 'hrs',
    /** Why a number box refuses a unit (numbers.ts), after the quoted text. */
    boxes: {
      found: {
        percent: 'a percentage',
        hours: 'hours',
        magnitude: 'a number with a magnitude (k, M)',
      },
      inCurrency: (p: { code: string }) => `an amount in ${p.code}`,
      expects: {
        money: 'an amount',
        percent: 'a percentage, such as 27%',
        hours: 'hours',
        days: 'days',
        count: 'a plain number',
        weight: 'a weight (a plain number)',
      },
      wrongUnit: (p: { found: string; expects: string }) =>
        `is ${p.found}, but this box takes ${p.expects}`,
      eitherPercent: (p: { points: string; fraction: string }) =>
        `could be ${p.points} or ${p.fraction}: type it with %`,
    },
    options: {
      minmax: 'Weighted sum (min–max)',
      topsis: 'Closest to ideal (TOPSIS)',
      share: 'Share (%)',
      count: 'Count',
      higher: 'Higher ↑',
      lower: 'Lower ↓',
      percent: 'Percent',
      currency: 'Currency',
      hours: 'Hours',
      number: 'Number',
      annual: 'A year (pro-rated to each wave)',
      perWave: 'One wave',
      Proposed: 'Proposed',
      Accepted: 'Accepted',
      Draft: 'Draft',
      Reviewed: 'Reviewed',
    } as Record<string, string>,
    data: {
      intro: 'The partner table Partner Pilot reads. Correct a column if it guessed wrong.',
      sheet: 'Sheet',
      chooseSheet: 'Choose the sheet with partners',
      noTable: (p: { sheet: string }) =>
        `No partner table found on “${p.sheet}”. Choose the sheet that holds one: a header row with a partner name column and the criteria (capability, co-marketing budget, enablement load, partner-sourced revenue, CAC, coverage gap).`,
      headerRow: 'Header row',
      headerRowHint: 'Partners are read from the next row down.',
      partnerName: 'Partner name',
      accountOwner: 'Account owner',
      none: 'None',
      notUsed: 'Not used',
      column: (p: { n: number }) => `Column ${p.n}`,
      counting: 'Counting partners…',
      rowsHold: 'What the rows hold',
      rows: (p: { n: number }) => `${p.n} rows below the header.`,
      scored: 'Partners found and scored',
      partial: 'Scored on partial data',
      byHand: 'Excluded by hand',
      insufficient: 'Insufficient data',
      invalid: 'Invalid rows',
      duplicates: 'Duplicate names',
      noName: '(no name)',
      row: (p: { n: number }) => `row ${p.n}`,
      more: (p: { n: number }) => `and ${p.n} more (see the list below)`,
    },
    reading: {
      tie: (p: { count: number; criterion: string; columns: string[] }) =>
        `${p.count} columns could be ${p.criterion}: ${p.columns.join(', ')}. Choose one below; PARTNER_SCORE needs the same choice (the formula shown at the end of this step makes it).`,
      headerError: (p: { column: number; header: string }) =>
        `The header of column ${p.column} is an error (${p.header}). If that column holds a criterion, fix the header cell or choose the column below.`,
      unread: (p: { columns: string[] }) =>
        `Columns not read: ${p.columns.join(', ')}. If one holds a criterion marked Not used, choose it above.`,
      words: 'Words as numbers',
      wordsHint:
        'Tier words on one scale (Platinum–Bronze, High–Low, Tier 1–4) are read without help. Give any word a number to read it your way.',
      asRead: 'as read',
      ownCriteria: 'Criteria of your own',
      extraColumn: (p: { n: number }) => `Extra criterion ${p.n}: column`,
      extraDirection: (p: { n: number }) => `Extra criterion ${p.n}: better when`,
      extraWeight: (p: { n: number }) => `Extra criterion ${p.n}: weight`,
      higherBetter: 'Higher is better',
      lowerBetter: 'Lower is better',
      remove: 'Remove',
      addCriterion: 'Add a criterion',
      sameScores: 'The same scores in the sheet',
      differs:
        "Your choices differ from what the headers say, so a plain PARTNER_SCORE of the table would score differently. The plan writes these weights above its ranking; paste this formula beside the partner table to see the plan's scores:",
      same: 'PARTNER_SCORE gives these scores too; the plan writes:',
      weightsRange: 'Weights range',
    },
    choices: {
      heading: 'Exclude or pin partners',
      complete: (p: { partial: number }) =>
        `Only partners with complete data enter a wave (${p.partial} scored on partial data)`,
      excluded: 'excluded',
      rank: (p: { rank: number }) => `#${p.rank}`,
      row: (p: { n: number }) => `row ${p.n}`,
      partialNo: (p: { criteria: string[] }) => `partial: no ${p.criteria.join(', ')}`,
      exclude: 'Exclude',
      pinLabel: (p: { name: string }) => `Pin ${p.name} to a wave`,
      inWave: (p: { wave: string }) => `In ${p.wave}`,
      noWave: 'No wave',
      pinTo: (p: { wave: string }) => `Pin to ${p.wave}`,
      why: (p: { name: string }) => `Why ${p.name} is excluded`,
      whyPlaceholder: 'Why (e.g. test account)',
      loading: 'Loading partners…',
      previous: 'Previous',
      next: 'Next',
      range: (p: { from: number; to: number; total: number }) => `${p.from}–${p.to} of ${p.total}`,
    },
    priorities: {
      intro: 'How much each criterion counts; the top 10 follows live.',
      caption: 'Criterion weights',
      criterion: 'Criterion',
      weight: 'Weight',
      share: 'Share',
      method: 'Method',
      top: 'Top 10 with these weights',
      ranking: 'Ranking…',
      noneScored: 'No partner could be scored.',
      partner: 'Partner',
      score: 'Score',
      legend: '+ helps its score most · − costs it most',
    },
    stability: {
      stable: 'stable',
      borderline: (p: { where: string; percent: number }) =>
        `borderline (${p.where} in ${p.percent} % of scenarios)`,
      inWave: (p: { wave: string }) => `in the ${p.wave}`,
      outside: 'outside the waves',
      mostSensitive: (p: { criterion: string; range: string }) =>
        `The Pilot is most sensitive to the weight of ${p.criterion}: it keeps its partners while that weight stays ${p.range} of its value, the others unchanged.`,
      between: (p: { low: string; high: string }) => `between ${p.low}× and ${p.high}×`,
      above: (p: { low: string }) => `above ${p.low}×`,
      below: (p: { high: string }) => `below ${p.high}×`,
      any: 'at any value',
      noneSensitive: 'No change of a single weight, the others unchanged, alters the Pilot.',
      single: 'Only one criterion is weighted, so the weights cannot change the Pilot.',
      caps: 'No stability shown: the Pilot’s caps choose its partners by budget and load too, which the weight scenarios do not model.',
      tieRule:
        'No stability interval: a tie at the Pilot’s edge is broken by the plan’s tie rule, which the analysis does not follow.',
      deferred:
        'Stability is computed when the plan is written: over 5,000 partners it would slow every change.',
      uncertainty: 'How sure are these weights?',
      uncertaintyHint:
        'How far each weight might be off. The planner tries 1,000 other sets of weights around yours and reranks: at ±25 %, a weight of 40 % might really be anywhere around 30 % to 50 %. A partner in its wave in at least 90 % of them is stable; below, borderline. 0 means the weights are exact.',
      uncertaintyShown: (p: { percent: string }) => `±${p.percent} %`,
    },
    waves: {
      waves: 'Waves',
      sizeBy: 'Size waves by',
      caption: 'Wave names and sizes',
      waveName: 'Wave name',
      sharePercent: 'Share %',
      partners: 'Partners',
      nameOf: (p: { n: number }) => `Name of wave ${p.n}`,
      sizeOf: (p: { share: boolean; wave: string }) =>
        `${p.share ? 'Share in percent' : 'Partners'} for ${p.wave}`,
      waveN: (p: { n: number }) => `wave ${p.n}`,
      caps: 'Pilot caps',
      capBudget: (p: { currency: string }) => `Co-marketing budget (${p.currency})`,
      capHours: 'Enablement load (hrs)',
      noCap: 'No cap',
      schedule: 'Schedule',
      start: 'Start date',
      weeks: 'Weeks per wave',
      midCheckIn: 'Mid-wave check-in',
      scheduling: 'Scheduling…',
      resulting: 'Resulting waves',
      wave: 'Wave',
      startCol: 'Start',
      checkIn: 'Check-in',
      review: 'Gate review',
      partnerCount: (p: { n: number }) => `${p.n} partner${s(p.n)}`,
      members: (p: { wave: string; n: number }) => `${p.wave}: ${p.n} partner${s(p.n)}`,
    },
    gates: {
      intro:
        'Each wave passes its gate review on GO and stops on STOP; arrows show which way is good. Grey boxes follow the baselines: type your own number, or clear a box to follow again.',
      higher: 'higher is better',
      lower: 'lower is better',
      baseline: 'Baseline',
      goAt: 'GO at',
      stopAt: 'STOP at',
      gate: (p: { wave: string }) => `${p.wave} gate`,
      metric: 'Metric',
      cell: (p: { wave: string; metric: string; column: string }) =>
        `${p.wave} ${p.metric} ${p.column}`,
      periodRevenue: 'Revenue column covers',
      periodBudget: 'Co-marketing budget column covers',
      periodHours: 'Enablement load column covers',
      baselines: 'Baselines and data',
      directCac: (p: { currency: string }) => `Direct-channel CAC (${p.currency})`,
      directCacHint: "Empty: the scored partners' mean CAC.",
      partnersMean: "Partners' mean",
      staleAfter: 'Data is stale after (days)',
      metrics: 'Metrics',
      unnamed: 'Unnamed guardrail',
      remove: 'Remove',
      add: (p: { metric: string }) => `Add ${p.metric}`,
      guardrailName: 'Guardrail name',
      betterWhen: 'Better when',
      unit: 'Unit',
      addGuardrail: 'Add a guardrail',
      guardrailHint:
        'A guardrail of your own, for example the share of partner deals registered before the first meeting: enter its GO and STOP in each wave above.',
      newGuardrail: 'My guardrail',
      shareBaseline: 'Partner share of new revenue today (%)',
      shareBaselineHint:
        'Empty: the band is 20% → 60% (STOP at 10% / 75%). Typed: the floor’s GO is today’s share and its STOP half of it; the ceiling’s GO leaves direct half of its share today and its STOP a quarter.',
      defaultBand: 'Default band',
      controlHeading: 'Control guardrails',
      controlIntro:
        'Scale through partners must not cost you control. Pick the guardrails to judge at every gate and type the direct channel’s level of each.',
      directBaseline: (p: { metric: string }) => `${p.metric}: direct channel today (%)`,
      directBaselineHint:
        'The same measure for your direct channel (or today’s level): GO and STOP follow from it.',
      /** What each balance metric measures and why it stands for scale or control. */
      explain: {
        shareFloor:
          'Partner-sourced ÷ (partner-sourced + direct) new revenue of the same period. Below the floor the partners are not scaling.',
        shareCeiling:
          'The same share. Above the ceiling so much new revenue comes through partners that direct control (pricing, customer relationships, forecast) is at risk.',
        partnerChurn:
          'Share of customers won through partners who leave in the period. Higher than the direct channel’s means partners bring customers you cannot keep.',
        directTouch:
          'Share of partner deals where your own sales team met the customer. Falling means you lose your hand on the relationship.',
        partnerDiscount:
          'Mean discount off list price on partner deals. Above the direct channel’s means partners, not you, set the price.',
        forecastAccuracy:
          'Partner revenue closed ÷ partner revenue forecast for the period. Falling means you can no longer call the quarter.',
      } as Record<string, string>,
      order: (p: { above: boolean; direction: 'higher' | 'lower'; metric: string }) =>
        `GO must be ${p.above ? 'above' : 'below'} STOP: ${p.direction} is better for ${p.metric}.`,
    },
    people: {
      onePerLine: 'One per line.',
      metricOwners: 'Metric owners',
      ownersHint: "Each is told when their metric's gate turns STOP or goes stale.",
      inputOwners: 'Input owners',
      decision: 'Decision',
      decisionMaker: 'Decision maker',
      escalation: 'Escalation path',
      escalationHint: 'Names or emails, one per line; the first is told first.',
      consulted: 'Consulted',
      informed: 'Informed',
      record: 'Record',
      recordId: 'Record ID',
      status: 'Status',
      quality: 'Quality',
      title: 'Title',
      source: 'Source',
      coi: 'Conflict of interest',
      context: 'Context',
      contextHint: 'Added to the generated context.',
      extraRisks: 'Extra risks',
      risk: (p: { n: number }) => `Risk ${p.n}`,
      mitigation: 'Mitigation',
      removeRisk: (p: { n: number }) => `Remove risk ${p.n}`,
      addRisk: 'Add a risk',
      stopConditions: 'Stop conditions',
      ownStops: 'Your own stop conditions',
      stopsHint: 'One per line; added after those the STOP thresholds give.',
      nameVariants: 'Name variants',
      variantLabel: 'Label',
      variantName: 'Name',
      addVariant: 'Add a name variant',
    },
    review: {
      preparing: 'Preparing the summary…',
      notWritten: 'Not written yet:',
      unread:
        'Not written while these boxes hold text that is not a number (the preview uses their last number):',
      unreadBox: (p: { name: string; text: string }) => `${p.name} ("${p.text}")`,
      failed: (p: { error: string }) => `The plan was not written: ${p.error}`,
      writing: 'Writing plan…',
      write: 'Write plan',
      writingHint: 'Writing the plan, the decision record and the log entry…',
      writesHint: (p: { sheet: string }) =>
        `Writes new sheets only; the sheet “${p.sheet}” is not changed.`,
      record: 'Record',
      recordLine: (p: { id: string; version: number; title: string }) =>
        `${p.id} v${p.version}: ${p.title}`,
      partners: 'Partners',
      inWave: (p: { n: number; wave: string }) => `${p.n} in ${p.wave}`,
      list: (p: { items: string[] }) => p.items.join(', '),
      separator: ', ',
      leftOut: (p: { n: number }) => `; ${p.n} left out for missing or invalid data`,
      byHand: (p: { n: number }) => `; ${p.n} excluded by hand`,
      pinned: (p: { n: number }) => `; ${p.n} pinned`,
      partial: (p: { n: number; kept: boolean }) =>
        `; ${p.n} scored on partial data (${p.kept ? 'kept out of waves' : 'allowed in waves'})`,
      pilot: 'Pilot',
      andMore: (p: { n: number }) => ` and ${p.n} more`,
      schedule: 'Schedule',
      scheduleLine: (p: { start: string; waves: number; weeks: number; review: string }) =>
        `Starts ${p.start}; ${p.waves} waves of ${p.weeks} weeks; first gate review ${p.review}`,
      gates: 'Gates',
      gatesLine: (p: { metrics: number; stops: number }) =>
        `${p.metrics} metrics per wave, ${p.stops} stop conditions`,
      decides: 'Decides',
      writes: 'Writes',
      writesLine: (p: { plan: string; record: string }) => `${p.plan}, ${p.record} and a log row`,
      notes: 'Notes on the plan',
      copied: 'Copied the record as Markdown.',
      copyFailed: (p: { error: string }) => `Could not copy: ${p.error}`,
      wrote: (p: { id: string; version: number }) => `Wrote ${p.id} v${p.version}`,
      supersedes: (p: { version: number }) => ` (supersedes v${p.version})`,
      openPlan: (p: { name: string }) => `Open the pilot plan: ${p.name}`,
      openRecord: (p: { name: string }) => `Open the decision record: ${p.name}`,
      openLog: 'Open the decision log',
      copy: 'Copy as Markdown',
    },
    monitor: {
      heading: 'Daily gate monitor',
      hint: "Each morning it checks every current plan's gates and emails the metric owners about new STOP or STALE gates, reviews still pending and coming reviews, and the escalation path when a STOP outlives its review date.",
      status: 'Status',
      on: 'On',
      off: 'Off',
      lastRun: 'Last run',
      notYet: 'Not yet',
      nextRun: 'Next run',
      reminder: 'Remind owners this many days before each review',
      reminderError: 'Enter a whole number of days from 0 to 14.',
      roles: (p: { roles: string[] }) =>
        `${p.roles.length === 1 ? 'This owner is' : 'These owners are'} not an email address, so the monitor cannot email ${p.roles.length === 1 ? 'them' : 'anyone of them'}: ${p.roles.join(', ')}. Enter email addresses on the People step to have them told.`,
      update: 'Update daily gate monitor',
      turnOn: 'Turn on daily gate monitor',
      turnOff: 'Turn off',
    },
  };
}

/** The sidebar's texts: every language returns this shape. */
export type SidebarText = ReturnType<typeof enSidebar>;
