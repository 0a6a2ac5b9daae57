/** The decision record's catalogue, per language (see catalogue.ts). */
import { lazyCatalogue } from './catalogue';
import { enRecord, type RecordText } from './en/record';
import { enRecordFigures, type RecordFiguresText } from './en/record-figures';
import { jaRecord } from './ja/record';
import { jaRecordFigures } from './ja/record-figures';

/** The decision record's texts in `language` (its sentences and its figures), built on first use. */
export const recordText = lazyCatalogue<RecordText & RecordFiguresText>({
  en: () => ({ ...enRecord(), ...enRecordFigures() }),
  ja: () => ({ ...jaRecord(), ...jaRecordFigures() }),
});

export type RecordTexts = RecordText & RecordFiguresText;
export type { RecordFiguresText, RecordText };
