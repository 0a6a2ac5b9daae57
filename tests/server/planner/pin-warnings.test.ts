/**
 * A pin that cannot hold is warned about by previewPlan and writePlan alike (tester 2,
 * finding 7), through the built dist/Code.js: Waypoint Integrations (row 35 of the sample)
 * has insufficient data, so its pin to the Pilot places nobody.
 */
import { describe, expect, it } from 'vitest';
import { defaultsOf, previewOf, sampleRuntime, write } from './planner-support';

const WARNING = {
  field: 'partners.pins',
  message:
    'The pin of Waypoint Integrations (row 35) to Pilot is not applied: the row has no score, so it is in no wave.',
};

describe('a pin of a partner with insufficient data', () => {
  it('is warned about in the preview and the write', () => {
    const rt = sampleRuntime();
    const request = {
      ...defaultsOf(rt),
      partners: {
        exclusions: [],
        pins: [{ sheetRow: 35, name: 'Waypoint Integrations', wave: 1 }],
        requireCompleteData: false,
      },
    };
    const preview = previewOf(rt, request);
    expect(preview.warnings).toContainEqual(WARNING);
    const written = write(rt, request);
    expect(written.ok).toBe(true);
    expect(written.warnings).toContainEqual(WARNING);
  });
});
