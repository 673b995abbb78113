import { createContext, type ReactNode, useContext } from 'react';
import type { CauseId } from '../engine/cause-ids';
import type { AutoVerdict } from '../engine/wizard-state';

/**
 * Places in a cause step that other features fill without the wizard importing them (features never
 * import each other; the app wires them here). Without a provider they render nothing.
 */
export interface StepSlots {
  /** What the automatic tenant check said about a cause (issue #3), shown above its check. */
  verdict?: (causeId: CauseId, verdict: { status: AutoVerdict; at: number }) => ReactNode;
}

export const StepSlotsContext = createContext<StepSlots>({});

export function useStepSlots(): StepSlots {
  return useContext(StepSlotsContext);
}
