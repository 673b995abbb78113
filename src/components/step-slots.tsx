import { createContext, type ReactNode, useContext } from 'react';
import type { CauseId } from '../engine/cause-ids';
import type { Content } from '../engine/content-schema';
import type { WizardView } from '../engine/replay';
import type { TemplateValues } from '../engine/template';
import type { WizardEvent } from '../engine/transition';
import type { AutoVerdict, WizardState } from '../engine/wizard-state';

/** What the wizard hands to the features that extend it: where it is, and how to link within it. */
export interface WizardSnapshot {
  content: Content;
  state: WizardState;
  view: WizardView;
  /** Placeholder values for content text (with tenant details hidden in screen-share mode). */
  values: TemplateValues;
  /** The address of the step on screen. */
  url: string;
  hrefFor: (event: WizardEvent) => string;
}

/**
 * Places in the wizard that other features fill without the wizard importing them (features never
 * import each other; the app wires them in app/wizard-extensions.tsx). Without a provider they render nothing.
 */
export interface StepSlots {
  /** What the automatic tenant check said about a cause (issue #3), shown above its check. */
  verdict?: (causeId: CauseId, verdict: { status: AutoVerdict; at: number }) => ReactNode;
  /** The support agent's tools beside the step (issue #5); not shown in screen-share mode. */
  agentPanel?: (wizard: WizardSnapshot) => ReactNode;
  /** The case report: copy, download, print (issue #5), on the resolved and escalate steps. */
  caseReport?: (wizard: WizardSnapshot) => ReactNode;
}

export const StepSlotsContext = createContext<StepSlots>({});

export function useStepSlots(): StepSlots {
  return useContext(StepSlotsContext);
}
