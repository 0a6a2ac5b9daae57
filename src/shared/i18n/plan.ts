/** The plan sheet's catalogue, per language (see catalogue.ts). */
import { lazyCatalogue } from './catalogue';
import { enPlan } from './en/plan';
import { jaPlan } from './ja/plan';

/** The plan sheet's texts in `language`, built on first use. */
// Marked pure, as sentences.ts: the sidebar imports modules that use it but never calls it.
export const planText = /* @__PURE__ */ lazyCatalogue({ en: enPlan, ja: jaPlan });

export type { PlanText } from './en/plan';
