/**
 * The plan request as one schema: what previewPlan and writePlan accept and what the
 * sidebar keeps as its draft. Its types, constant defaults, per-field messages and the
 * choices the sidebar offers all come from here; defaults that follow the document (today,
 * the next record ID, the person writing) or the wave count are filled before parsing by
 * src/domain/plan/defaults.ts, and checks across fields stay in src/domain/plan/validate.ts.
 */
import * as v from 'valibot';
import { say } from '../i18n/checks';
import { LANGUAGES } from '../i18n/language';
import { once } from './fields';
import { gateSettingsSchema, metricsSchema, waveGatesSchema } from './gates';
import { partnerChoicesSchema } from './partners';
import { peopleSchema } from './people';
import { readingSchema } from './reading';
import { recordSchema } from './record';
import { scoringSchema } from './scoring';
import { sourceSchema } from './source';
import { scheduleSchema, wavesSchema } from './waves';

export const planRequestSchema = once(() =>
  v.object(
    {
      /**
       * The language of the sidebar and (issue 13) of what the plan writes, chosen with the
       * sidebar's switch; a draft without one takes the spreadsheet locale's (defaults.ts).
       */
      language: v.optional(
        v.picklist(
          LANGUAGES,
          say((t) => t.language),
        ),
        'en',
      ),
      source: sourceSchema(),
      /** Exclusions, pins and the partial-data rule of the data step; absent: none. */
      partners: v.optional(partnerChoicesSchema(), {}),
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
      /**
       * Text the sidebar's number boxes refused (`95,000` in de_DE), by box id, with the
       * box's label and wizard step: kept with the draft so a reopened sidebar shows it
       * again. The fields hold the box's last number, so a request with any is not written.
       */
      unread: v.optional(
        v.record(
          v.string(),
          v.object({ text: v.string(), name: v.string(), step: v.number() }),
          say((t) => t.unreadList),
        ),
      ),
    },
    say((t) => t.request),
  ),
);
