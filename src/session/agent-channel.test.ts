import { describe, expect, it } from 'vitest';
import { type AgentMessage, isAppPath, openAgentChannel } from './agent-channel';

describe('isAppPath: what the agent window may send the wizard to', () => {
  it.each(['/causes/credentials?s=abc', '/escalate', '/'])('follows %s', (url) => expect(isAppPath(url)).toBe(true));
  it.each(['https://evil.example/x', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)', ''])(
    'ignores %s',
    (url) => expect(isAppPath(url)).toBe(false),
  );
});

describe('openAgentChannel: only well-formed messages about app paths get through', () => {
  it('passes a jump and ignores junk, other sites and missing addresses', async () => {
    const received: AgentMessage[] = [];
    const agent = openAgentChannel((m) => received.push(m));
    const other = new BroadcastChannel('401-troubleshooter-agent');
    for (const junk of [null, 'go', { type: 'go' }, { type: 'go', url: 'https://evil.example/' }, { type: 'jump' }]) {
      other.postMessage(junk);
    }
    other.postMessage({ type: 'go', url: '/causes/credentials' });
    await expect.poll(() => received.length).toBe(1);
    expect(received).toEqual([{ type: 'go', url: '/causes/credentials' }]);
    other.close();
    agent.close();
  });
});
