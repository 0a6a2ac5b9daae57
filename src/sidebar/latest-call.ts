/**
 * Runs an async call for the latest input only: inputs arriving within `delayMs` of each
 * other collapse into one call, a call never starts while another is in flight, and when
 * the call in flight returns after a newer input arrived its answer is dropped, because
 * the user no longer looks at what it answers.
 */
export interface LatestCall<I> {
  request(input: I): void;
  /** Stops any waiting call; an answer still in flight is dropped. */
  cancel(): void;
}

/**
 * Wraps `call` (e.g. a google.script.run call such as previewPlan) so only the latest input is
 * answered: inputs within `delayMs` milliseconds collapse into one call, at most one call is in
 * flight, and an answer or error for an outdated input is dropped. Errors reach `onError` as an
 * Error (non-Error rejections are wrapped); nothing is thrown to the caller.
 */
export function latestCall<I, O>(
  call: (input: I) => Promise<O>,
  onAnswer: (answer: O, input: I) => void,
  onError: (error: Error, input: I) => void,
  delayMs: number,
): LatestCall<I> {
  let waiting: { input: I } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight = false;
  let generation = 0;

  const start = () => {
    timer = undefined;
    if (inFlight || !waiting) return;
    const { input } = waiting;
    waiting = undefined;
    inFlight = true;
    const mine = generation;
    const settle = (deliver: () => void) => {
      inFlight = false;
      if (mine === generation && !waiting) deliver();
      if (waiting && !timer) start();
    };
    call(input).then(
      (answer) => settle(() => onAnswer(answer, input)),
      (error: unknown) =>
        settle(() => onError(error instanceof Error ? error : new Error(String(error)), input)),
    );
  };

  return {
    request(input) {
      waiting = { input };
      if (timer) clearTimeout(timer);
      timer = setTimeout(start, delayMs);
    },
    cancel() {
      waiting = undefined;
      generation++;
      if (timer) clearTimeout(timer);
      timer = undefined;
    },
  };
}
