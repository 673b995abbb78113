/**
 * What the tenant checks read and what they conclude (DESIGN §4). Pure types: the Graph client fills a
 * TenantSnapshot, each check module turns it into findings, and verdicts.ts folds findings into one
 * verdict per cause. No fetch, no React, no MSAL here.
 */
import type { CauseId } from '../engine/cause-ids';

/** The Graph requests of a verification run; each is one `$batch` item whose `id` is this name. */
export const REQUEST_IDS = [
  'user',
  'memberOf',
  'application',
  'servicePrincipal',
  'securityDefaults',
  'sharepointSettings',
  'caPolicies',
  'namedLocations',
  'directoryAudits',
  'signIns',
  'mfaRequirements',
] as const;
export type RequestId = (typeof REQUEST_IDS)[number];

/**
 * One response as the checks see it. `status` is the HTTP status of the batch item, or 0 when no answer
 * came (`error` says why). `body` is the parsed JSON, unvalidated: checks narrow it themselves.
 */
export interface GraphResult {
  status: number;
  body?: unknown;
  error?: 'timeout' | 'network' | 'malformed' | 'throttled';
}

/** The inputs of a What If evaluation (POST /identity/conditionalAccess/evaluate) and its answer. */
export interface WhatIfRun {
  /** Exchange Online or SharePoint Online's application id. */
  resource: string;
  clientAppType: 'other' | 'exchangeActiveSync';
  /** The provider IP the sign-in was evaluated from, when any was given. */
  ipAddress?: string;
  result: GraphResult;
}

export interface TenantSnapshot {
  /** When the responses were read (epoch seconds): the checks' "now". */
  fetchedAt: number;
  results: Partial<Record<RequestId, GraphResult>>;
  /** Empty when What If could not be asked (no service account found). */
  whatIf: WhatIfRun[];
}

/** What the user gave the checks. Never a whole password or secret: at most their first 3 characters. */
export interface VerifyInputs {
  account?: string;
  appId?: string;
  providerIps: readonly string[];
  appPasswordPrefix?: string;
  secretPrefix?: string;
  /** Which setup of the backup's setup article was followed: an App Password (mfa) or the password (simple). */
  setup: 'simple' | 'mfa' | 'unknown';
}

export type VerdictStatus = 'pass' | 'fail' | 'unknown';

/** Why a check could not decide; each has its own advice on screen. */
export type UnknownReason =
  | 'permission' // 401/403: the signed-in admin lacks a role or the app lacks consent for a scope
  | 'licence' // sign-in logs through Graph need Microsoft Entra ID P1 or P2
  | 'missing-input' // the user did not give what the check needs (e.g. the application ID)
  | 'unavailable' // 5xx, timeout, throttled or malformed: worth trying again
  | 'manual'; // no Graph API exposes it (Exchange Online settings): check by hand

/** One thing a check established, with where it was read. */
export interface Finding {
  causeId: CauseId;
  status: VerdictStatus;
  /** Primary findings decide a cause; supporting ones only add evidence (or a failure). */
  weight: 'primary' | 'supporting';
  /** Plain sentence for the board, e.g. "Security defaults are enabled (isEnabled = true)". */
  text: string;
  /** The Graph resource read, e.g. "GET /policies/identitySecurityDefaultsEnforcementPolicy". */
  source: string;
  /** When status is unknown: why, and what to do by hand. */
  reason?: UnknownReason;
  manual?: string;
  /** Report-only policies and similar: shown, but not a failure. */
  warning?: boolean;
  /** A recent change: when it was made and when it should have applied everywhere (epoch seconds). */
  change?: { at: number; readyAt: number; kind: string };
}

export interface CauseVerdict {
  causeId: CauseId;
  status: VerdictStatus;
  findings: Finding[];
  /** When the snapshot was read, for "checked at …". */
  checkedAt: number;
}
