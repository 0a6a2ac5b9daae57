/**
 * The plan request as one schema: what previewPlan and writePlan accept and what the
 * sidebar keeps as its draft. Its types, constant defaults, per-field messages and the
 * choices the sidebar offers all come from here; defaults that follow the document (today,
 * the next record ID, the person writing) or the wave count are filled before parsing by
 * src/domain/plan/defaults.ts, and checks across fields stay in src/domain/plan/validate.ts.
 */
import * as v from 'valibot';
import { GateSettingsSchema, MetricsSchema, WaveGatesSchema } from './gates';
import { PeopleSchema } from './people';
import { RecordSchema } from './record';
import { ScoringSchema } from './scoring';
import { SourceSchema } from './source';
import { ScheduleSchema, WavesSchema } from './waves';

export const PlanRequestSchema = v.object(
  {
    source: SourceSchema,
    scoring: v.optional(ScoringSchema, {}),
    waves: WavesSchema,
    schedule: ScheduleSchema,
    metrics: MetricsSchema,
    /** One per wave, in wave order, each with one entry per metric in the metrics' order. */
    gates: v.array(WaveGatesSchema),
    gateSettings: v.optional(GateSettingsSchema, {}),
    people: PeopleSchema,
    record: RecordSchema,
  },
  'The plan request must be an object.',
);
