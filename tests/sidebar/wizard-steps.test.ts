import { describe, expect, it } from 'vitest';
import { fieldId, STEPS, stepOfField } from '../../src/sidebar/wizard-steps';

const step = (field: string) => STEPS[stepOfField(field)].id;

describe('which step a server message takes the user to', () => {
  it('sends source fields to the data step', () => {
    expect(step('source.sheetName')).toBe('data');
    expect(step('source.columns.cac')).toBe('data');
  });

  it('sends weights and method to the priorities step', () => {
    expect(step('scoring.weights.capability')).toBe('priorities');
    expect(step('scoring.method')).toBe('priorities');
  });

  it('sends waves and schedule to the waves step', () => {
    expect(step('waves.assignment.sharesPercent.1')).toBe('waves');
    expect(step('schedule.startDate')).toBe('waves');
  });

  it('sends thresholds, gate settings and metric definitions to the gates step', () => {
    expect(step('gates.0.metrics.1.goAt')).toBe('gates');
    expect(step('gateSettings.directCac')).toBe('gates');
    expect(step('metrics.5.name')).toBe('gates');
  });

  it('sends metric owners, people and the record to the people step', () => {
    expect(step('metrics.2.owner')).toBe('people');
    expect(step('people.escalation.0')).toBe('people');
    expect(step('record.id')).toBe('people');
  });

  it('shows messages about no particular field on the review step', () => {
    expect(step('')).toBe('review');
    expect(step('request')).toBe('review');
  });
});

describe('field ids', () => {
  it('are valid, distinct element ids for distinct paths', () => {
    const a = fieldId('gates.0.metrics.1.goAt');
    const b = fieldId('gates.0.metrics.1.stopAt');
    expect(a).toMatch(/^[A-Za-z][\w-]*$/);
    expect(a).not.toBe(b);
  });
});
