/** The menu and help dialog's catalogue, per language (see catalogue.ts). */
import { lazyCatalogue } from './catalogue';
import { enMenu } from './en/menu';
import { jaMenu } from './ja/menu';

/** The menu's texts in `language`, built on first use. */
export const menuText = lazyCatalogue({ en: enMenu, ja: jaMenu });
