import type { CauseId } from './cause-ids';
import type { WizardView } from './replay';

/** The first unchecked cause after the one on screen, in the walking order, wrapping around. */
export function nextUnchecked(view: WizardView): CauseId | null {
  const { order, records, step } = view;
  const at = step.kind === 'node' ? order.indexOf(step.causeId) : -1;
  const after = [...order.slice(at + 1), ...order.slice(0, at + 1)];
  return (
    after.find((id) => records[id].status === 'not-checked' && !(step.kind === 'node' && id === step.causeId)) ?? null
  );
}
