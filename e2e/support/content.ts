/** The real content and engine helpers, so the specs follow whatever the editors wrote. */
import { content } from '../../src/content/index';
import type { CauseId } from '../../src/engine/cause-ids';
import type { Cause } from '../../src/engine/content-schema';
import { answersToFirstFix } from '../../src/engine/paths';

export { content };

export function cause(id: CauseId): Cause {
  const found = content.causes.find((c) => c.id === id);
  if (!found) throw new Error(`no cause ${id}`);
  return found;
}

/** The answer labels that lead from a cause's first step to its first fix, in order. */
export function labelsToFirstFix(id: CauseId): { nodeId: string; answerId: string }[] {
  const path = answersToFirstFix(cause(id));
  if (!path) throw new Error(`no fix reachable in ${id}`);
  return path;
}

/** The id of the "I can't check this" answer of a check step (every check has one). */
export function cantCheckAnswer(id: CauseId, nodeId: string): string {
  const node = cause(id).nodes.find((n) => n.id === nodeId);
  const answer = node?.kind === 'check' ? node.answers.find((a) => a.next === '#cant-check') : undefined;
  if (!answer) throw new Error(`${id}/${nodeId} has no #cant-check answer`);
  return answer.id;
}

/** The first answer of a check step that rules the cause out, if it has one. */
export function ruledOutAnswer(id: CauseId, nodeId: string): string | undefined {
  const node = cause(id).nodes.find((n) => n.id === nodeId);
  return node?.kind === 'check' ? node.answers.find((a) => a.next === '#ruled-out')?.id : undefined;
}

/** The step id of a cause's first step, e.g. "security-defaults/check-setting". */
export function entryStep(id: CauseId): string {
  return `${id}/${cause(id).entry}`;
}
