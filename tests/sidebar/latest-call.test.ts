import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { latestCall } from '../../src/sidebar/latest-call';

interface Pending {
  input: number;
  resolve: (value: string) => void;
}

function harness() {
  const calls: Pending[] = [];
  const answers: string[] = [];
  const runner = latestCall(
    (input: number) => new Promise<string>((resolve) => calls.push({ input, resolve })),
    (answer) => answers.push(answer),
    (error) => answers.push(`error: ${error.message}`),
    300,
  );
  return { calls, answers, runner };
}

describe('preview calls: debounced, one at a time, the latest wins', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('collapses quick changes into one call with the last input', () => {
    const { calls, runner } = harness();
    runner.request(1);
    vi.advanceTimersByTime(100);
    runner.request(2);
    vi.advanceTimersByTime(100);
    runner.request(3);
    vi.advanceTimersByTime(299);
    expect(calls).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(calls.map((c) => c.input)).toEqual([3]);
  });

  it('waits for the call in flight, drops its stale answer, then asks for the latest', async () => {
    const { calls, answers, runner } = harness();
    runner.request(1);
    vi.advanceTimersByTime(300);
    runner.request(2);
    vi.advanceTimersByTime(300);
    runner.request(3);
    vi.advanceTimersByTime(300);
    expect(calls).toHaveLength(1);
    calls[0].resolve('answer 1');
    await vi.runAllTimersAsync();
    expect(calls.map((c) => c.input)).toEqual([1, 3]);
    calls[1].resolve('answer 3');
    await vi.runAllTimersAsync();
    expect(answers).toEqual(['answer 3']);
  });

  it('delivers failures of the latest call and nothing after cancel', async () => {
    const calls: number[] = [];
    const seen: string[] = [];
    const runner = latestCall(
      (input: number) => {
        calls.push(input);
        return Promise.reject(new Error(`no ${input}`));
      },
      () => seen.push('answer'),
      (error) => seen.push(error.message),
      10,
    );
    runner.request(7);
    await vi.advanceTimersByTimeAsync(10);
    expect(seen).toEqual(['no 7']);
    runner.request(8);
    runner.cancel();
    await vi.advanceTimersByTimeAsync(50);
    expect(calls).toEqual([7]);
  });
});
