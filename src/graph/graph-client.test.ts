import { describe, expect, it } from 'vitest';
import { chunk, retryAfterMs, sendRequests } from './graph-client';
import type { PlannedRequest } from './verify-plan';

const get = (id: string, url = `/things/${id}`, version: 'v1.0' | 'beta' = 'v1.0'): PlannedRequest => ({
  id,
  version,
  method: 'GET',
  url,
});

type Handler = (url: string, init: RequestInit) => Response | Promise<Response>;

/** A fake Graph: records each POST and answers with the handler's response. */
function fakeGraph(handler: Handler) {
  const calls: { url: string; ids: string[]; token: string }[] = [];
  const fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input);
    const body = JSON.parse(String(init?.body)) as { requests: { id: string }[] };
    const token = String((init?.headers as Record<string, string> | undefined)?.Authorization).replace('Bearer ', '');
    calls.push({ url, ids: body.requests.map((r) => r.id), token });
    return handler(url, init ?? {});
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

/** Answers every item of a batch with 200 and its id, unless `items` says otherwise. */
const answerAll =
  (items: Record<string, { status: number; body?: unknown; headers?: Record<string, string> }> = {}): Handler =>
  (_url, init) => {
    const { requests } = JSON.parse(String(init.body)) as { requests: { id: string }[] };
    return json({ responses: requests.map(({ id }) => ({ id, ...(items[id] ?? { status: 200, body: { id } }) })) });
  };

const options = (fetch: typeof globalThis.fetch, extra = {}) => ({
  baseUrl: 'https://graph.example',
  getToken: async (o?: { forceRefresh?: boolean }) => (o?.forceRefresh ? 'fresh' : 'first'),
  fetch,
  sleep: async () => {},
  ...extra,
});

describe('chunk', () => {
  it('keeps batches to 20 items and 4 audit-log items', () => {
    const many = Array.from({ length: 25 }, (_, i) => get(`r${i}`));
    expect(chunk(many).map((b) => b.length)).toEqual([20, 5]);
    const audits = Array.from({ length: 6 }, (_, i) => get(`a${i}`, `/auditLogs/signIns?x=${i}`));
    expect(chunk([get('x'), ...audits]).map((b) => b.map((r) => r.id))).toEqual([
      ['x', 'a0', 'a1', 'a2', 'a3'],
      ['a4', 'a5'],
    ]);
  });
});

describe('sendRequests', () => {
  it('sends one batch per version and gives every item its own result', async () => {
    const graph = fakeGraph(answerAll({ b: { status: 404, body: { error: { code: 'Request_ResourceNotFound' } } } }));
    const results = await sendRequests(options(graph.fetch), [get('a'), get('b'), get('c', '/x', 'beta')]);
    expect(graph.calls.map((c) => [c.url, c.ids])).toEqual(
      expect.arrayContaining([
        ['https://graph.example/v1.0/$batch', ['a', 'b']],
        ['https://graph.example/beta/$batch', ['c']],
      ]),
    );
    expect(results.get('a')).toEqual({ status: 200, body: { id: 'a' } });
    expect(results.get('b')?.status).toBe(404);
    expect(results.get('c')?.status).toBe(200);
  });

  it('sends throttled items again after Retry-After, and gives up after the retries', async () => {
    let round = 0;
    const graph = fakeGraph((url, init) => {
      round++;
      return answerAll(round < 5 ? { b: { status: 429, headers: { 'Retry-After': '2' } } } : {})(url, init);
    });
    const waits: number[] = [];
    const results = await sendRequests(
      options(graph.fetch, { sleep: async (ms: number) => void waits.push(ms), maxRetries: 2 }),
      [get('a'), get('b')],
    );
    expect(graph.calls.map((c) => c.ids)).toEqual([['a', 'b'], ['b'], ['b']]);
    expect(waits).toEqual([2000, 2000]);
    expect(results.get('a')?.status).toBe(200);
    expect(results.get('b')).toEqual({ status: 429, error: 'throttled' });
  });

  it('retries a whole batch throttled by Graph', async () => {
    let round = 0;
    const graph = fakeGraph((url, init) =>
      ++round === 1 ? json({}, 429, { 'Retry-After': '1' }) : answerAll()(url, init),
    );
    const results = await sendRequests(options(graph.fetch), [get('a')]);
    expect(graph.calls).toHaveLength(2);
    expect(results.get('a')?.status).toBe(200);
  });

  it('renews an expired token once', async () => {
    const graph = fakeGraph((url, init) => {
      const auth = (init.headers as Record<string, string>).Authorization;
      return auth === 'Bearer first'
        ? json({ error: { code: 'InvalidAuthenticationToken' } }, 401)
        : answerAll()(url, init);
    });
    const results = await sendRequests(options(graph.fetch), [get('a')]);
    expect(graph.calls.map((c) => c.token)).toEqual(['first', 'fresh']);
    expect(results.get('a')?.status).toBe(200);
  });

  it('turns a timeout, a network error, a 500 and a malformed answer into results, not exceptions', async () => {
    const hang: Handler = (_url, init) =>
      new Promise((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(new Error('aborted'))));
    const cases: [Handler, object][] = [
      [hang, { status: 0, error: 'timeout' }],
      [
        () => {
          throw new TypeError('Failed to fetch');
        },
        { status: 0, error: 'network' },
      ],
      [() => json({ error: { code: 'InternalServerError' } }, 500), { status: 500 }],
      [() => new Response('<html>oops</html>', { status: 200 }), { status: 0, error: 'malformed' }],
      [() => json({ responses: [] }), { status: 0, error: 'malformed' }],
    ];
    for (const [handler, expected] of cases) {
      const graph = fakeGraph(handler);
      const results = await sendRequests(options(graph.fetch, { timeoutMs: 20 }), [get('a')]);
      expect(results.get('a')).toMatchObject(expected);
    }
  });

  it('lets a failure to get a token reach the caller', async () => {
    const graph = fakeGraph(answerAll());
    const failing = { ...options(graph.fetch), getToken: async () => Promise.reject(new Error('sign in again')) };
    await expect(sendRequests(failing, [get('a')])).rejects.toThrow('sign in again');
  });
});

describe('retryAfterMs', () => {
  it.each([
    [null, 1000],
    ['3', 3000],
    ['600', 10_000],
    ['soon', 1000],
  ])('%s → %i ms', (header, ms) => {
    expect(retryAfterMs(header)).toBe(ms);
  });
});
