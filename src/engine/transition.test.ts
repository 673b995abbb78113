import { describe, expect, it } from 'vitest';
import { content } from '../content/index';
import { CAUSE_IDS, type CauseId } from './cause-ids';
import { replay } from './replay';
import { type Transitioned, transition, type WizardEvent } from './transition';
import { type LogEntry, MAX_LOG_ENTRIES, type StartAnswers, type WizardState } from './wizard-state';

const NOW = 1_800_000_000; // 2027-01-15 08:00 UTC
const EMPTY: WizardState = { answers: {}, log: [] };
const { orders } = content.flow;

/** Applies events one minute apart; a refused event fails the test with the engine's reason. */
function run(events: readonly WizardEvent[], from: WizardState = EMPTY, start = NOW): Transitioned {
  let state = from;
  let result: Transitioned | null = null;
  for (const [i, event] of events.entries()) {
    const next = transition(content, state, event, start + i * 60);
    if (!next.ok) throw new Error(`${JSON.stringify(event)} was refused: ${next.error}`);
    result = next.value;
    state = next.value.state;
  }
  if (!result) throw new Error('run() needs at least one event');
  return result;
}

const begin = (answers: StartAnswers = { workedBefore: 'no' }): WizardEvent => ({ type: 'BEGIN', answers });
const answer = (answerId: string): WizardEvent => ({ type: 'ANSWER', answerId });

describe('BEGIN', () => {
  it('orders the causes and lands on the first cause’s entry step', () => {
    const { state, view } = run([begin({ workedBefore: 'no' })]);
    expect(view.order).toEqual(orders.neverWorked);
    expect(state.log).toEqual([{ type: 'begin', at: NOW, order: orders.neverWorked }]);
    expect(view.step).toEqual({ kind: 'node', causeId: 'credentials', nodeId: 'compare-fields' });
    expect(CAUSE_IDS.every((id) => view.records[id].status === 'not-checked')).toBe(true);
  });

  it('keeps the answers and stores whole seconds', () => {
    const answers: StartAnswers = { workedBefore: 'yes', account: 'backup@contoso.com' };
    const result = transition(content, EMPTY, begin(answers), NOW + 0.75);
    expect(result.ok && result.value.state).toEqual({
      answers,
      log: [{ type: 'begin', at: NOW, order: orders.workedBefore }],
    });
  });

  it('starts with the cause the pasted error names', () => {
    const { view } = run([begin({ workedBefore: 'no', errorText: 'AADSTS530035' })]);
    expect(view.step).toEqual({ kind: 'node', causeId: 'security-defaults', nodeId: 'check-setting' });
  });
});

describe('ANSWER', () => {
  it('moves to the step the answer leads to, without deciding the cause yet', () => {
    const { view } = run([begin(), answer('swapped')]);
    expect(view.step).toEqual({ kind: 'node', causeId: 'credentials', nodeId: 'fix-swapped' });
    expect(view.records.credentials.status).toBe('not-checked');
    expect(view.attempt).toEqual([{ kind: 'answer', nodeId: 'compare-fields', answerId: 'swapped', at: NOW + 60 }]);
  });

  it('rules the cause out at the time of the answer and moves to the next cause in the begin order', () => {
    const { view } = run([begin(), answer('all-match')]);
    expect(view.records.credentials).toEqual({
      status: 'ruled-out',
      at: NOW + 60,
      choices: [{ kind: 'answer', nodeId: 'compare-fields', answerId: 'all-match', at: NOW + 60 }],
    });
    const next = orders.neverWorked[1] as CauseId;
    expect(view.step).toEqual({ kind: 'node', causeId: next, nodeId: entryOf(next) });
    expect(view.attempt).toEqual([]);
  });

  it('marks the cause "can’t check" and moves on', () => {
    const { view } = run([begin(), answer('cant-check')]);
    expect(view.records.credentials.status).toBe('cant-check');
    expect(view.records.credentials.at).toBe(NOW + 60);
    expect(view.step).toMatchObject({ kind: 'node', causeId: orders.neverWorked[1] });
  });

  it('skips causes already decided when choosing the next one', () => {
    // Decide the second cause first (by jumping to it), then rule out the first: the third comes next.
    const [first, second, third] = orders.neverWorked as [CauseId, CauseId, CauseId];
    const { view } = run([
      begin(),
      { type: 'JUMP', causeId: second },
      answer('cant-check'),
      { type: 'JUMP', causeId: first },
      answer('cant-check'),
    ]);
    expect(view.step).toEqual({ kind: 'node', causeId: third, nodeId: entryOf(third) });
  });
});

describe('RETRY after a fix', () => {
  const atFix = [begin(), answer('swapped')];

  it('"worked" resolves the wizard with that cause fixed', () => {
    const { view } = run([...atFix, { type: 'RETRY', result: 'worked' }]);
    expect(view.step).toEqual({ kind: 'resolved', causeId: 'credentials' });
    expect(view.records.credentials).toEqual({
      status: 'fixed',
      at: NOW + 120,
      choices: [
        { kind: 'answer', nodeId: 'compare-fields', answerId: 'swapped', at: NOW + 60 },
        { kind: 'retry', nodeId: 'fix-swapped', result: 'worked', at: NOW + 120 },
      ],
    });
  });

  it('"still failing" records the fix as applied and moves to the next cause', () => {
    const { view } = run([...atFix, { type: 'RETRY', result: 'still-failing' }]);
    expect(view.records.credentials.status).toBe('fixed');
    expect(view.step).toMatchObject({ kind: 'node', causeId: orders.neverWorked[1] });
  });

  it('"can’t check" marks the cause and moves to the next cause', () => {
    const { view } = run([...atFix, { type: 'RETRY', result: 'cant-check' }]);
    expect(view.records.credentials.status).toBe('cant-check');
    expect(view.step).toMatchObject({ kind: 'node', causeId: orders.neverWorked[1] });
  });

  it('is refused on a check, which has no fix to retry', () => {
    const result = transition(content, run([begin()]).state, { type: 'RETRY', result: 'worked' }, NOW);
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining('is not a fix') });
  });
});

it('escalates once every cause has been decided, having walked them in the begin order', () => {
  let { state, view } = run([begin({ workedBefore: 'yes' })]);
  const visited: CauseId[] = [];
  // Every entry step offers a "cant-check" answer (a content rule), so this always terminates.
  while (view.step.kind === 'node' && visited.length <= CAUSE_IDS.length) {
    visited.push(view.step.causeId);
    ({ state, view } = run([answer('cant-check')], state));
  }
  expect(visited).toEqual(orders.workedBefore);
  expect(view.step).toEqual({ kind: 'escalate' });
});

describe('JUMP, EDIT_ANSWERS, ESCALATE', () => {
  it('JUMP opens the entry step of any cause and drops the attempt in progress', () => {
    const { view } = run([begin(), answer('swapped'), { type: 'JUMP', causeId: 'security-defaults' }]);
    expect(view.step).toEqual({ kind: 'node', causeId: 'security-defaults', nodeId: 'check-setting' });
    expect(view.attempt).toEqual([]);
    expect(view.records.credentials.status).toBe('not-checked');
  });

  it('JUMP works before BEGIN too (a shared deep link)', () => {
    const { view } = run([{ type: 'JUMP', causeId: 'conditional-access' }]);
    expect(view.step).toEqual({ kind: 'node', causeId: 'conditional-access', nodeId: 'check-policies' });
  });

  it('EDIT_ANSWERS returns to the start step and keeps the answers and decisions', () => {
    const answers: StartAnswers = { workedBefore: 'no', account: 'backup@contoso.com' };
    const { state, view } = run([begin(answers), answer('all-match'), { type: 'EDIT_ANSWERS' }]);
    expect(view.step).toEqual({ kind: 'start' });
    expect(state.answers).toEqual(answers);
    expect(view.records.credentials.status).toBe('ruled-out');
  });

  it('ESCALATE goes straight to the escalate step', () => {
    const { state, view } = run([begin(), { type: 'ESCALATE' }]);
    expect(view.step).toEqual({ kind: 'escalate' });
    expect(state.log.at(-1)).toEqual({ type: 'escalate', at: NOW + 60 });
  });
});

describe('BACK', () => {
  it('undoes exactly one step, back to the start step and no further', () => {
    const atFix = run([begin(), answer('swapped')]);
    const once = run([{ type: 'BACK' }], atFix.state);
    expect(once.state.log).toEqual(atFix.state.log.slice(0, 1));
    expect(once.view.step).toEqual({ kind: 'node', causeId: 'credentials', nodeId: 'compare-fields' });

    const twice = run([{ type: 'BACK' }], once.state);
    expect(twice.state.log).toEqual([]);
    expect(twice.view.step).toEqual({ kind: 'start' });
    // The answers stay, so the start form is filled in again.
    expect(twice.state.answers).toEqual({ workedBefore: 'no' });
  });

  it('restores a decided cause to "not checked"', () => {
    const ruledOut = run([begin(), answer('all-match')]);
    const { view } = run([{ type: 'BACK' }], ruledOut.state);
    expect(view.records.credentials).toEqual({ status: 'not-checked', choices: [] });
    expect(view.step).toMatchObject({ causeId: 'credentials' });
  });

  it('is safe on an empty log', () => {
    const result = transition(content, EMPTY, { type: 'BACK' }, NOW);
    expect(result).toMatchObject({ ok: true, value: { state: EMPTY, view: { step: { kind: 'start' } } } });
  });
});

describe('RESTART and SET_CHANGE', () => {
  it('RESTART clears answers and log', () => {
    const { state, view } = run([
      begin({ workedBefore: 'yes', appId: '00001111-aaaa-2222-bbbb-3333cccc4444' }),
      { type: 'RESTART' },
    ]);
    expect(state).toEqual(EMPTY);
    expect(view.step).toEqual({ kind: 'start' });
  });

  it('SET_CHANGE records the change in the answers without touching the log, step or order', () => {
    const before = run([begin({ workedBefore: 'no', recentChange: 'no' }), answer('swapped')]);
    const after = run([{ type: 'SET_CHANGE', changedAt: NOW - 600, changeKind: 'conditional-access' }], before.state);
    expect(after.state.answers).toEqual({
      workedBefore: 'no',
      recentChange: 'yes',
      changedAt: NOW - 600,
      changeKind: 'conditional-access',
    });
    expect(after.state.log).toEqual(before.state.log);
    expect(after.view.step).toEqual(before.view.step);
    // A recent change would now put propagation first, but the order was fixed when the user began.
    expect(after.view.order).toEqual(before.view.order);
    expect(after.view.order.at(-1)).toBe('propagation-delay');
  });
});

describe('refused events: a typed error, never a throw', () => {
  it.each<[string, WizardEvent[], WizardEvent, string]>([
    ['ANSWER on the start step', [], answer('yes'), 'no question on screen'],
    ['ANSWER on the escalate step', [begin(), { type: 'ESCALATE' }], answer('yes'), 'no question on screen'],
    ['ANSWER with an unknown answer id', [begin()], answer('no-such-answer'), 'has no answer "no-such-answer"'],
    ['ANSWER on a fix', [begin(), answer('swapped')], answer('swapped'), 'asks no question'],
    ['RETRY on the start step', [], { type: 'RETRY', result: 'worked' }, 'no fix on screen'],
  ])('%s', (_name, before, event, message) => {
    const state = before.length > 0 ? run(before).state : EMPTY;
    const result = transition(content, state, event, NOW + 3600);
    expect(result).toEqual({ ok: false, error: expect.stringContaining(message) });
  });

  it.each<[string, StartAnswers, string]>([
    ['a malformed email', { account: 'backup-at-contoso' }, 'not an email address'],
    ['an application ID that is not a GUID', { appId: 'abc' }, 'not a GUID'],
    ['an unknown kind of change', { recentChange: 'yes', changeKind: 'moon-phase' }, 'kind of change'],
    ['a time that is not whole seconds', { recentChange: 'yes', changedAt: NOW + 0.5 }, 'time of the change'],
    ['an error text over the limit', { errorText: 'x'.repeat(2001) }, 'longer than 2000'],
  ])('BEGIN with %s: answers a link could not carry are refused', (_name, answers, message) => {
    expect(transition(content, EMPTY, begin(answers), NOW)).toEqual({
      ok: false,
      error: expect.stringContaining(message),
    });
  });

  it('SET_CHANGE with an unknown kind of change is refused', () => {
    const result = transition(
      content,
      run([begin()]).state,
      { type: 'SET_CHANGE', changedAt: NOW, changeKind: 'x' },
      NOW,
    );
    expect(result).toMatchObject({ ok: false });
  });

  it('refuses to work from a state whose log does not replay', () => {
    const broken: WizardState = {
      answers: {},
      log: [{ type: 'answer', at: NOW, causeId: 'credentials', nodeId: 'compare-fields', answerId: 'all-match' }],
    };
    expect(transition(content, broken, { type: 'ESCALATE' }, NOW)).toMatchObject({ ok: false });
  });
});

describe('the log limit', () => {
  // A begin followed by jumps: every entry is valid, so only the length can be refused.
  const logOf = (length: number): WizardState => ({
    answers: {},
    log: [
      { type: 'begin', at: NOW, order: orders.unsure },
      ...Array.from(
        { length: length - 1 },
        (_, i): LogEntry => ({ type: 'jump', at: NOW + i, causeId: 'credentials' }),
      ),
    ],
  });

  it(`accepts the ${MAX_LOG_ENTRIES}th entry and refuses the next one`, () => {
    const last = transition(content, logOf(MAX_LOG_ENTRIES - 1), { type: 'ESCALATE' }, NOW);
    expect(last.ok && last.value.state.log.length).toBe(MAX_LOG_ENTRIES);

    const full = logOf(MAX_LOG_ENTRIES);
    expect(transition(content, full, { type: 'ESCALATE' }, NOW)).toEqual({
      ok: false,
      error: expect.stringContaining('too many steps'),
    });
    // Leaving a full session is still possible.
    expect(transition(content, full, { type: 'BACK' }, NOW).ok).toBe(true);
    expect(transition(content, full, { type: 'RESTART' }, NOW).ok).toBe(true);
  });
});

describe('replay', () => {
  it('rejects an answer for a step that is not on screen, naming the entry', () => {
    const state: WizardState = {
      answers: {},
      log: [
        { type: 'begin', at: NOW, order: orders.neverWorked },
        { type: 'answer', at: NOW + 1, causeId: 'credentials', nodeId: 'compare-fields', answerId: 'swapped' },
        // On screen now: credentials/fix-swapped, not security-defaults.
        { type: 'answer', at: NOW + 2, causeId: 'security-defaults', nodeId: 'check-setting', answerId: 'enabled' },
      ],
    };
    const result = replay(content, state);
    expect(result).toEqual({ ok: false, error: { index: 2, message: expect.stringContaining('security-defaults') } });
  });

  it('rejects a retry on the start step at index 0', () => {
    const state: WizardState = {
      answers: {},
      log: [{ type: 'retry', at: NOW, causeId: 'credentials', nodeId: 'fix-email', result: 'worked' }],
    };
    expect(replay(content, state)).toMatchObject({ ok: false, error: { index: 0 } });
  });

  it('walks the order stored in the begin entry, whatever the answers say now', () => {
    // A begin entry with a deliberately unusual order, and answers that would give another.
    const order = [...CAUSE_IDS].reverse();
    const state: WizardState = {
      answers: { workedBefore: 'yes', errorText: 'AADSTS53003' },
      log: [
        { type: 'begin', at: NOW, order },
        { type: 'answer', at: NOW + 1, causeId: order[0] as CauseId, nodeId: 'which-setup', answerId: 'cant-check' },
      ],
    };
    const result = replay(content, state);
    expect(result.ok && result.value.order).toEqual(order);
    expect(result.ok && result.value.step).toMatchObject({ kind: 'node', causeId: order[1] });
  });
});

function entryOf(id: CauseId): string {
  const cause = content.causes.find((c) => c.id === id);
  if (!cause) throw new Error(`no cause ${id}`);
  return cause.entry;
}

describe('APPLY_VERDICTS (the automatic tenant check)', () => {
  const verdicts = {
    'legacy-auth-retirement': 'unknown',
    'propagation-delay': 'pass',
    credentials: 'pass',
    'sharepoint-legacy-auth': 'fail',
    'security-defaults': 'pass',
    'conditional-access': 'fail',
    'authentication-policy': 'pass',
  } as const;

  it('walks failing causes first, then the unknown ones, and rules out the ones that passed', () => {
    const { view } = run([begin({ workedBefore: 'no' }), { type: 'APPLY_VERDICTS', verdicts, checkedAt: NOW }]);
    expect(view.order.slice(0, 3)).toEqual(['sharepoint-legacy-auth', 'conditional-access', 'legacy-auth-retirement']);
    expect(view.step).toMatchObject({ kind: 'node', causeId: 'sharepoint-legacy-auth' });
    expect(view.records.credentials).toMatchObject({ status: 'ruled-out', auto: true });
    expect(view.records['conditional-access'].status).toBe('not-checked');
    expect(view.verified).toEqual({ at: NOW, verdicts });
  });

  it('never overrides what the user found by hand, and reopens a cause a later check finds failing', () => {
    const first = run([
      begin({ workedBefore: 'no' }),
      answer('all-match'),
      { type: 'APPLY_VERDICTS', verdicts, checkedAt: NOW },
    ]);
    expect(first.view.records.credentials).toMatchObject({ status: 'ruled-out' });
    expect(first.view.records.credentials.auto).toBeUndefined();
    const again = run(
      [{ type: 'APPLY_VERDICTS', verdicts: { ...verdicts, 'security-defaults': 'fail' }, checkedAt: NOW + 120 }],
      first.state,
    );
    expect(again.view.records['security-defaults'].status).toBe('not-checked');
  });

  it('refuses a check time in the future', () => {
    const result = transition(content, EMPTY, { type: 'APPLY_VERDICTS', verdicts, checkedAt: NOW + 3600 }, NOW);
    expect(result).toMatchObject({ ok: false });
  });

  it('takes the recent change the check found, for the countdown', () => {
    const change = { changedAt: NOW - 1200, changeKind: 'conditional-access' };
    const { state } = run([begin(), { type: 'APPLY_VERDICTS', verdicts, change, checkedAt: NOW }]);
    expect(state.answers).toMatchObject({
      recentChange: 'yes',
      changedAt: NOW - 1200,
      changeKind: 'conditional-access',
    });
  });
});
