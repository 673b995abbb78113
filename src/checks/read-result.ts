/**
 * How a check reads one Graph result: the HTTP status decides first (DESIGN §4: a missing role, consent
 * or licence is "could not check", never an error), and only a 2xx body is handed on to be narrowed.
 */
import type { CauseId } from '../engine/cause-ids';
import { asObject, asString } from './json';
import type { Finding, GraphResult, UnknownReason } from './types';

export interface Unreadable {
  kind: 'unreadable';
  reason: UnknownReason;
  why: string;
}

export type Read = { kind: 'ok'; body: unknown } | { kind: 'not-found' } | Unreadable;

/** The reason given when a 2xx body has another shape than the resource documents. */
export const MALFORMED: Unreadable = {
  kind: 'unreadable',
  reason: 'unavailable',
  why: 'the answer was not in the expected shape',
};

const NO_ANSWER: Record<NonNullable<GraphResult['error']>, string> = {
  timeout: 'the request timed out',
  network: 'the network request failed',
  malformed: 'the answer was not valid JSON',
  throttled: 'Microsoft Graph throttled the request',
};

// Sign-in logs through Graph need Entra ID P1/P2; the 403 then carries this code (research §0.3).
const PREMIUM_LICENCE_CODE = 'Authentication_RequestFromNonPremiumTenantOrB2CTenant';
const PREMIUM_LICENCE_MESSAGE = /premium licen[cs]e/i;

export function readResult(result: GraphResult | undefined): Read {
  if (!result) return { kind: 'unreadable', reason: 'unavailable', why: 'no answer was recorded' };
  if (result.error) return { kind: 'unreadable', reason: 'unavailable', why: NO_ANSWER[result.error] };
  const { status } = result;
  if (status >= 200 && status < 300) return { kind: 'ok', body: result.body };
  if (status === 404) return { kind: 'not-found' };
  if (status === 401 || status === 403) {
    const code = errorCode(result.body);
    return {
      kind: 'unreadable',
      reason: 'permission',
      why: `access was denied (HTTP ${status}${code ? ` ${code}` : ''})`,
    };
  }
  if (status === 0) return { kind: 'unreadable', reason: 'unavailable', why: 'no answer came' };
  if (status === 429)
    return { kind: 'unreadable', reason: 'unavailable', why: 'Microsoft Graph throttled the request (HTTP 429)' };
  if (status >= 500)
    return { kind: 'unreadable', reason: 'unavailable', why: `Microsoft Graph failed (HTTP ${status})` };
  return { kind: 'unreadable', reason: 'unavailable', why: `Microsoft Graph refused the request (HTTP ${status})` };
}

/** The body of a 2xx answer, else undefined: for evidence a check can do without. */
export function okBody(result: GraphResult | undefined): unknown {
  const read = readResult(result);
  return read.kind === 'ok' ? read.body : undefined;
}

/** For resources every tenant has (its settings, its policy lists): a 404 is just an answer of no use. */
export function readExisting(result: GraphResult | undefined): Exclude<Read, { kind: 'not-found' }> {
  const read = readResult(result);
  return read.kind === 'not-found'
    ? { kind: 'unreadable', reason: 'unavailable', why: 'Microsoft Graph did not find it (HTTP 404)' }
    : read;
}

/** As readExisting, but a 403 for want of Entra ID P1/P2 is a licence problem, not a missing role. */
export function readLicensedResult(result: GraphResult | undefined): Exclude<Read, { kind: 'not-found' }> {
  if (result?.status === 403 && !result.error && isPremiumLicenceError(result.body)) {
    return {
      kind: 'unreadable',
      reason: 'licence',
      why: 'the tenant has no Microsoft Entra ID P1 or P2 licence, which the sign-in log API needs (HTTP 403)',
    };
  }
  return readExisting(result);
}

function isPremiumLicenceError(body: unknown): boolean {
  const error = asObject(asObject(body)?.error);
  const message = asString(error?.message) ?? '';
  return asString(error?.code) === PREMIUM_LICENCE_CODE || PREMIUM_LICENCE_MESSAGE.test(message);
}

function errorCode(body: unknown): string | undefined {
  return asString(asObject(asObject(body)?.error)?.code);
}

/** Where a finding comes from and what to do by hand when it cannot be decided. */
export interface Subject {
  causeId: CauseId;
  weight: Finding['weight'];
  source: string;
  /** What was read, for "Could not read <what>: …". */
  what: string;
  manual: string;
}

export function couldNotRead(subject: Subject, read: Pick<Unreadable, 'reason' | 'why'>): Finding {
  return undecided(subject, read.reason, `Could not read ${subject.what}: ${read.why}.`);
}

/** An unknown finding: `reason` says why it could not be decided, the subject's `manual` what to do. */
export function undecided(subject: Subject, reason: UnknownReason, text: string, manual = subject.manual): Finding {
  return {
    causeId: subject.causeId,
    status: 'unknown',
    weight: subject.weight,
    text,
    source: subject.source,
    reason,
    manual,
  };
}

/** A decided finding (pass or fail) about a subject. */
export function finding(
  subject: Subject,
  status: 'pass' | 'fail',
  text: string,
  extra?: Pick<Finding, 'warning' | 'change'>,
): Finding {
  return { causeId: subject.causeId, status, weight: subject.weight, text, source: subject.source, ...extra };
}
