import { useEffect } from 'react';
import { findCause, findNode } from '../../engine/content-lookup';
import type { Content } from '../../engine/content-schema';
import type { WizardView } from '../../engine/replay';
import { plainText } from '../../engine/rich-text';
import { fillTemplate } from '../../engine/template';
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

/** "At Security Defaults: Check whether Security Defaults is on", in words without tenant details. */
export function whereAt(content: Content, view: WizardView): string {
  const { step } = view;
  const say = (text: string) => plainText(fillTemplate(text, {}));
  const causeName = (id: Parameters<typeof findCause>[1]) => say(findCause(content, id)?.shortTitle ?? id);
  switch (step.kind) {
    case 'start':
      return 'At the start';
    case 'resolved':
      return `Resolved by ${causeName(step.causeId)}`;
    case 'escalate':
      return 'Escalated to support';
    case 'node': {
      const cause = findCause(content, step.causeId);
      const node = cause && findNode(cause, step.nodeId);
      return `At ${causeName(step.causeId)}${node ? `: ${say(node.title)}` : ''}`;
    }
  }
}
