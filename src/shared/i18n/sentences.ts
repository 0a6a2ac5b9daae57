/** The plan's sentences, per language (see catalogue.ts). */
import { lazyCatalogue } from './catalogue';
import { enSentences } from './en/sentences';
import { jaSentences } from './ja/sentences';

/** The plan's sentences in `language`, built on first use. */
export const sentenceText = lazyCatalogue({ en: enSentences, ja: jaSentences });

export type { SentenceText } from './en/sentences';
