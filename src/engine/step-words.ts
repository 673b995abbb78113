import { findCause, findNode } from './content-lookup';
import type { Content } from './content-schema';
import type { WizardView } from './replay';
import { plainText } from './rich-text';
import { fillTemplate, type TemplateValues } from './template';

/** "Security Defaults: Check whether Security Defaults are on": the step on screen, in words. */
export function stepTitle(content: Content, view: WizardView, values: TemplateValues = {}): string {
  const { step } = view;
  const say = (text: string) => plainText(fillTemplate(text, values));
  switch (step.kind) {
    case 'start':
      return 'The start: what happened';
    case 'resolved':
      return `Resolved by ${say(findCause(content, step.causeId)?.shortTitle ?? step.causeId)}`;
    case 'escalate':
      return 'Contact support';
    case 'node': {
      const cause = findCause(content, step.causeId);
      const node = cause && findNode(cause, step.nodeId);
      return `${say(cause?.shortTitle ?? step.causeId)}: ${say(node?.title ?? step.nodeId)}`;
    }
  }
}

/** "At Security Defaults: …", "Resolved by …": where a recent session stands, without tenant details. */
export function whereAt(content: Content, view: WizardView): string {
  switch (view.step.kind) {
    case 'start':
      return 'At the start';
    case 'escalate':
      return 'Escalated to support';
    case 'resolved':
      return stepTitle(content, view);
    case 'node':
      return `At ${stepTitle(content, view)}`;
  }
}
