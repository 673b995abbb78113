import { describe, expect, it } from 'vitest';
import { content } from '../content/index';
import { CAUSE_IDS, type CauseId } from './cause-ids';
import { nextUnchecked } from './next-unchecked';
import { replay } from './replay';
import { whereAt } from './step-words';
import { transition } from './transition';
import type { CauseRecord, WizardState } from './wizard-state';

const T = 1_800_000_000;
const begun = (() => {
  const r = transition(
    content,
    { answers: { account: 'svc@contoso.com' }, log: [] },
    { type: 'BEGIN', answers: { account: 'svc@contoso.com' } },
    T,
  );
  if (!r.ok) throw new Error(r.error);
  return r.value;
})();

function viewOf(state: WizardState) {
  const r = replay(content, state);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('whereAt: the words a recent session is recognised by', () => {
  it('names the cause and step on screen, without tenant details', () => {
    const where = whereAt(content, begun.view);
    const first = begun.view.order[0];
    expect(where).toMatch(new RegExp(`^At ${content.causes.find((c) => c.id === first)?.shortTitle}: `));
    expect(where).not.toContain('contoso');
  });

  it('says resolved, escalated and the start in words', () => {
    expect(whereAt(content, { ...begun.view, step: { kind: 'escalate' } })).toBe('Escalated to support');
    expect(whereAt(content, { ...begun.view, step: { kind: 'start' } })).toBe('At the start');
    expect(whereAt(content, { ...begun.view, step: { kind: 'resolved', causeId: 'credentials' } })).toBe(
      'Resolved by Wrong credentials',
    );
  });
});

describe('nextUnchecked: where N goes outside screen-share mode', () => {
  it('is the next cause in the walking order, skipping the one on screen', () => {
    const { view } = begun;
    expect(nextUnchecked(view)).toBe(view.order[1]);
  });

  it('wraps around and skips decided causes; null when nothing is left', () => {
    const order = begun.view.order;
    const last = order.at(-1);
    if (!last) throw new Error('no causes');
    const atLast = transition(content, begun.state, { type: 'JUMP', causeId: last }, T + 1);
    if (!atLast.ok) throw new Error(atLast.error);
    expect(nextUnchecked(atLast.value.view)).toBe(order[0]);

    const view = viewOf(atLast.value.state);
    const records: Record<CauseId, CauseRecord> = { ...view.records };
    for (const id of CAUSE_IDS) records[id] = { status: 'ruled-out', choices: [] };
    const allDone = { ...view, records };
    expect(nextUnchecked(allDone)).toBeNull();
  });
});
