import type { CauseId } from './cause-ids';

/** What the user told us on the start step. Nothing here is secret; every field is optional. */
export interface StartAnswers {
  errorText?: string;
  workedBefore?: Tristate;
  recentChange?: Tristate;
  /** When the last tenant change was made, in epoch seconds. */
  changedAt?: number;
  /** Which kind of change (an id from flow.json changeKinds): it decides how long propagation takes. */
  changeKind?: string;
  account?: string;
  appId?: string;
}

export const TRISTATES = ['yes', 'no', 'unsure'] as const;
export type Tristate = (typeof TRISTATES)[number];

/** What an automatic tenant check concluded about a cause. */
export const AUTO_VERDICTS = ['pass', 'fail', 'unknown'] as const;
export type AutoVerdict = (typeof AUTO_VERDICTS)[number];

export const RETRY_RESULTS = ['worked', 'still-failing', 'cant-check'] as const;
export type RetryResult = (typeof RETRY_RESULTS)[number];

/**
 * The wizard is an append-only log of what the user did; the current step, each cause's status and
 * the case summary are all derived from it by `replay`. Back is "drop the last entry".
 * Times are epoch seconds.
 */
export type LogEntry =
  | { type: 'begin'; at: number; order: readonly CauseId[] }
  | { type: 'answer'; at: number; causeId: CauseId; nodeId: string; answerId: string }
  | { type: 'retry'; at: number; causeId: CauseId; nodeId: string; result: RetryResult }
  | { type: 'jump'; at: number; causeId: CauseId }
  | { type: 'edit'; at: number }
  | { type: 'escalate'; at: number }
  /** The tenant was checked automatically (issue #3): each cause's verdict, in CAUSE_IDS order. */
  | { type: 'verified'; at: number; verdicts: Readonly<Record<CauseId, AutoVerdict>> };

export interface WizardState {
  answers: StartAnswers;
  log: readonly LogEntry[];
}

export type WizardStep =
  | { kind: 'start' }
  | { kind: 'node'; causeId: CauseId; nodeId: string }
  | { kind: 'resolved'; causeId: CauseId }
  | { kind: 'escalate' };

export const CAUSE_STATUSES = ['not-checked', 'ruled-out', 'fixed', 'cant-check'] as const;
export type CauseStatus = (typeof CAUSE_STATUSES)[number];

/** One choice made inside a cause: an answer to a check, or the result of a retry after a fix. */
export type CauseChoice =
  | { kind: 'answer'; nodeId: string; answerId: string; at: number }
  | { kind: 'retry'; nodeId: string; result: RetryResult; at: number };

export interface CauseRecord {
  status: CauseStatus;
  /** Set when the automatic check decided the status (a passed check rules the cause out). */
  auto?: true;
  /** When the status was decided. */
  at?: number;
  /** The choices that led to the status (the last attempt at this cause). */
  choices: readonly CauseChoice[];
}

export const MAX_LOG_ENTRIES = 200;
export const MAX_ERROR_TEXT = 2000;
