import type { Content } from './content-schema';
import { transition, type WizardEvent } from './transition';
import { encodeUrl } from './url-encode';
import type { WizardState } from './wizard-state';

/** The address an event leads to from a state; a fresh start when the event does not apply there. */
export function urlAfter(content: Content, state: WizardState, event: WizardEvent, now: number): string {
  const next = transition(content, state, event, now);
  return next.ok ? encodeUrl(content, next.value.state, next.value.view.step) : '/';
}
