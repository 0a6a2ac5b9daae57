/** The add-on menu and the formula help dialog, in English. */
export function enMenu() {
  return {
    openPlanner: 'Open planner',
    formulaHelp: 'About / formula help',
    monitorOn: 'Turn on daily gate monitor',
    monitorOff: 'Turn off daily gate monitor',
    helpTitle: 'Partner Pilot formulas',
    helpScore:
      'Scores each partner 0–100 against the others passed in the same call. Pass the whole table with its header row, e.g. =PARTNER_SCORE(A1:I41). Method: "minmax" (default) or "topsis".',
    helpGate:
      'Judges each gate row: GO, HOLD, STOP, PENDING or STALE (data older than max_age_days, default 14), e.g. =GATE_STATUS(B2:D4, B6:D6, B7:D7, E2:E4).',
  };
}

/** The menu's texts: every language returns this shape. */
export type MenuText = ReturnType<typeof enMenu>;
