import { describe, expect, it } from 'vitest';
import type { VerifyInputs } from '../checks/types';
import { runVerification } from './run-verification';

const NOW = 1_800_000_000;
const INPUTS: VerifyInputs = {
  account: 'backup@contoso.com',
  appId: '1a2b3c4d-1234-5678-9abc-1234567890ab',
  providerIps: ['203.0.113.7'],
  setup: 'mfa',
};

/** A fake Graph that answers each item from `answer(id)` and counts round trips. */
function fakeGraph(answer: (id: string) => { status: number; body?: unknown }) {
  const posts: string[][] = [];
  const fetch = (async (_input: string | URL | Request, init?: RequestInit) => {
    const { requests } = JSON.parse(String(init?.body)) as { requests: { id: string }[] };
    posts.push(requests.map((r) => r.id));
    return new Response(JSON.stringify({ responses: requests.map((r) => ({ id: r.id, ...answer(r.id) })) }));
  }) as typeof globalThis.fetch;
  return { options: { baseUrl: 'https://graph.example', getToken: async () => 't', fetch }, posts };
}

describe('runVerification', () => {
  it('asks What If once the service account is found, in two rounds', async () => {
    const graph = fakeGraph((id) =>
      id === 'user' ? { status: 200, body: { id: 'u-1' } } : { status: 200, body: { value: [] } },
    );
    const snapshot = await runVerification(graph.options, INPUTS, NOW);
    expect(snapshot.fetchedAt).toBe(NOW);
    expect(snapshot.results.user).toEqual({ status: 200, body: { id: 'u-1' } });
    expect(snapshot.whatIf).toHaveLength(4);
    expect(snapshot.whatIf[0]).toMatchObject({
      clientAppType: 'other',
      ipAddress: '203.0.113.7',
      result: { status: 200 },
    });
    // Round 1 is a v1.0 and a beta batch sent together; round 2 is What If.
    expect(graph.posts).toHaveLength(3);
    expect(graph.posts.at(-1)?.every((id) => id.startsWith('whatIf-'))).toBe(true);
  });

  it('skips What If when the account was not found', async () => {
    const graph = fakeGraph((id) => (id === 'user' ? { status: 404 } : { status: 200, body: {} }));
    const snapshot = await runVerification(graph.options, INPUTS, NOW);
    expect(snapshot.whatIf).toEqual([]);
    expect(graph.posts).toHaveLength(2);
  });
});
