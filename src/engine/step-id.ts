import type { WizardStep } from './wizard-state';

/** A step's stable name: "start", "<cause>/<node>", "resolved" or "escalate" (markers, notes, reports). */
export function stepId(step: WizardStep): string {
  return step.kind === 'node' ? `${step.causeId}/${step.nodeId}` : step.kind;
}
