/**
 * The wizard's state in a URL: the step is the path (/causes/security-defaults), everything else is
 * one versioned query parameter `s` holding base64url JSON. This half writes it and stays in the first
 * load; url-codec.ts reads it and loads with the wizard.
 */
import { CAUSE_IDS, type CauseId } from './cause-ids';
import { findCause } from './content-lookup';
import type { ContentIndex } from './content-schema';
import type { AutoVerdict, LogEntry, RetryResult, WizardState, WizardStep } from './wizard-state';

export const URL_STATE_VERSION = 1;
export const STATE_PARAM = 's';
export const RETRY_CODES: Record<RetryResult, string> = { worked: 'w', 'still-failing': 'f', 'cant-check': 'c' };
export const VERDICT_CODES: Record<AutoVerdict, string> = { pass: 'p', fail: 'f', unknown: 'u' };

/** The path of a step, without the state. */
export function pathFor(content: ContentIndex, step: WizardStep): string {
  switch (step.kind) {
    case 'start':
      return '/';
    case 'resolved':
      return '/resolved';
    case 'escalate':
      return '/escalate';
    case 'node':
      return findCause(content, step.causeId)?.entry === step.nodeId
        ? `/causes/${step.causeId}`
        : `/causes/${step.causeId}/${step.nodeId}`;
  }
}

/** The full URL (path and query) for a state. An empty state has no query at all. */
export function encodeUrl(content: ContentIndex, state: WizardState, step: WizardStep): string {
  const path = pathFor(content, step);
  if (state.log.length === 0 && Object.keys(state.answers).length === 0) return path;
  return `${path}?${STATE_PARAM}=${encodeState(state)}`;
}

export function encodeState(state: WizardState): string {
  const a = state.answers;
  const answers = stripUndefined({
    e: a.errorText,
    w: a.workedBefore,
    c: a.recentChange,
    t: a.changedAt,
    k: a.changeKind,
    m: a.account,
    p: a.appId,
  });
  const log = state.log.map(encodeEntry);
  return toBase64Url(JSON.stringify({ v: URL_STATE_VERSION, a: answers, l: log }));
}

function encodeEntry(e: LogEntry): unknown[] {
  const idx = (id: CauseId) => CAUSE_IDS.indexOf(id);
  switch (e.type) {
    case 'begin':
      return ['b', e.at, e.order.map(idx).join('')];
    case 'answer':
      return ['a', e.at, idx(e.causeId), e.nodeId, e.answerId];
    case 'retry':
      return ['r', e.at, idx(e.causeId), e.nodeId, RETRY_CODES[e.result]];
    case 'jump':
      return ['j', e.at, idx(e.causeId)];
    case 'edit':
      return ['e', e.at];
    case 'escalate':
      return ['x', e.at];
    case 'verified':
      return ['v', e.at, CAUSE_IDS.map((id) => VERDICT_CODES[e.verdicts[id]]).join('')];
  }
}

function stripUndefined(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
