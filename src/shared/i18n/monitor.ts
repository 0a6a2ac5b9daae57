/** The gate monitor's catalogue, per language (see catalogue.ts). */
import { lazyCatalogue } from './catalogue';
import { enMonitor } from './en/monitor';
import { jaMonitor } from './ja/monitor';

/** The gate monitor's texts in `language`, built on first use. */
export const monitorText = lazyCatalogue({ en: enMonitor, ja: jaMonitor });

export type { MonitorText } from './en/monitor';
