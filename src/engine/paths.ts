/**
 * Walks every path through the tree, through the real `transition`, to prove what the per-file content
 * checks can't see: every cause is reachable, and every path ends in resolved or escalate.
 */
import { CAUSE_IDS, type CauseId } from './cause-ids';
import { findCause, findNode } from './content-lookup';
import type { Cause, Content } from './content-schema';
import { replay } from './replay';
import { transition, type WizardEvent } from './transition';
import { RETRY_RESULTS, type StartAnswers, TRISTATES, type WizardState } from './wizard-state';

export interface TreeReport {
  /** Start-step answer combinations explored. */
  variants: number;
  /** Complete paths from the start step to an end, summed over all variants. */
  paths: number;
  /** How many of those end resolved and how many escalated. */
  resolved: number;
  escalated: number;
  /** Causes whose first step some path reaches. */
  reachedCauses: Set<CauseId>;
  /** Steps where a path gets stuck or loops, events the engine refused: must be empty. */
  problems: string[];
}

interface Tally {
  paths: number;
  resolved: number;
  escalated: number;
}

const NOW = 1_800_000_000;

/** Every combination of the start answers that changes the order: worked before, recent change, error text. */
function startVariants(content: Content): StartAnswers[] {
  const errorTexts = [
    undefined,
    ...content.errorSignatures.signatures.map((s) => (s.codes?.[0] ? `AADSTS${s.codes[0]}` : s.phrases?.[0])),
  ];
  const variants: StartAnswers[] = [];
  for (const workedBefore of [undefined, ...TRISTATES]) {
    for (const recentChange of [undefined, ...TRISTATES]) {
      for (const errorText of errorTexts) {
        const answers: StartAnswers = {};
        if (workedBefore) answers.workedBefore = workedBefore;
        if (recentChange) answers.recentChange = recentChange;
        if (recentChange === 'yes') answers.changedAt = NOW - 600;
        if (errorText) answers.errorText = errorText;
        variants.push(answers);
      }
    }
  }
  return variants;
}

/** The events a user can send on a step: each answer of a check, each retry result after a fix. */
export function eventsOn(cause: Cause, nodeId: string): WizardEvent[] {
  const node = findNode(cause, nodeId);
  if (!node) return [];
  if (node.kind === 'fix') return RETRY_RESULTS.map((result) => ({ type: 'RETRY', result }));
  return node.answers.map((a) => ({ type: 'ANSWER', answerId: a.id }));
}

export function exploreTree(content: Content): TreeReport {
  const report: TreeReport = {
    variants: 0,
    paths: 0,
    resolved: 0,
    escalated: 0,
    reachedCauses: new Set(),
    problems: [],
  };

  for (const answers of startVariants(content)) {
    report.variants++;
    const begun = transition(content, { answers: {}, log: [] }, { type: 'BEGIN', answers }, NOW);
    if (!begun.ok) {
      report.problems.push(`BEGIN refused for ${JSON.stringify(answers)}: ${begun.error}`);
      continue;
    }
    // The paths ahead of a step depend only on the step and on which causes are decided.
    const memo = new Map<string, Tally>();
    const onPath = new Set<string>();

    const walk = (state: WizardState): Tally => {
      const view = replay(content, state);
      if (!view.ok) {
        report.problems.push(`replay failed: ${view.error.message}`);
        return { paths: 0, resolved: 0, escalated: 0 };
      }
      const { step, records } = view.value;
      if (step.kind === 'resolved') return { paths: 1, resolved: 1, escalated: 0 };
      if (step.kind === 'escalate') return { paths: 1, resolved: 0, escalated: 1 };
      if (step.kind === 'start') {
        report.problems.push('a path led back to the start step');
        return { paths: 0, resolved: 0, escalated: 0 };
      }
      report.reachedCauses.add(step.causeId);
      const decided = CAUSE_IDS.filter((id) => records[id].status !== 'not-checked').join(',');
      const key = `${step.causeId}/${step.nodeId} after [${decided}]`;
      const known = memo.get(key);
      if (known) return known;
      if (onPath.has(key)) {
        report.problems.push(`a loop at ${key}`);
        return { paths: 0, resolved: 0, escalated: 0 };
      }
      onPath.add(key);
      const cause = findCause(content, step.causeId);
      const events = cause ? eventsOn(cause, step.nodeId) : [];
      if (events.length === 0) report.problems.push(`dead end at ${step.causeId}/${step.nodeId}`);
      const tally: Tally = { paths: 0, resolved: 0, escalated: 0 };
      for (const event of events) {
        const next = transition(content, state, event, NOW);
        if (!next.ok) {
          report.problems.push(`${JSON.stringify(event)} refused at ${key}: ${next.error}`);
          continue;
        }
        const sub = walk(next.value.state);
        tally.paths += sub.paths;
        tally.resolved += sub.resolved;
        tally.escalated += sub.escalated;
      }
      onPath.delete(key);
      memo.set(key, tally);
      return tally;
    };

    const tally = walk(begun.value.state);
    report.paths += tally.paths;
    report.resolved += tally.resolved;
    report.escalated += tally.escalated;
  }
  return report;
}

/** The answers that lead from a cause's first step to its first fix: what a test clicks to reach it. */
export function answersToFirstFix(cause: Cause): { nodeId: string; answerId: string }[] | null {
  const search = (nodeId: string, seen: Set<string>): { nodeId: string; answerId: string }[] | null => {
    const node = findNode(cause, nodeId);
    if (!node || seen.has(nodeId)) return null;
    if (node.kind === 'fix') return [];
    for (const answer of node.answers) {
      if (answer.next.startsWith('#')) continue;
      const rest = search(answer.next, new Set([...seen, nodeId]));
      if (rest) return [{ nodeId, answerId: answer.id }, ...rest];
    }
    return null;
  };
  return search(cause.entry, new Set());
}
