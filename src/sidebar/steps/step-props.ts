import type { SidebarText } from '../../shared/i18n/sidebar';
import type {
  DetectedTable,
  GateRow,
  PlannerContext,
  PlanPreview,
  PlanRequest,
  WriteResult,
} from '../../shared/plan-types';
import type { FieldMessages } from '../field-errors';
import type { UnreadBoxes } from '../unread-boxes';

/** The last write as the review step shows it. */
export interface WriteState {
  busy: boolean;
  result: WriteResult | null;
  /** Why the last write failed outright (not field messages). */
  failure: string | null;
}

/** What every step sees: the draft and its preview, the messages, and the wizard's actions. */
export interface StepProps {
  /** The sidebar's words in the draft's language (the switch), else the spreadsheet's. */
  t: SidebarText;
  context: PlannerContext;
  /** null only on the data step, until the user picks a sheet that holds a table. */
  draft: PlanRequest | null;
  setDraft: (next: PlanRequest) => void;
  /** The detected table of the draft's sheet, for the column dropdowns. */
  table: DetectedTable | null;
  readTable: (sheetName: string, headerRow?: number) => void;
  preview: PlanPreview | null;
  /** The gate rows the boxes of the gates step show where nothing is typed (usePreview). */
  derivedGates: GateRow[];
  /** The draft has problems, so the preview shows the last settings without any (or none). */
  previewStale: boolean;
  errors: FieldMessages;
  warnings: FieldMessages;
  write: WriteState;
  writePlan: () => void;
  goTo: (step: number, focusId?: string) => void;
  /** Boxes holding text they refused (unread-boxes.ts): the write waits for them. */
  unread: UnreadBoxes;
}

/** The props of a step that only renders once a draft exists. */
export type DraftStepProps = StepProps & { draft: PlanRequest };
