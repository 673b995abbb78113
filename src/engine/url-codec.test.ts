import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { content } from '../content/index';
import { CAUSE_IDS, type CauseId } from './cause-ids';
import { isEmail } from './formats';
import { eventsOn } from './paths';
import { replay } from './replay';
import { transition, type WizardEvent } from './transition';
import { decodeUrl, type UrlStateErrorCode } from './url-codec';
import { encodeUrl } from './url-encode';
import { MAX_LOG_ENTRIES, RETRY_RESULTS, type StartAnswers, TRISTATES, type WizardState } from './wizard-state';

const NOW = 1_800_000_000; // 2027-01-15 08:00 UTC
const EMPTY: WizardState = { answers: {}, log: [] };
const ERROR_CODES: readonly UrlStateErrorCode[] = [
  'malformed',
  'unsupported-version',
  'invalid-field',
  'inconsistent',
  'missing-state',
  'unknown-cause',
  'unknown-step',
];

const b64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
/** A query string carrying any JSON value, the way a hand-edited or tampered link would. */
const withState = (data: unknown) => `?s=${b64url(JSON.stringify(data))}`;
/** Splits "/path?query" as the router hands it to decodeUrl. */
function split(url: string): [string, string] {
  const q = url.indexOf('?');
  return q === -1 ? [url, ''] : [url.slice(0, q), url.slice(q)];
}
const decode = (url: string, now = NOW) => decodeUrl(content, ...split(url), now);

/** Applies events, skipping the ones the engine refuses, and returns the state and its URL. */
function build(events: readonly WizardEvent[], start = NOW): { state: WizardState; url: string } {
  let state = EMPTY;
  for (const [i, event] of events.entries()) {
    const next = transition(content, state, event, start + i * 37);
    if (next.ok) state = next.value.state;
  }
  const view = replay(content, state);
  if (!view.ok) throw new Error(view.error.message);
  return { state, url: encodeUrl(content, state, view.value.step) };
}

/** A URL for a state already at credentials/fix-email (not the cause's entry step). */
const atFixEmail = build([
  { type: 'BEGIN', answers: { workedBefore: 'no', account: 'backup@contoso.com' } },
  { type: 'ANSWER', answerId: 'email-wrong' },
]);

describe('round trip', () => {
  it('a state part-way into a cause puts the step in the path and the rest in ?s=', () => {
    expect(atFixEmail.url).toMatch(/^\/causes\/credentials\/fix-email\?s=[A-Za-z0-9_-]+$/);
    expect(decode(atFixEmail.url)).toEqual({ ok: true, value: atFixEmail.state });
  });

  it.each([
    ['/', EMPTY],
    ['/causes/credentials', { answers: {}, log: [{ type: 'jump', at: NOW, causeId: 'credentials' }] }],
  ])('%s needs no query string', (url, state) => {
    expect(decode(url)).toEqual({ ok: true, value: state });
  });

  it('a plain deep link is a jump at `now` (whole seconds), with or without a trailing slash', () => {
    expect(decode('/causes/security-defaults/', NOW + 0.9)).toEqual({
      ok: true,
      value: { answers: {}, log: [{ type: 'jump', at: NOW, causeId: 'security-defaults' }] },
    });
    // Naming the entry step explicitly is the same deep link.
    expect(decode('/causes/security-defaults/check-setting')).toMatchObject({
      ok: true,
      value: { log: [{ type: 'jump', causeId: 'security-defaults' }] },
    });
  });

  it('a state at a cause’s first step also decodes when the address names that step', () => {
    const jumped: WizardState = { answers: {}, log: [{ type: 'jump', at: NOW, causeId: 'security-defaults' }] };
    const url = encodeUrl(content, jumped, { kind: 'node', causeId: 'security-defaults', nodeId: 'check-setting' });
    const named = url.replace('/causes/security-defaults?', '/causes/security-defaults/check-setting?');
    expect(decode(named)).toEqual({ ok: true, value: jumped });
  });

  it('survives random walks through the real tree', () => {
    // Each number picks one of the events that make sense on the step on screen, or an occasional
    // jump / back / edit / escalate, so walks go deep into causes rather than being refused.
    const walk = fc.array(fc.nat(), { minLength: 1, maxLength: 60 });
    fc.assert(
      fc.property(walk, (choices) => {
        let state: WizardState = EMPTY;
        for (const [i, n] of choices.entries()) {
          const event = pickEvent(state, n);
          const next = transition(content, state, event, NOW + i * 90);
          if (next.ok) state = next.value.state;
        }
        expectRoundTrip(state);
      }),
      { numRuns: 300 },
    );
  });
});

describe('errors', () => {
  it.each<[string, string, UrlStateErrorCode, RegExp]>([
    ['not base64url', '/?s=%%%not*base64', 'malformed', /damaged/],
    ['base64 of impossible length', '/?s=abcde', 'malformed', /damaged/],
    [
      'bytes that are not UTF-8',
      `/?s=${Buffer.from([0xff, 0xfe, 0xfd]).toString('base64url')}`,
      'malformed',
      /damaged/,
    ],
    ['not JSON', `/?s=${b64url('{"v":1,')}`, 'malformed', /damaged/],
    ['JSON that is not an object', withState([1, {}, []]), 'malformed', /damaged/],
    ['a newer version', withState({ v: 2, a: {}, l: [] }), 'unsupported-version', /state version 2.*reads 1/],
    ['no version', withState({ a: {}, l: [] }), 'unsupported-version', /different version/],
    ['an unknown top-level field', withState({ v: 1, a: {}, l: [], x: 1 }), 'invalid-field', /fields/],
    ['an unknown answer field', withState({ v: 1, a: { q: 1 }, l: [] }), 'invalid-field', /answers/],
    ['answers that are not an object', withState({ v: 1, a: [], l: [] }), 'invalid-field', /answers/],
    ['no log', withState({ v: 1, a: {} }), 'invalid-field', /list of steps/],
    ['an invalid email', withState({ v: 1, a: { m: 'backup at contoso' }, l: [] }), 'invalid-field', /email/],
    ['an invalid GUID', withState({ v: 1, a: { p: '1234' }, l: [] }), 'invalid-field', /GUID/],
    ['a negative time', withState({ v: 1, a: { t: -5 }, l: [] }), 'invalid-field', /time/],
    ['a fractional time', withState({ v: 1, a: { t: NOW + 0.5 }, l: [] }), 'invalid-field', /time/],
    ['a time after 2100', withState({ v: 1, a: { t: 5_000_000_000 }, l: [] }), 'invalid-field', /time/],
    ['an unknown change kind', withState({ v: 1, a: { k: 'dns' }, l: [] }), 'invalid-field', /kind of change/],
    ['a tristate that is not one', withState({ v: 1, a: { w: 'maybe' }, l: [] }), 'invalid-field', /ever work/],
    ['an over-long error text', withState({ v: 1, a: { e: 'x'.repeat(2001) }, l: [] }), 'invalid-field', /error/],
    [
      'too many log entries',
      withState({ v: 1, a: {}, l: Array.from({ length: MAX_LOG_ENTRIES + 1 }, () => ['e', NOW]) }),
      'invalid-field',
      /more than 200/,
    ],
  ])('%s', (_name, url, code, message) => {
    const result = decode(url);
    expect(result).toEqual({ ok: false, error: { code, message: expect.stringMatching(message) } });
  });

  // Each entry is otherwise valid-looking: the number says which history step is named in the message.
  it.each<[string, unknown[]]>([
    ['an order with a repeated cause', ['b', NOW, '0123455']],
    ['an order with six causes', ['b', NOW, '012345']],
    ['a cause index out of range', ['j', NOW, 7]],
    ['a cause given by name', ['j', NOW, 'credentials']],
    ['an unknown retry code', ['r', NOW, 2, 'fix-email', 'z']],
    ['a node id that is not an id', ['a', NOW, 2, 'Compare Fields', 'all-match']],
    ['an extra element', ['e', NOW, 'extra']],
    ['an unknown tag', ['q', NOW]],
    ['a string time', ['x', String(NOW)]],
  ])('a tampered log entry: %s', (_name, entry) => {
    const url = `/escalate${withState({ v: 1, a: {}, l: [['b', NOW, '0123456'], entry] })}`;
    expect(decode(url)).toEqual({
      ok: false,
      error: { code: 'invalid-field', message: 'step 2 of its history is not valid' },
    });
  });

  it('a path that does not match the state’s step is inconsistent, and restarts at the cause it named', () => {
    const [, search] = split(atFixEmail.url);
    expect(decodeUrl(content, '/causes/security-defaults', search, NOW)).toEqual({
      ok: false,
      error: {
        code: 'inconsistent',
        message: expect.stringContaining('does not match'),
        restartAt: 'security-defaults',
      },
    });
    expect(decodeUrl(content, '/escalate', search, NOW)).toEqual({
      ok: false,
      error: { code: 'inconsistent', message: expect.any(String) },
    });
  });

  it('a history that does not replay is inconsistent', () => {
    // An answer to a question that was never on screen.
    const url = `/causes/credentials${withState({ v: 1, a: {}, l: [['a', NOW, 2, 'compare-fields', 'all-match']] })}`;
    expect(decode(url)).toEqual({
      ok: false,
      error: {
        code: 'inconsistent',
        message: expect.stringContaining('do not fit together'),
        restartAt: 'credentials',
      },
    });
  });

  it.each<[string, UrlStateErrorCode, CauseId | undefined]>([
    ['/causes/nope', 'unknown-cause', undefined],
    ['/causes/credentials/no-such-node', 'unknown-step', 'credentials'],
    ['/causes/credentials/fix-email/more', 'unknown-step', undefined],
    ['/causes', 'unknown-step', undefined],
    ['/settings', 'unknown-step', undefined],
    ['/resolved', 'missing-state', undefined],
    ['/escalate', 'missing-state', undefined],
    ['/causes/credentials/fix-email', 'missing-state', 'credentials'],
  ])('%s without state → %s', (url, code, restartAt) => {
    const result = decode(url);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.restartAt).toBe(restartAt);
    expectReadable(result.error.message);
  });

  it('names the cause or step the link got wrong', () => {
    expect(decode('/causes/nope')).toMatchObject({ error: { message: 'there is no cause called "nope"' } });
    expect(decode('/causes/credentials/no-such-node')).toMatchObject({
      error: { message: 'the cause "Wrong credentials" has no step called "no-such-node"' },
    });
  });

  it.each([
    ['malformed', '/causes/credentials?s=***'],
    ['unsupported-version', `/causes/credentials${withState({ v: 0, a: {}, l: [] })}`],
    ['invalid-field', `/causes/credentials${withState({ v: 1, a: { m: 'x' }, l: [] })}`],
  ])('sets restartAt to the cause in the path for %s', (code, url) => {
    expect(decode(url)).toMatchObject({ ok: false, error: { code, restartAt: 'credentials' } });
  });
});

describe('property: decodeUrl never throws', () => {
  const anyString = fc.oneof(fc.string(), fc.string({ unit: 'binary' }));
  const realPath = fc.constantFrom(
    '/',
    '/resolved',
    '/escalate',
    '/causes/credentials',
    '/causes/credentials/fix-email',
    '/causes/propagation-delay/fix-wait',
    '/causes/authentication-policy/check-mfa',
  );
  const path = fc.oneof(
    realPath,
    anyString,
    fc.webPath(),
    anyString.map((s) => `/causes/${s}`),
    fc.tuple(fc.constantFrom(...CAUSE_IDS), anyString).map(([c, s]) => `/causes/${c}/${s}`),
  );
  // Log entries shaped like real ones with values that may or may not fit: the decoder and replay
  // both get exercised, and now and then a state decodes fine.
  const nodeIds = [...new Set(content.causes.flatMap((c) => c.nodes.map((n) => n.id)))];
  const answerIds = [...new Set(content.causes.flatMap((c) => c.nodes.flatMap((n) => answersOf(n))))];
  const time = fc.oneof(fc.constant(NOW), fc.integer({ min: -10, max: 5_000_000_000 }), fc.double());
  const entry = fc.oneof(
    fc.tuple(fc.constant('b'), time, fc.oneof(fc.constant('2301456'), fc.stringMatching(/^[0-7]{5,8}$/))),
    fc.tuple(
      fc.constant('a'),
      time,
      fc.integer({ min: -1, max: 8 }),
      fc.constantFrom(...nodeIds),
      fc.constantFrom(...answerIds),
    ),
    fc.tuple(
      fc.constant('r'),
      time,
      fc.integer({ min: -1, max: 8 }),
      fc.constantFrom(...nodeIds),
      fc.constantFrom('w', 'f', 'c', 'x'),
    ),
    fc.tuple(fc.constant('j'), time, fc.integer({ min: -1, max: 8 })),
    fc.tuple(fc.constant('v'), time, fc.oneof(fc.stringMatching(/^[pfu]{7}$/), fc.string())),
    fc.tuple(fc.constantFrom('e', 'x', 'z'), time),
    fc.jsonValue(),
  );
  const plausibleState = fc.record({
    v: fc.oneof(fc.constant(1), fc.jsonValue()),
    a: fc.oneof(
      fc.record(
        {
          e: anyString,
          w: fc.constantFrom('yes', 'no', 'unsure', 'maybe'),
          c: fc.constantFrom('yes', 'no', 'unsure'),
          t: time,
          k: fc.constantFrom(...content.flow.changeKinds.map((k) => k.id), 'dns'),
          m: fc.oneof(fc.emailAddress(), anyString),
          p: fc.oneof(fc.uuid(), anyString),
        },
        { requiredKeys: [] },
      ),
      fc.jsonValue(),
    ),
    l: fc.oneof(fc.array(entry, { maxLength: 8 }), fc.jsonValue()),
  });
  const search = fc.oneof(
    anyString,
    anyString.map((s) => `?s=${s}`),
    fc.base64String().map((s) => `?s=${s}`),
    fc.base64String().map((s) => `?s=${s.replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_')}`),
    fc.jsonValue().map(withState),
    plausibleState.map(withState),
  );

  it('returns a state that replays, or one of the known error codes', () => {
    fc.assert(
      fc.property(path, search, fc.integer({ min: 0, max: 4_000_000_000 }), (p, s, now) => {
        const result = decodeUrl(content, p, s, now);
        if (result.ok) {
          expect(replay(content, result.value).ok).toBe(true);
        } else {
          expect(ERROR_CODES).toContain(result.error.code);
          // Not expectReadable: the message may quote the link, and a random link may say "NaN".
          expect(result.error.message).toMatch(/^[a-z].{10,}/s);
          if (result.error.restartAt !== undefined) expect(CAUSE_IDS).toContain(result.error.restartAt);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('property: decode(encode(state)) is the state', () => {
  const kinds = content.flow.changeKinds.map((k) => k.id);
  const time = fc.integer({ min: 1_600_000_000, max: 2_000_000_000 });
  const errorTexts = content.errorSignatures.signatures.flatMap((s) => [
    ...(s.codes ?? []).map((c) => `AADSTS${c}: something went wrong`),
    ...(s.phrases ?? []),
  ]);
  const answers: fc.Arbitrary<StartAnswers> = fc.record(
    {
      errorText: fc.oneof(fc.constantFrom(...errorTexts), fc.string({ unit: 'binary', maxLength: 300 })),
      workedBefore: fc.constantFrom(...TRISTATES),
      recentChange: fc.constantFrom(...TRISTATES),
      changedAt: time,
      changeKind: fc.constantFrom(...kinds),
      account: fc.emailAddress().filter(isEmail),
      appId: fc.uuid(),
    },
    { requiredKeys: [] },
  );
  const allAnswerIds = [
    ...new Set(content.causes.flatMap((c) => c.nodes.flatMap((n) => answersOf(n)))),
    'no-such-answer',
  ];
  const event: fc.Arbitrary<WizardEvent> = fc.oneof(
    { weight: 2, arbitrary: answers.map((a): WizardEvent => ({ type: 'BEGIN', answers: a })) },
    {
      weight: 8,
      arbitrary: fc.constantFrom(...allAnswerIds).map((id): WizardEvent => ({ type: 'ANSWER', answerId: id })),
    },
    { weight: 3, arbitrary: fc.constantFrom(...RETRY_RESULTS).map((r): WizardEvent => ({ type: 'RETRY', result: r })) },
    { weight: 2, arbitrary: fc.constantFrom(...CAUSE_IDS).map((c): WizardEvent => ({ type: 'JUMP', causeId: c })) },
    {
      weight: 1,
      arbitrary: fc.constantFrom<WizardEvent>(
        { type: 'EDIT_ANSWERS' },
        { type: 'ESCALATE' },
        { type: 'BACK' },
        { type: 'RESTART' },
      ),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(time, fc.option(fc.constantFrom(...kinds), { nil: undefined }))
        .map(([changedAt, changeKind]): WizardEvent => ({ type: 'SET_CHANGE', changedAt, changeKind })),
    },
  );

  it('for any sequence of events, skipping refused ones', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 80 }), time, (events, start) => {
        expectRoundTrip(build(events, start).state);
      }),
      { numRuns: 500 },
    );
  });
});

/** Encodes a state, decodes its URL, and checks both the state and the page come back. */
function expectRoundTrip(state: WizardState) {
  const view = replay(content, state);
  if (!view.ok) throw new Error(`the state does not replay: ${view.error.message}`);
  const url = encodeUrl(content, state, view.value.step);
  const decoded = decode(url, NOW + 999_999);
  expect(decoded).toEqual({ ok: true, value: state });
  if (!decoded.ok) return;
  const again = replay(content, decoded.value);
  expect(again.ok && encodeUrl(content, decoded.value, again.value.step)).toBe(url);
}

/** One event that makes sense on the current step, or now and then a global one. */
function pickEvent(state: WizardState, n: number): WizardEvent {
  const view = replay(content, state);
  const step = view.ok ? view.value.step : { kind: 'start' as const };
  const globals: WizardEvent[] = [
    { type: 'JUMP', causeId: CAUSE_IDS[n % CAUSE_IDS.length] as CauseId },
    { type: 'BACK' },
    { type: 'EDIT_ANSWERS' },
    { type: 'ESCALATE' },
    { type: 'SET_CHANGE', changedAt: NOW - (n % 100_000), changeKind: 'conditional-access' },
    {
      type: 'APPLY_VERDICTS',
      checkedAt: NOW - (n % 1000),
      verdicts: Object.fromEntries(
        CAUSE_IDS.map((id, i) => [id, (['pass', 'fail', 'unknown'] as const)[(n + i) % 3]]),
      ) as Record<CauseId, 'pass' | 'fail' | 'unknown'>,
    },
  ];
  if (n % 10 === 0) return globals[Math.floor(n / 10) % globals.length] as WizardEvent;
  if (step.kind === 'node') {
    const cause = content.causes.find((c) => c.id === step.causeId);
    const local = cause ? eventsOn(cause, step.nodeId) : [];
    if (local.length > 0) return local[n % local.length] as WizardEvent;
  }
  const workedBefore = TRISTATES[n % 3] as (typeof TRISTATES)[number];
  return { type: 'BEGIN', answers: { workedBefore, ...(n % 2 ? { errorText: 'AADSTS50126' } : {}) } };
}

function answersOf(node: (typeof content.causes)[number]['nodes'][number]): string[] {
  return node.kind === 'check' ? node.answers.map((a) => a.id) : [];
}

/** Messages are shown to users: words, no "undefined" or "[object Object]". */
function expectReadable(message: string) {
  expect(message.length).toBeGreaterThan(10);
  expect(message).not.toMatch(/undefined|\[object|NaN/);
}
