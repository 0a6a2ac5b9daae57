/** The plan's sentences, per language (see catalogue.ts). */
import { lazyCatalogue } from './catalogue';
import { enSentences } from './en/sentences';
import { jaSentences } from './ja/sentences';

/** The plan's sentences in `language`, built on first use. */
// Marked pure so a bundle that imports a module using it, but not the function (the
// sidebar, through metrics.ts), leaves both languages out.
export const sentenceText = /* @__PURE__ */ lazyCatalogue({ en: enSentences, ja: jaSentences });

export type { SentenceText } from './en/sentences';
