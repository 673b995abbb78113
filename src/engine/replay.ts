import { CAUSE_IDS, type CauseId } from './cause-ids';
import { findCause, findNode } from './content-lookup';
import type { Answer, Cause, Content, ContentNode } from './content-schema';
import { orderCauses } from './order-causes';
import { err, ok, type Result } from './result';
import type { AutoVerdict, CauseChoice, CauseRecord, WizardState, WizardStep } from './wizard-state';

/** Everything the screens need, derived from the state. */
export interface WizardView {
  step: WizardStep;
  /** The order in which causes are walked, fixed when the user began. */
  order: readonly CauseId[];
  records: Readonly<Record<CauseId, CauseRecord>>;
  /** Choices already made in the cause on screen, before it has a status. */
  attempt: readonly CauseChoice[];
  /** The latest automatic check of the tenant, if any. */
  verified: { at: number; verdicts: Readonly<Record<CauseId, AutoVerdict>> } | null;
}

export interface ReplayError {
  /** Which log entry could not be applied. */
  index: number;
  message: string;
}

/** Applies the log from the start step and returns where it leads, or which entry makes no sense. */
export function replay(content: Content, state: WizardState): Result<WizardView, ReplayError> {
  let order: readonly CauseId[] = orderCauses(content, state.answers, state.log[0]?.at ?? 0);
  const records = {} as Record<CauseId, CauseRecord>;
  for (const id of CAUSE_IDS) records[id] = { status: 'not-checked', choices: [] };
  let step: WizardStep = { kind: 'start' };
  let attempt: CauseChoice[] = [];
  let verified: WizardView['verified'] = null;

  const nextCause = (): WizardStep => {
    const id = order.find((c) => records[c].status === 'not-checked');
    if (!id) return { kind: 'escalate' };
    return { kind: 'node', causeId: id, nodeId: entryOf(content, id) };
  };

  for (const [index, entry] of state.log.entries()) {
    const fail = (message: string) => err({ index, message });
    switch (entry.type) {
      case 'begin':
        order = entry.order;
        attempt = [];
        step = nextCause();
        break;
      case 'jump':
        if (!findCause(content, entry.causeId)) return fail(`there is no cause "${entry.causeId}"`);
        attempt = [];
        step = { kind: 'node', causeId: entry.causeId, nodeId: entryOf(content, entry.causeId) };
        break;
      case 'edit':
        attempt = [];
        step = { kind: 'start' };
        break;
      case 'escalate':
        attempt = [];
        step = { kind: 'escalate' };
        break;
      case 'verified': {
        // Failing causes first, then the ones nobody could check, passed ones last; a passed cause not yet
        // checked by hand is ruled out, and one ruled out by an earlier check that now fails is open again.
        const rank = { fail: 0, unknown: 1, pass: 2 } as const;
        order = [...order].sort((a, b) => rank[entry.verdicts[a]] - rank[entry.verdicts[b]]);
        for (const id of CAUSE_IDS) {
          const record = records[id];
          if (entry.verdicts[id] === 'pass' && record.status === 'not-checked') {
            records[id] = { status: 'ruled-out', auto: true, at: entry.at, choices: [] };
          } else if (entry.verdicts[id] !== 'pass' && record.auto) {
            records[id] = { status: 'not-checked', choices: [] };
          }
        }
        verified = { at: entry.at, verdicts: entry.verdicts };
        attempt = [];
        step = nextCause();
        break;
      }
      case 'answer':
      case 'retry': {
        if (step.kind !== 'node' || step.causeId !== entry.causeId || step.nodeId !== entry.nodeId) {
          return fail(`an answer for ${entry.causeId}/${entry.nodeId} was given while another step was on screen`);
        }
        const cause: Cause | undefined = findCause(content, entry.causeId);
        const node: ContentNode | undefined = cause && findNode(cause, entry.nodeId);
        if (!cause || !node) return fail(`there is no step ${entry.causeId}/${entry.nodeId}`);

        if (entry.type === 'retry') {
          if (node.kind !== 'fix') return fail(`${entry.causeId}/${entry.nodeId} is not a fix`);
          attempt.push({ kind: 'retry', nodeId: node.id, result: entry.result, at: entry.at });
          const status = entry.result === 'cant-check' ? 'cant-check' : 'fixed';
          records[cause.id] = { status, at: entry.at, choices: attempt };
          attempt = [];
          step = entry.result === 'worked' ? { kind: 'resolved', causeId: cause.id } : nextCause();
          break;
        }

        if (node.kind !== 'check') return fail(`${entry.causeId}/${entry.nodeId} asks no question`);
        const answer: Answer | undefined = node.answers.find((a: Answer) => a.id === entry.answerId);
        if (!answer) return fail(`${entry.causeId}/${entry.nodeId} has no answer "${entry.answerId}"`);
        attempt.push({ kind: 'answer', nodeId: node.id, answerId: answer.id, at: entry.at });
        if (answer.next === '#ruled-out' || answer.next === '#cant-check') {
          const status = answer.next === '#ruled-out' ? 'ruled-out' : 'cant-check';
          records[cause.id] = { status, at: entry.at, choices: attempt };
          attempt = [];
          step = nextCause();
        } else {
          if (!findNode(cause, answer.next)) return fail(`${cause.id}/${node.id} leads to a missing step`);
          step = { kind: 'node', causeId: cause.id, nodeId: answer.next };
        }
        break;
      }
    }
  }
  return ok({ step, order, records, attempt, verified });
}

function entryOf(content: Content, id: CauseId): string {
  return findCause(content, id)?.entry ?? '';
}
