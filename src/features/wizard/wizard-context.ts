import { createContext, useContext } from 'react';
import type { Content } from '../../engine/content-schema';
import type { WizardView } from '../../engine/replay';
import type { WizardEvent } from '../../engine/transition';
import type { WizardState } from '../../engine/wizard-state';

export interface Wizard {
  content: Content;
  state: WizardState;
  view: WizardView;
  /** Applies an event and moves to the URL of the resulting step. */
  dispatch: (event: WizardEvent, options?: { replace?: boolean }) => void;
  /** The URL an event would lead to, for real links (open in a new tab, copy link). */
  hrefFor: (event: WizardEvent) => string;
}

export const WizardContext = createContext<Wizard | null>(null);

export function useWizard(): Wizard {
  const wizard = useContext(WizardContext);
  if (!wizard) throw new Error('useWizard must be used inside <WizardContext>');
  return wizard;
}
