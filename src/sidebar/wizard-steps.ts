/**
 * The wizard's six steps and which step owns each field of the plan request, so a
 * server message about 'gates.0.metrics.1.goAt' takes the user to the Gates step.
 */

export const STEPS = [
  { id: 'data' },
  { id: 'priorities' },
  { id: 'waves' },
  { id: 'gates' },
  { id: 'people' },
  { id: 'review' },
] as const;

/** A step's id; its title is the catalogue's `steps[id]` (src/shared/i18n/en/sidebar.ts). */
export type StepId = (typeof STEPS)[number]['id'];

export const LAST_STEP = STEPS.length - 1;

/**
 * The index of the step that edits a dotted request path. Metric owners are named with
 * the other people; a metric's name, direction and unit belong to the gates. Anything
 * unknown (a message about the request as a whole) is shown on the review step.
 */
export function stepOfField(field: string): number {
  const [head, , leaf] = field.split('.');
  switch (head) {
    case 'source':
      return 0;
    case 'scoring':
      return 1;
    case 'waves':
    case 'schedule':
      return 2;
    case 'gates':
    case 'gateSettings':
      return 3;
    case 'metrics':
      return leaf === 'owner' ? 4 : 3;
    case 'people':
    case 'record':
      return 4;
    default:
      return LAST_STEP;
  }
}

/** The element id of a field's control, so a message can point at it and focus can jump to it. */
export function fieldId(field: string): string {
  return `f-${field.replace(/[^A-Za-z0-9]+/g, '-')}`;
}
