import { useEffect } from 'react';
import { whereAt } from '../../engine/step-words';
import { rememberSession } from '../../session/recent-sessions';
import { sessionKey } from '../../session/session-key';
import type { Wizard } from './wizard-context';

/** Keeps this session in "Recent sessions on this device", at the address on screen, to reopen later. */
export function useRememberSession(wizard: Wizard | null, url: string): void {
  const content = wizard?.content;
  const state = wizard?.state;
  const view = wizard?.view;
  useEffect(() => {
    if (!content || !state || !view) return;
    const key = sessionKey(state);
    const first = state.log[0];
    const last = state.log.at(-1);
    if (!key || !first || !last) return;
    rememberSession({
      key,
      url,
      startedAt: first.at,
      updatedAt: last.at,
      where: whereAt(content, view),
      checked: view.order.filter((id) => view.records[id].status !== 'not-checked').length,
    });
  }, [content, state, view, url]);
}
