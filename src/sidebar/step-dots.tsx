/**
 * The wizard's progress: one numbered dot per step, marked current, done or needing
 * attention, each a button that jumps to its step.
 */
import type { SidebarText } from '../shared/i18n/sidebar';
import { STEPS } from './wizard-steps';

interface StepDotsProps {
  t: SidebarText;
  step: number;
  /** Indexes of the steps that own a field with a message. */
  stepsWithErrors: ReadonlySet<number>;
  /** Without a draft only the data step can be opened. */
  hasDraft: boolean;
  goTo: (index: number) => void;
}

/** The step dots above the wizard's heading; `aria-current` marks the step shown. */
export function StepDots({ t, step, stepsWithErrors, hasDraft, goTo }: StepDotsProps) {
  return (
    <nav class="progress" aria-label={t.dots.nav}>
      <ol>
        {STEPS.map((s, i) => (
          <li key={s.id}>
            <button
              type="button"
              class={`dot${i === step ? ' current' : ''}${i < step ? ' done' : ''}${stepsWithErrors.has(i) ? ' has-error' : ''}`}
              aria-current={i === step ? 'step' : undefined}
              aria-label={t.dots.step({
                n: i + 1,
                title: t.steps[s.id],
                attention: stepsWithErrors.has(i),
              })}
              title={t.steps[s.id]}
              disabled={!hasDraft && i > 0}
              onClick={() => goTo(i)}
            >
              {i + 1}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
