/**
 * How the planner reads the partner table beyond the six criteria columns: a team's own
 * extra criteria and words mapped to numbers. Kept apart from plan-types.ts so the
 * request's core schema and these additions change independently.
 */
import type { Direction } from './schema/options';

/** A column of the table scored beside the six criteria. Column numbers are the sheet's (1 = A). */
export interface ExtraCriterion {
  column: number;
  /** Which way is better: 'higher' (certified reps) or 'lower' (a cost). */
  direction: Direction;
  /** Relative weight, 0 or more, on the same scale as the criteria's weights. */
  weight: number;
}

/** One word of a column and the number it reads as. */
export interface WordValue {
  word: string;
  value: number;
}

/** Words of one column read as numbers, before any known tier scale. */
export interface WordMap {
  column: number;
  words: WordValue[];
}

export interface TableReading {
  extraCriteria: ExtraCriterion[];
  wordMaps: WordMap[];
}

/** The words a column holds (not numbers, not blanks), for the sidebar's word mapping. */
export interface ColumnWords {
  column: number;
  words: string[];
}
