import type { CauseId } from './cause-ids';
import type { Cause, ContentIndex, ContentNode } from './content-schema';

export function findCause<T extends ContentIndex>(content: T, id: CauseId): T['causes'][number] | undefined {
  return content.causes.find((c) => c.id === id);
}

export function findNode(cause: Cause, nodeId: string): ContentNode | undefined {
  return cause.nodes.find((n) => n.id === nodeId);
}
