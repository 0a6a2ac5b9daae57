/**
 * The balance between scale via partners and direct control (the seed one-pager B0372's
 * trade-off), as gate metrics: the partner share of new revenue judged against a band (a
 * floor row, higher is better, and a ceiling row, lower is better) and the control
 * guardrails a team picks from a short list. Plain data in the readers' words, shared by
 * the request schema, the plan and the sidebar, so each word lives here once.
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

/** One balance metric: its name in the plan, which way is better, its default owner and why it matters. */
export interface BalanceMetric {
  name: string;
  direction: Direction;
  owner: string;
  /** What the metric measures and why it stands for scale or control, in a revenue-ops reader's words. */
  explain: string;
}

/** Every balance metric is a rate, so each is stated as a percentage. */
export const BALANCE_UNIT = 'percent' as const;

export const BALANCE_METRICS: Record<ShareKind | ControlKind, BalanceMetric> = {
  shareFloor: {
    name: 'Partner share of new revenue (floor)',
    direction: 'higher',
    owner: 'Channel sales lead',
    explain:
      'Partner-sourced ÷ (partner-sourced + direct) new revenue of the same period. Below the floor the partners are not scaling.',
  },
  shareCeiling: {
    name: 'Partner share of new revenue (ceiling)',
    direction: 'lower',
    owner: 'Revenue operations lead',
    explain:
      'The same share. Above the ceiling so much new revenue comes through partners that direct control (pricing, customer relationships, forecast) is at risk.',
  },
  partnerChurn: {
    name: 'Partner-sourced customer churn',
    direction: 'lower',
    owner: 'Customer success lead',
    explain:
      'Share of customers won through partners who leave in the period. Higher than the direct channel’s means partners bring customers you cannot keep.',
  },
  directTouch: {
    name: 'Partner deals with a direct sales touch',
    direction: 'higher',
    owner: 'Channel sales lead',
    explain:
      'Share of partner deals where your own sales team met the customer. Falling means you lose your hand on the relationship.',
  },
  partnerDiscount: {
    name: 'Average discount on partner deals',
    direction: 'lower',
    owner: 'Deal desk lead',
    explain:
      'Mean discount off list price on partner deals. Above the direct channel’s means partners, not you, set the price.',
  },
  forecastAccuracy: {
    name: 'Forecast accuracy of partner pipeline',
    direction: 'higher',
    owner: 'Revenue operations lead',
    explain:
      'Partner revenue closed ÷ partner revenue forecast for the period. Falling means you can no longer call the quarter.',
  },
};

/** The sidebar's and the plan's words about the balance, each in one place. */
export const BALANCE_WORDS = {
  shareBaseline: 'Partner share of new revenue today',
  shareBaselineHint:
    'Empty: the band is 20% → 60% (STOP at 10% / 75%). Typed: the floor’s GO is today’s share and its STOP half of it; the ceiling’s GO leaves direct half of its share today and its STOP a quarter.',
  directBaseline: 'Direct channel today',
  directBaselineHint:
    'The same measure for your direct channel (or today’s level): GO and STOP follow from it.',
  controlHeading: 'Control guardrails',
  controlIntro:
    'Scale through partners must not cost you control. Pick the guardrails to judge at every gate and type the direct channel’s level of each.',
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
