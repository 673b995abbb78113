import { answersProblem } from './answers';
import type { CauseId } from './cause-ids';
import type { Content } from './content-schema';
import { isEpochSeconds } from './formats';
import { orderCauses } from './order-causes';
import { replay, type WizardView } from './replay';
import { err, ok, type Result } from './result';
import {
  type AutoVerdict,
  type LogEntry,
  MAX_LOG_ENTRIES,
  type RetryResult,
  type StartAnswers,
  type WizardState,
} from './wizard-state';

export type WizardEvent =
  | { type: 'BEGIN'; answers: StartAnswers }
  | { type: 'ANSWER'; answerId: string }
  | { type: 'RETRY'; result: RetryResult }
  | { type: 'JUMP'; causeId: CauseId }
  | { type: 'EDIT_ANSWERS' }
  | { type: 'ESCALATE' }
  | { type: 'BACK' }
  | { type: 'RESTART' }
  /** Record when the change was made without leaving the page (the propagation countdown asks for it). */
  | { type: 'SET_CHANGE'; changedAt: number; changeKind?: string }
  /** Take the automatic tenant check's verdicts, and the recent change it found, if any. */
  | {
      type: 'APPLY_VERDICTS';
      verdicts: Readonly<Record<CauseId, AutoVerdict>>;
      /** When the tenant was read (epoch seconds): the time the verdicts are about. */
      checkedAt: number;
      change?: { changedAt: number; changeKind: string };
    };

export interface Transitioned {
  state: WizardState;
  view: WizardView;
}

/** The next state for an event, given the time `now` in epoch seconds. Pure: no clock, no I/O. */
export function transition(
  content: Content,
  state: WizardState,
  event: WizardEvent,
  now: number,
): Result<Transitioned, string> {
  const current = replay(content, state);
  if (!current.ok) return err(current.error.message);
  const { step } = current.value;
  const at = Math.floor(now);

  const append = (entry: LogEntry, answers = state.answers) => {
    if (state.log.length >= MAX_LOG_ENTRIES) return err('this session has too many steps to keep; start over');
    return settle(content, { answers, log: [...state.log, entry] });
  };

  switch (event.type) {
    case 'BEGIN': {
      const problem = answersProblem(content, event.answers);
      if (problem) return err(problem);
      return append({ type: 'begin', at, order: orderCauses(content, event.answers, at) }, event.answers);
    }
    case 'ANSWER':
      if (step.kind !== 'node') return err('there is no question on screen');
      return append({ type: 'answer', at, causeId: step.causeId, nodeId: step.nodeId, answerId: event.answerId });
    case 'RETRY':
      if (step.kind !== 'node') return err('there is no fix on screen');
      return append({ type: 'retry', at, causeId: step.causeId, nodeId: step.nodeId, result: event.result });
    case 'JUMP':
      return append({ type: 'jump', at, causeId: event.causeId });
    case 'EDIT_ANSWERS':
      return append({ type: 'edit', at });
    case 'ESCALATE':
      return append({ type: 'escalate', at });
    case 'BACK':
      return settle(content, { answers: state.answers, log: state.log.slice(0, -1) });
    case 'RESTART':
      return settle(content, { answers: {}, log: [] });
    case 'APPLY_VERDICTS': {
      const answers: StartAnswers = event.change
        ? {
            ...state.answers,
            recentChange: 'yes',
            changedAt: event.change.changedAt,
            changeKind: event.change.changeKind,
          }
        : state.answers;
      const problem = answersProblem(content, answers);
      if (problem) return err(problem);
      if (!isEpochSeconds(event.checkedAt) || event.checkedAt > at + 300)
        return err('the time of the check is not valid');
      return append({ type: 'verified', at: event.checkedAt, verdicts: event.verdicts }, answers);
    }
    case 'SET_CHANGE': {
      const answers: StartAnswers = { ...state.answers, recentChange: 'yes', changedAt: event.changedAt };
      if (event.changeKind) answers.changeKind = event.changeKind;
      else delete answers.changeKind;
      const problem = answersProblem(content, answers);
      return problem ? err(problem) : settle(content, { answers, log: state.log });
    }
  }
}

function settle(content: Content, state: WizardState): Result<Transitioned, string> {
  const view = replay(content, state);
  return view.ok ? ok({ state, view: view.value }) : err(view.error.message);
}
