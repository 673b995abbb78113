/**
 * Reads the wizard's state back from a URL (url-encode.ts writes it). Decoding never throws: any
 * string yields a state or a typed error that says, in words a user can read, what was wrong with the link.
 */

import { answersProblem } from './answers';
import { CAUSE_IDS, type CauseId, isCauseId } from './cause-ids';
import { findCause, findNode } from './content-lookup';
import type { Content } from './content-schema';
import { isEpochSeconds } from './formats';
import { replay } from './replay';
import { err, ok, type Result } from './result';
import { RETRY_CODES, STATE_PARAM, URL_STATE_VERSION, VERDICT_CODES } from './url-encode';
import {
  AUTO_VERDICTS,
  type AutoVerdict,
  type LogEntry,
  MAX_LOG_ENTRIES,
  RETRY_RESULTS,
  type StartAnswers,
  TRISTATES,
  type Tristate,
  type WizardState,
  type WizardStep,
} from './wizard-state';

export type UrlStateErrorCode =
  | 'malformed'
  | 'unsupported-version'
  | 'invalid-field'
  | 'inconsistent'
  | 'missing-state'
  | 'unknown-cause'
  | 'unknown-step';

export interface UrlStateError {
  code: UrlStateErrorCode;
  message: string;
  /** Where a fresh start should land: the cause the link named, when it named a real one. */
  restartAt?: CauseId;
}

/**
 * Reads a wizard URL. `now` (epoch seconds) is the time given to the implicit "jump" of a plain deep
 * link such as /causes/security-defaults, which carries no state yet.
 */
export function decodeUrl(
  content: Content,
  pathname: string,
  search: string,
  now: number,
): Result<WizardState, UrlStateError> {
  const target = parsePath(content, pathname);
  if (!target.ok) return target;
  const raw = new URLSearchParams(search).get(STATE_PARAM);

  if (raw === null || raw === '') {
    const t = target.value;
    if (t.kind === 'start') return ok({ answers: {}, log: [] });
    if (t.kind === 'node' && t.nodeId === null) {
      return ok({ answers: {}, log: [{ type: 'jump', at: Math.floor(now), causeId: t.causeId }] });
    }
    return err({
      code: 'missing-state',
      message: 'the link points to a step further into the wizard but carries none of the answers that lead there',
      ...(t.kind === 'node' ? { restartAt: t.causeId } : {}),
    });
  }

  const restartAt = target.value.kind === 'node' ? target.value.causeId : undefined;
  const withRestart = (e: UrlStateError): UrlStateError => (restartAt ? { ...e, restartAt } : e);

  const state = decodeState(content, raw);
  if (!state.ok) return err(withRestart(state.error));

  const view = replay(content, state.value);
  if (!view.ok) {
    return err(
      withRestart({ code: 'inconsistent', message: `its saved steps do not fit together (${view.error.message})` }),
    );
  }
  if (!pathShowsStep(content, target.value, view.value.step)) {
    return err(
      withRestart({ code: 'inconsistent', message: 'the page in the address does not match its saved answers' }),
    );
  }
  return ok(state.value);
}

/** Whether the address names the step the state leads to (a cause's first step may be named or not). */
function pathShowsStep(content: Content, target: PathTarget, step: WizardStep): boolean {
  if (target.kind !== 'node' || step.kind !== 'node') return target.kind === step.kind;
  const nodeId = target.nodeId ?? findCause(content, target.causeId)?.entry;
  return target.causeId === step.causeId && nodeId === step.nodeId;
}

type PathTarget =
  | { kind: 'start' | 'resolved' | 'escalate' }
  | { kind: 'node'; causeId: CauseId; nodeId: string | null };

function parsePath(content: Content, pathname: string): Result<PathTarget, UrlStateError> {
  const parts = pathname.split('/').filter(Boolean).map(safeDecode);
  const [first, second, third, ...rest] = parts;
  if (parts.length === 0) return ok({ kind: 'start' });
  if (parts.length === 1 && (first === 'resolved' || first === 'escalate')) return ok({ kind: first });
  if (first === 'causes' && second !== undefined && rest.length === 0) {
    if (!isCauseId(second)) {
      return err({ code: 'unknown-cause', message: `there is no cause called "${truncate(second ?? '', 60)}"` });
    }
    const cause = findCause(content, second);
    if (third === undefined || third === cause?.entry) return ok({ kind: 'node', causeId: second, nodeId: null });
    if (!cause || !findNode(cause, third ?? '')) {
      return err({
        code: 'unknown-step',
        message: `the cause "${cause?.shortTitle ?? second}" has no step called "${truncate(third ?? '', 60)}"`,
        restartAt: second,
      });
    }
    return ok({ kind: 'node', causeId: second, nodeId: third ?? null });
  }
  return err({ code: 'unknown-step', message: 'the address is not a page of this wizard' });
}

function decodeState(content: Content, raw: string): Result<WizardState, UrlStateError> {
  const malformed = err<UrlStateError>({ code: 'malformed', message: 'its saved answers are damaged or cut short' });
  const json = fromBase64Url(raw);
  if (json === null) return malformed;
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return malformed;
  }
  if (!isRecord(data)) return malformed;
  if (data.v !== URL_STATE_VERSION) {
    return err({
      code: 'unsupported-version',
      message: `it was made by a different version of this app (state version ${describeValue(data.v)}, this app reads ${URL_STATE_VERSION})`,
    });
  }
  if (!onlyKeys(data, ['v', 'a', 'l'])) return invalid('the saved state has fields this app does not know');
  const answers = decodeAnswers(content, data.a);
  if (!answers.ok) return answers;
  if (!Array.isArray(data.l)) return invalid('the list of steps is missing');
  if (data.l.length > MAX_LOG_ENTRIES) return invalid(`it holds more than ${MAX_LOG_ENTRIES} steps`);
  const log: LogEntry[] = [];
  for (const [i, item] of data.l.entries()) {
    const entry = decodeEntry(item);
    if (!entry) return invalid(`step ${i + 1} of its history is not valid`);
    log.push(entry);
  }
  return ok({ answers: answers.value, log });
}

function decodeAnswers(content: Content, raw: unknown): Result<StartAnswers, UrlStateError> {
  if (!isRecord(raw) || !onlyKeys(raw, ['e', 'w', 'c', 't', 'k', 'm', 'p'])) {
    return invalid('the answers are not valid');
  }
  const text = (v: unknown) => v === undefined || typeof v === 'string';
  if (!text(raw.e) || !text(raw.k) || !text(raw.m) || !text(raw.p)) return invalid('the answers are not valid');
  if (raw.w !== undefined && !isTristate(raw.w)) return invalid('the answer to "did it ever work?" is not valid');
  if (raw.c !== undefined && !isTristate(raw.c)) return invalid('the answer to "did anything change?" is not valid');
  if (raw.t !== undefined && typeof raw.t !== 'number') return invalid('the time of the change is not valid');
  const a = JSON.parse(
    JSON.stringify({
      errorText: raw.e,
      workedBefore: raw.w,
      recentChange: raw.c,
      changedAt: raw.t,
      changeKind: raw.k,
      account: raw.m,
      appId: raw.p,
    }),
  ) as StartAnswers; // JSON round trip drops the fields that were not there
  const problem = answersProblem(content, a);
  return problem ? invalid(problem) : ok(a);
}

function decodeEntry(item: unknown): LogEntry | null {
  if (!Array.isArray(item) || typeof item[0] !== 'string' || !isEpochSeconds(item[1])) return null;
  const [tag, at, c, nodeId, last] = item as [string, number, unknown, unknown, unknown];
  const causeId = typeof c === 'number' ? CAUSE_IDS[c] : undefined;
  const isId = (v: unknown): v is string => typeof v === 'string' && /^[a-z0-9-]{1,64}$/.test(v);
  switch (tag) {
    case 'b': {
      if (item.length !== 3 || typeof c !== 'string' || !/^[0-6]{7}$/.test(c)) return null;
      const order = [...c].map((d) => CAUSE_IDS[Number(d)] as CauseId);
      return new Set(order).size === CAUSE_IDS.length ? { type: 'begin', at, order } : null;
    }
    case 'a':
      return item.length === 5 && causeId && isId(nodeId) && isId(last)
        ? { type: 'answer', at, causeId, nodeId, answerId: last }
        : null;
    case 'r': {
      const result = RETRY_RESULTS.find((r) => RETRY_CODES[r] === last);
      return item.length === 5 && causeId && isId(nodeId) && result
        ? { type: 'retry', at, causeId, nodeId, result }
        : null;
    }
    case 'j':
      return item.length === 3 && causeId ? { type: 'jump', at, causeId } : null;
    case 'e':
      return item.length === 2 ? { type: 'edit', at } : null;
    case 'x':
      return item.length === 2 ? { type: 'escalate', at } : null;
    case 'v': {
      if (item.length !== 3 || typeof c !== 'string' || !/^[pfu]{7}$/.test(c)) return null;
      const verdicts = Object.fromEntries(
        CAUSE_IDS.map((id, i) => [id, AUTO_VERDICTS.find((v) => VERDICT_CODES[v] === c[i]) ?? 'unknown']),
      ) as Record<CauseId, AutoVerdict>;
      return { type: 'verified', at, verdicts };
    }
    default:
      return null;
  }
}

function invalid(message: string) {
  return err<UrlStateError>({ code: 'invalid-field', message });
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function onlyKeys(o: Record<string, unknown>, allowed: readonly string[]): boolean {
  return Object.keys(o).every((k) => allowed.includes(k));
}

function isTristate(v: unknown): v is Tristate {
  return typeof v === 'string' && (TRISTATES as readonly string[]).includes(v);
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function describeValue(v: unknown): string {
  return typeof v === 'number' || typeof v === 'string' ? truncate(String(v), 20) : 'unknown';
}

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n)}…` : s;
}

function fromBase64Url(raw: string): string | null {
  const body = raw.replace(/=+$/, ''); // padding is optional in base64url; accept links that kept it
  if (!/^[A-Za-z0-9_-]*$/.test(body) || body.length % 4 === 1) return null;
  try {
    const binary = atob(body.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
