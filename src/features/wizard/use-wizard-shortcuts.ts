import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import { isShortcutKey } from '../../components/shortcuts';
import { nextUnchecked } from '../../engine/next-unchecked';
import type { WizardView } from '../../engine/replay';
import type { WizardEvent } from '../../engine/transition';
import type { WizardState } from '../../engine/wizard-state';
import { NEXT_INSTRUCTION } from './step-list';
import type { Wizard } from './wizard-context';

/** N, B, Shift+R and 1–7 on every wizard step (the app handles P and ?). */
export function useWizardShortcuts(wizard: Wizard | null): void {
  const navigate = useNavigate();
  const current = useRef(wizard);
  current.current = wizard;

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!current.current || !isShortcutKey(e)) return;
      const { state, view, dispatch, hrefFor } = current.current;
      const event = eventFor(e, state, view);
      if (!event) return;
      e.preventDefault();
      if (event === 'next-instruction') return;
      // A jump is a link in the cause list: follow the same address it would.
      if (event.type === 'JUMP') navigate(hrefFor(event));
      else dispatch(event);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate]);
}

function eventFor(e: KeyboardEvent, state: WizardState, view: WizardView): WizardEvent | 'next-instruction' | null {
  if (e.key === 'R' && e.shiftKey)
    return state.log.length || Object.keys(state.answers).length ? { type: 'RESTART' } : null;
  if (e.shiftKey) return null;
  const key = e.key.toLowerCase();
  if (key === 'b') return state.log.length ? { type: 'BACK' } : null;
  if (key === 'n') {
    // A paged instruction list on screen moves on first (it cancels the event when it does).
    const asked = new Event(NEXT_INSTRUCTION, { cancelable: true });
    if (!window.dispatchEvent(asked)) return 'next-instruction';
    const next = nextUnchecked(view);
    return next ? { type: 'JUMP', causeId: next } : null;
  }
  // The numbers are the ones the cause list shows: the order the causes are walked in.
  const cause = /^[1-9]$/.test(key) ? view.order[Number(key) - 1] : undefined;
  return cause ? { type: 'JUMP', causeId: cause } : null;
}
