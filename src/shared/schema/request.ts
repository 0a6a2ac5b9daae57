/**
 * The plan request as one schema: what previewPlan and writePlan accept and what the
 * sidebar keeps as its draft. Its types, constant defaults, per-field messages and the
 * choices the sidebar offers all come from here; defaults that follow the document (today,
 * the next record ID, the person writing) or the wave count are filled before parsing by
 * src/domain/plan/defaults.ts, and checks across fields stay in src/domain/plan/validate.ts.
 */
import * as v from 'valibot';
import { once } from './fields';
import { gateSettingsSchema, metricsSchema, waveGatesSchema } from './gates';
import { peopleSchema } from './people';
import { readingSchema } from './reading';
import { recordSchema } from './record';
import { scoringSchema } from './scoring';
import { sourceSchema } from './source';
import { scheduleSchema, wavesSchema } from './waves';

export const planRequestSchema = once(() =>
  v.object(
    {
      source: sourceSchema(),
      scoring: v.optional(scoringSchema(), {}),
      waves: wavesSchema(),
      schedule: scheduleSchema(),
      metrics: metricsSchema(),
      /** One per wave, in wave order, each with one entry per metric in the metrics' order. */
      gates: v.array(waveGatesSchema()),
      gateSettings: v.optional(gateSettingsSchema(), {}),
      people: peopleSchema(),
      record: recordSchema(),
      /** Extra criteria and word maps (issue 10); absent: none. */
      reading: v.optional(readingSchema()),
    },
    'The plan request must be an object.',
  ),
);
