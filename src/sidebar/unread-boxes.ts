/**
 * The text number boxes refused (`95,000` in a de_DE spreadsheet), kept by the wizard
 * rather than by each box: a box's field keeps its last number while its text is refused,
 * so the wizard blocks the write until every such box is fixed, and a box unmounted by a
 * step change (or a reopened sidebar, through the kept draft's `unread`) shows its text again.
 */
import { createContext } from 'preact';
import type { PlanRequest } from '../shared/plan-types';

/** One refused box: what was typed, the box's label and the wizard step that shows it. */
export type UnreadBox = NonNullable<PlanRequest['unread']>[string];

/** The refused boxes by element id. */
export type UnreadBoxes = Record<string, UnreadBox>;

/** What a number box sees of the wizard's refused boxes. */
export interface UnreadStore {
  boxes: UnreadBoxes;
  /** The step on show, recorded with a box's text so a message can take the user there. */
  step: number;
  /** Keeps (or, with null, forgets) the refused text of the box `id`. */
  set: (id: string, box: UnreadBox | null) => void;
  /** True while the wizard changes step: a box unmounted then keeps its text. */
  changingStep: () => boolean;
}

/**
 * The store boxes read; outside the wizard (a box rendered alone) refused text is only
 * the box's own, as before.
 */
export const UnreadContext = createContext<UnreadStore>({
  boxes: {},
  step: 0,
  set: () => {},
  changingStep: () => false,
});

/** `boxes` with the box `id` kept as `box`, or without it when `box` is null. */
export function withBox(boxes: UnreadBoxes, id: string, box: UnreadBox | null): UnreadBoxes {
  const { [id]: _, ...rest } = boxes;
  return box === null ? rest : { ...rest, [id]: box };
}
