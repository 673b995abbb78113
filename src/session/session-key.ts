import type { WizardState } from '../engine/wizard-state';

/**
 * What ties notes and a recent-sessions entry to one troubleshooting session: the time of its first
 * step, which every later address of the session carries. Null before anything has happened.
 */
export function sessionKey(state: WizardState): string | null {
  const first = state.log[0];
  return first ? String(first.at) : null;
}
