/** The plan defaults' catalogue, per language (see catalogue.ts). */
import { lazyCatalogue } from './catalogue';
import { enDefaults } from './en/defaults';
import { jaDefaults } from './ja/defaults';

/** What a new plan starts with in `language`, built on first use. */
export const defaultsText = lazyCatalogue({ en: enDefaults, ja: jaDefaults });

export type { DefaultsText } from './en/defaults';
