/**
 * The parts of the planner's answers about partners and versions: each planned partner,
 * how many partners each group holds (previewPlan sends only some of them), a page of partners (getPlanPartners),
 * and what a re-plan carried over (writePlan). JSON-safe, as google.script.run needs.
 */
import type { CriterionId } from '../domain/scoring/criteria';

export type PartnerStatus =
  | 'wave'
  | 'unassigned'
  | 'insufficient'
  | 'invalid'
  /** Taken out by hand on the data step (request.partners.exclusions). */
  | 'excluded';

export interface PlannedPartner {
  /** The partner's row in the source sheet (1-based). */
  sheetRow: number;
  name: string;
  owner: string;
  /** 1 = best; null when not scored. */
  rank: number | null;
  score: number | null;
  status: PartnerStatus;
  /** 1-based wave, or null. */
  wave: number | null;
  /** Why the partner is not where its rank alone would put it, or why it is excluded. */
  reason: string;
  /** For excluded partners: the data that would admit them. */
  admitWhen: string;
  /** The criterion adding most to the score, and the one costing it most. */
  helps: CriterionId | null;
  hurts: CriterionId | null;
  /** Other rows carry the same name. */
  duplicateName: boolean;
  /** Weighted criteria scored without a value (partial data); empty when complete. */
  scoredWithout: CriterionId[];
  /** Placed in its wave by hand. */
  pinned: boolean;
  /** Ranked into the Pilot but moved out of it by the Pilot's caps (wave-assignment.ts). */
  movedByCaps?: boolean;
  /**
   * The share (0–1) of weight scenarios that keep this ranked partner in its wave (or out
   * of every wave, when it is in none); null when not analysed (pinned, excluded, unscored,
   * or the plan's caps keep the analysis from being stated). See PlanSensitivity.
   */
  inWaveShare: number | null;
  values: Partial<Record<CriterionId, number>>;
}

/** How many partners each group of a plan holds, whatever part of them an answer carries. */
export interface PartnerTotals {
  /** Every non-blank row. */
  all: number;
  ranked: number;
  /** Per wave, in wave order. */
  inWave: number[];
  unassigned: number;
  excluded: number;
  insufficient: number;
  invalid: number;
  /** Ranked partners scored without some weighted criterion. */
  partial: number;
  pinned: number;
  duplicateNames: number;
}

/** What re-planning kept of the previous version's gate inputs. */
export interface CarriedActuals {
  /** Gate rows whose Actual or Data as of came over from the previous version. */
  rows: number;
  /** One line per value that could not be carried, saying why. */
  notCarried: string[];
}

/** One page of a plan's partners, for the sidebar's lists. */
export interface PartnerPage {
  /** 0-based position of the first partner in the plan's partner order. */
  offset: number;
  total: number;
  partners: PlannedPartner[];
}
