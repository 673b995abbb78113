/**
 * The case summary a user copies into a support ticket: plain text, readable in any mail client or
 * ticket system, with times in UTC so an agent in another time zone reads them right.
 */
import { CAUSE_IDS } from './cause-ids';
import { findCause, findNode } from './content-lookup';
import type { Content } from './content-schema';
import { matchErrorText } from './match-error-text';
import type { WizardView } from './replay';
import { plainText } from './rich-text';
import { fillTemplate, type TemplateValues } from './template';
import type { CauseChoice, CauseStatus, RetryResult, StartAnswers, WizardState } from './wizard-state';

export interface SummaryContext {
  content: Content;
  state: WizardState;
  view: WizardView;
  values: TemplateValues;
  appVersion: string;
  now: number;
}

const STATUS_TEXT: Record<CauseStatus, string> = {
  'not-checked': 'Not checked',
  'ruled-out': 'Ruled out',
  fixed: 'Fixed',
  'cant-check': "Couldn't check",
};

const VERDICT_TEXT = { pass: 'passed', fail: 'failed', unknown: "couldn't check" } as const;

const TRISTATE_TEXT = { yes: 'Yes', no: 'No', unsure: 'Not sure' } as const;

export function caseSummary({ content, state, view, values, appVersion, now }: SummaryContext): string {
  const text = (s: string) => plainText(fillTemplate(s, values));
  const lines: string[] = ['401 Troubleshooter: case summary', `Generated: ${utc(now)}`];

  if (view.step.kind === 'resolved') {
    const cause = findCause(content, view.step.causeId);
    lines.push(`Outcome: resolved by "${cause?.shortTitle ?? view.step.causeId}"`);
  } else if (view.step.kind === 'escalate') {
    lines.push('Outcome: escalated to support');
  } else {
    lines.push('Outcome: still troubleshooting');
  }

  lines.push('', 'What was reported', ...answerLines(content, state.answers));

  const checked = CAUSE_IDS.filter((id) => view.records[id].status !== 'not-checked').sort(
    (a, b) => (view.records[a].at ?? 0) - (view.records[b].at ?? 0),
  );
  const unchecked = view.order.filter((id) => view.records[id].status === 'not-checked');
  lines.push('', 'Causes checked (in the order they were checked)');
  if (checked.length === 0) lines.push('- none yet');
  for (const id of checked) {
    const cause = findCause(content, id);
    const record = view.records[id];
    if (!cause) continue;
    const last = record.choices.at(-1);
    const stillFailing = record.status === 'fixed' && last?.kind === 'retry' && last.result === 'still-failing';
    const status = stillFailing
      ? 'Fixed, but still 401 Unauthorized after the retry'
      : record.auto
        ? 'Ruled out by the automatic tenant check'
        : STATUS_TEXT[record.status];
    lines.push(`- ${cause.shortTitle}: ${status}${record.at ? ` at ${utc(record.at)}` : ''}`);
    for (const choice of record.choices) lines.push(`    ${choiceLine(content, id, choice, text)}`);
  }
  if (unchecked.length > 0) {
    lines.push('', 'Not checked yet');
    for (const id of unchecked) lines.push(`- ${findCause(content, id)?.shortTitle ?? id}`);
  }

  if (view.verified) {
    const { verdicts, at } = view.verified;
    lines.push('', `Automatic tenant check (read-only, Microsoft Graph) at ${utc(at)}`);
    for (const id of CAUSE_IDS) {
      lines.push(`- ${findCause(content, id)?.shortTitle ?? id}: ${VERDICT_TEXT[verdicts[id]]}`);
    }
  }

  const reviewed = content.causes.map((c) => c.lastReviewed).sort()[0] ?? 'unknown';
  lines.push('', `Guidance last reviewed: ${reviewed} · 401 Troubleshooter ${appVersion}`);
  return lines.join('\n');
}

function answerLines(content: Content, a: StartAnswers): string[] {
  const lines: string[] = [];
  if (a.errorText) {
    lines.push(`- Error text: ${a.errorText.replace(/\s+/g, ' ')}`);
    const match = matchErrorText(content.errorSignatures, a.errorText);
    if (match) {
      const code = match.code ? `AADSTS${match.code}: ` : '';
      lines.push(`- Recognised: ${code}${match.signature.meaning}`);
    }
  } else {
    lines.push('- Error text: not given');
  }
  lines.push(`- Worked before: ${a.workedBefore ? TRISTATE_TEXT[a.workedBefore] : 'not answered'}`);
  let change = a.recentChange ? TRISTATE_TEXT[a.recentChange] : 'not answered';
  if (a.changedAt !== undefined) change += `, at ${utc(a.changedAt)}`;
  const kind = content.flow.changeKinds.find((k) => k.id === a.changeKind);
  if (kind) change += ` (${kind.label})`;
  lines.push(`- Recent change in the tenant: ${change}`);
  lines.push(`- Service account: ${a.account ?? 'not given'}`);
  lines.push(`- Application (client) ID: ${a.appId ?? 'not given'}`);
  return lines;
}

const RETRY_TEXT: Record<RetryResult, string> = {
  worked: 'it worked',
  'still-failing': 'still 401 Unauthorized',
  'cant-check': 'could not retry',
};

function choiceLine(
  content: Content,
  causeId: (typeof CAUSE_IDS)[number],
  choice: CauseChoice,
  text: (s: string) => string,
): string {
  const cause = findCause(content, causeId);
  const node = cause && findNode(cause, choice.nodeId);
  if (!node) return `(step ${choice.nodeId})`;
  if (choice.kind === 'retry')
    return `Applied "${text(node.title)}", retried at ${utc(choice.at)}: ${RETRY_TEXT[choice.result]}`;
  if (node.kind !== 'check') return text(node.title);
  const answer = node.answers.find((x) => x.id === choice.answerId);
  return `${text(node.question)} → ${answer ? text(answer.label) : choice.answerId}`;
}

/** "2026-11-28 14:05 UTC" */
export function utc(epochSeconds: number): string {
  return `${new Date(epochSeconds * 1000).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
