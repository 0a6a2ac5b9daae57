import { describe, expect, it } from 'vitest';
import { FieldMessages } from '../../src/sidebar/field-errors';

describe('server messages by field', () => {
  const messages = new FieldMessages([
    { field: 'gates.0.metrics.1.goAt', message: 'GO above STOP' },
    { field: 'gates.0.metrics.1.goAt', message: 'GO above STOP' },
    { field: 'gates.0.metrics.10.stopAt', message: 'Enter a number' },
    { field: 'people.escalation', message: 'Name someone' },
  ]);

  it('gives a control the messages about its own field, once each', () => {
    expect(messages.at('gates.0.metrics.1.goAt')).toEqual(['GO above STOP']);
    expect(messages.at('gates.0.metrics.1.stopAt')).toEqual([]);
  });

  it('gives a group the messages inside it once each, without matching a longer sibling index', () => {
    expect(messages.under('gates.0.metrics.1')).toEqual(['GO above STOP']);
    expect(messages.under('gates.0.metrics.10')).toEqual(['Enter a number']);
    expect(messages.under('people')).toEqual(['Name someone']);
    expect(messages.size).toBe(4);
  });
});
