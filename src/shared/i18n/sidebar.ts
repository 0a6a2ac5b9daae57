/** The planner sidebar's catalogue, per language (see catalogue.ts). */
import { lazyCatalogue } from './catalogue';
import { enSidebar } from './en/sidebar';
import { jaSidebar } from './ja/sidebar';
import type { Language } from './language';

/** The sidebar's texts in `language`, built on first use. */
export const sidebarText = lazyCatalogue({ en: enSidebar, ja: jaSidebar });

/** Each language by its own name, as a language switch lists them in every language. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', ja: '日本語' };

export type { SidebarText } from './en/sidebar';
