/**
 * The gate monitor's emails, log and status texts, in English. Dates arrive already
 * written for the language (src/domain/calendar.ts dateWriter); statuses stay GO, HOLD,
 * STOP, PENDING and STALE in every language.
 */
const s = (n: number) => (n === 1 ? '' : 's');

/** The gate monitor's texts in English. */
export function enMonitor() {
  return {
    headline: {
      escalation: (p: { n: number }) => `${p.n} escalation${s(p.n)}`,
      stop: (p: { n: number }) => `${p.n} gate${s(p.n)} at STOP`,
      stale: (p: { n: number }) => `${p.n} gate${s(p.n)} STALE`,
      invalid: (p: { n: number }) => `${p.n} gate${s(p.n)} with data to fix`,
      'pending-at-review': (p: { n: number }) => `${p.n} gate${s(p.n)} still PENDING at review`,
      reminder: (p: { n: number }) => `${p.n} review reminder${s(p.n)}`,
    },
    subject: (p: { headlines: string[]; document: string }) =>
      `Partner Pilot gate monitor: ${p.headlines.join(', ')} (${p.document})`,
    intro: (p: { document: string; date: string }) =>
      `The Partner Pilot gate monitor checked the pilot plans in "${p.document}" on ${p.date}.`,
    planLine: (p: { plan: string; sheet: string; url: string }) =>
      `${p.plan} (sheet "${p.sheet}"): ${p.url}`,
    reminderLine: (p: { wave: string; detail: string }) => `Reminder, ${p.wave}: ${p.detail}`,
    changeLine: (p: { wave: string; metric: string; from: string; to: string; detail: string }) =>
      `${p.wave}, ${p.metric} (${p.from ? `${p.from} -> ${p.to}` : p.to}): ${p.detail}`,
    footer: [
      'You receive this because the plan names you as a metric owner or on its escalation path.',
      'Anyone with edit access can turn the daily monitor off under Extensions > Partner Pilot.',
    ],
    sender: 'Partner Pilot gate monitor',
    escalationDetail: (p: { days: number; review: string; owner: string }) =>
      `still STOP ${p.days} day${s(p.days)} after ${p.review}; ${p.owner} has been told. You are next on the escalation path.`,
    pendingDetail: (p: { review: string }) =>
      `still PENDING at ${p.review}: no actual has been entered.`,
    /** A gate row's meeting: its wave's gate review, or the mid-wave check-in of a check-in row. */
    review: (p: { date: string | null; checkIn: boolean }) =>
      `the ${p.checkIn ? 'mid-wave check-in' : 'gate review'}${p.date ? ` on ${p.date}` : ' (its date cell is not a date)'}`,
    stopDetail: (p: { review: string; actual?: string; stopAt?: string; goAt?: string }) =>
      `crossed its STOP threshold${p.actual ? ` (actual ${p.actual}; STOP at ${p.stopAt}, GO at ${p.goAt})` : ''}; bring it to ${p.review}.`,
    /** Why a balance gate's STOP matters (issue 15): the seed's scale-versus-control trade-off. */
    balanceStop: {
      shareFloor:
        'The partner share of new revenue is below its band: the partners are not scaling.',
      shareCeiling:
        'The partner share of new revenue is above its band: direct control (pricing, customer relationships, forecast) is at risk.',
      control: 'This is a control guardrail: direct control is at risk.',
    },
    staleDetail: (p: { review: string; asOf?: string }) =>
      `its data${p.asOf ? ` (as of ${p.asOf})` : ''} is older than the plan's staleness limit: refresh the actual and its Data as of date before ${p.review}.`,
    staleMissingDetail: (p: { review: string }) =>
      `has an actual but no Data as of date, so its age is unknown: enter the date the actual was measured before ${p.review}.`,
    staleFutureDetail: (p: { review: string; asOf: string }) =>
      `its Data as of date (${p.asOf}) is after today: enter the date the actual was measured before ${p.review}.`,
    /** A partner share row: its Actual and Data as of are formulas over two inputs to fix. */
    staleShareDetail: (p: {
      why: 'old' | 'missing' | 'future';
      asOf: string;
      wave: string;
      checkIn: boolean;
      review: string;
    }) =>
      `${{ old: `its data${p.asOf ? ` (as of ${p.asOf})` : ''} is older than the plan's staleness limit`, missing: 'an input has no Data as of', future: `its Data as of (${p.asOf}) is after today` }[p.why]}. Its Actual and Data as of are formulas: ${{ old: 'refresh', missing: 'enter', future: 'correct' }[p.why]} the Data as of in the Direct revenue table (${p.wave}, ${p.checkIn ? 'Mid-wave check-in' : 'Gate review'}) or on the Partner-sourced revenue row before ${p.review}.`,
    invalidDetail: (p: { problem: string }) =>
      `cannot be judged until its data is fixed: ${p.problem}. Fix the data in the plan sheet.`,
    reminderDetail: (p: { review: string; statuses: string[] }) =>
      `${p.review}. Current statuses: ${p.statuses.join('; ')}.`,
    metricStatus: (p: { metric: string; status: string }) => `${p.metric}: ${p.status}`,
    runNote: (p: {
      plans: number;
      gates: number;
      changes: number;
      sent: number;
      held: number;
      undeliverable: number;
    }) => {
      const counts = `Run: ${p.plans} plan(s), ${p.gates} gate(s), ${p.changes} change(s)`;
      if (!p.sent && !p.held && !p.undeliverable) return `${counts}; nothing to send.`;
      const held = p.held ? `, ${p.held} notification(s) held for the next run` : '';
      const bad = p.undeliverable
        ? `, ${p.undeliverable} not sendable (no email address, or one MailApp refused)`
        : '';
      return `${counts}; ${p.sent} email(s) sent${held}${bad}.`;
    },
    gateLabel: (p: { wave: string; metric: string }) => `${p.wave} · ${p.metric}`,
    /** A metric's check-in row, named apart from its gate review in emails and the log. */
    checkInMetric: (p: { metric: string }) => `${p.metric} (mid-wave check-in)`,
    reminderLabel: (p: { wave: string }) => `${p.wave} (review reminder)`,
    kind: {
      stop: 'turned STOP',
      stale: 'turned STALE',
      invalid: 'data to fix',
      'pending-at-review': 'still PENDING at review',
      escalation: 'escalation',
      reminder: 'review reminder',
    },
    emailed: (p: { kind: string; earlier: boolean }) =>
      p.earlier ? `Emailed (${p.kind}, held from an earlier run)` : `Emailed (${p.kind})`,
    kept: (p: { kind: string; error?: string }) =>
      `Not sent: ${p.error ? `sending failed (${p.error})` : 'daily mail quota reached'}; kept for the next run (${p.kind})`,
    notSent: (p: { reason: string }) => `Not sent: ${p.reason}`,
    refused: (p: { error: string }) =>
      `MailApp refused the address (${p.error}): correct it in the plan's Owner cell or escalation path.`,
    notAnAddress: (p: { recipient: string }) =>
      `"${p.recipient}" is not an email address: put the person's email in the plan's Owner cell or escalation path.`,
    silentChange: 'No email: only changes into STOP, STALE or Invalid are emailed.',
    pastCheckIn: 'No email: a past check-in; its gate review is watched.',
    logSheet: 'Gate monitor log',
    logHeaders: ['Time', 'Plan', 'Gate', 'From', 'To', 'Who was told', 'Note'],
    historySheet: 'Gate history',
    historyHeaders: [
      'Date',
      'Plan',
      'Version',
      'Wave',
      'Checkpoint',
      'Metric',
      'Actual',
      'Data as of',
      'Status',
      'Status since',
    ],
    toastOn: (p: { next: string }) => `Daily gate monitor on. Next run ${p.next}.`,
    toastOff: 'Daily gate monitor off.',
    reminderDays: (p: { given: string }) =>
      `Reminder days must be a whole number from 0 to 14, not ${p.given}.`,
    nextRun: (p: { date: string; from: string; to: string; zone: string }) =>
      `${p.date} between ${p.from} and ${p.to} (${p.zone})`,
    warning: (p: { held: number; undeliverable: number; plans: string[]; logSheet: string }) =>
      [
        ...p.plans,
        p.held
          ? `${p.held} notification(s) could not be emailed on the last run (mail quota or a sending error); they go out with the next run.`
          : '',
        p.undeliverable
          ? `${p.undeliverable} notification(s) could not be sent to anyone: the plan names no email address (e.g. an owner given as a role) or one MailApp refused. Put valid email addresses in the plan's Owner cells and escalation path.`
          : '',
        `See the '${p.logSheet}' sheet.`,
      ]
        .filter(Boolean)
        .join(' '),
    factsUnreadable: (p: { label: string; problem: string }) =>
      `Not monitored: the facts the planner stored for ${p.label} could not be read (${p.problem}); write the plan again to monitor it.`,
    factsMissing: (p: { label: string }) =>
      `Not monitored: the facts the planner stored for ${p.label} are missing from this document; write the plan again to monitor it.`,
    sheetDeleted: (p: { sheet: string }) =>
      `Not monitored: the plan sheet '${p.sheet}' was deleted.`,
    tableMoved: (p: { range: string; sheet: string }) =>
      `Not monitored: the gate table is no longer at ${p.range} on '${p.sheet}' (rows or columns were inserted or moved); move it back or write the plan again.`,
    unlisted: (p: { label: string }) =>
      `${p.label} is no longer in the decision log (its row was cleared, or its ID or version retyped); it is still monitored from what the planner stored. Restore its row, or delete its plan sheet to stop monitoring it.`,
    runRecordUnreadable: (p: { problem: string; days: number }) =>
      `The monitor's run record could not be read (${p.problem}); reminders go back to ${p.days} days before each review.`,
    memoryUnreadable: (p: { problem: string }) =>
      `The monitor's memory could not be read (${p.problem}); it starts afresh, so notices about its gates may be sent again once.`,
    memoryNotJson: 'it is not valid JSON of the expected shape',
  };
}

/** The gate monitor's texts: every language returns this shape. */
export type MonitorText = ReturnType<typeof enMonitor>;
