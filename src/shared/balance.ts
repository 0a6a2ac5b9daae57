/**
 * The balance between scale via partners and direct control (the seed one-pager B0372's
 * trade-off), as gate metrics: the partner share of new revenue judged against a band (a
 * floor row, higher is better, and a ceiling row, lower is better) and the control
 * guardrails a team picks from a short list. Plain data shared by the request schema, the
 * plan and the sidebar; what each measures, in the sidebar's languages, is in its catalogue.
 */
import type { Direction } from './schema/options';

/** The two rows of the partner-share band. */
export const SHARE_KINDS = ['shareFloor', 'shareCeiling'] as const;

/** The control guardrails offered in the gates step, in the order shown. */
export const CONTROL_KINDS = [
  'partnerChurn',
  'directTouch',
  'partnerDiscount',
  'forecastAccuracy',
] as const;

export type ShareKind = (typeof SHARE_KINDS)[number];
export type ControlKind = (typeof CONTROL_KINDS)[number];

/** One balance metric: its name in the plan, which way is better and its default owner. */
export interface BalanceMetric {
  name: string;
  direction: Direction;
  owner: string;
}

/** Every balance metric is a rate, so each is stated as a percentage. */
export const BALANCE_UNIT = 'percent' as const;

export const BALANCE_METRICS: Record<ShareKind | ControlKind, BalanceMetric> = {
  shareFloor: {
    name: 'Partner share of new revenue (floor)',
    direction: 'higher',
    owner: 'Channel sales lead',
  },
  shareCeiling: {
    name: 'Partner share of new revenue (ceiling)',
    direction: 'lower',
    owner: 'Revenue operations lead',
  },
  partnerChurn: {
    name: 'Partner-sourced customer churn',
    direction: 'lower',
    owner: 'Customer success lead',
  },
  directTouch: {
    name: 'Partner deals with a direct sales touch',
    direction: 'higher',
    owner: 'Channel sales lead',
  },
  partnerDiscount: {
    name: 'Average discount on partner deals',
    direction: 'lower',
    owner: 'Deal desk lead',
  },
  forecastAccuracy: {
    name: 'Forecast accuracy of partner pipeline',
    direction: 'higher',
    owner: 'Revenue operations lead',
  },
};

/** The plan's words about the balance; the sidebar's are in its catalogue (i18n/en|ja/sidebar.ts). */
export const BALANCE_WORDS = {
  directRevenue: 'Direct revenue',
} as const;

/** True for the floor and ceiling rows of the partner-share band. */
export function isShareKind(kind: string): kind is ShareKind {
  return (SHARE_KINDS as readonly string[]).includes(kind);
}

/** True for a control guardrail from the short list. */
export function isControlKind(kind: string): kind is ControlKind {
  return (CONTROL_KINDS as readonly string[]).includes(kind);
}

/** True for any balance metric: a share band row or a control guardrail. */
export function isBalanceKind(kind: string): kind is ShareKind | ControlKind {
  return isShareKind(kind) || isControlKind(kind);
}
